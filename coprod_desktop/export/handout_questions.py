"""The handout's questions for the room: only those the facilitator let through, with their votes
and whether they were answered. No asker is named, even one who gave their name to the console."""

from __future__ import annotations

from reportlab.platypus import Flowable

from coprod_desktop.domain.phases import Phase
from coprod_desktop.domain.room_questions import by_votes
from coprod_desktop.export.document import heading
from coprod_desktop.export.gather import SessionData
from coprod_desktop.export.styles import Styles
from coprod_desktop.export.text import para
from coprod_desktop.i18n import _, count, number


def questions(data: SessionData, st: Styles, _width: float) -> list[Flowable]:
    asked = by_votes(data.questions)
    if not asked:
        return []
    answered = sum(q.answered for q in asked)
    parts: list[Flowable] = [
        heading(_("Questions from the room"), st, Phase.DEFINE.colour),
        para(_("People asked these from their phones and voted for the ones they most wanted "
               "answered. {answered} of {asked} answered in the session.").format(
                   answered=number(answered), asked=number(len(asked))), st.body)]
    for question in asked:
        parts.append(para(question.text, st.body))
        state = _("Answered") if question.answered else _("Not answered yet")
        parts.append(para(f"{count('{n} vote', '{n} votes', question.votes)} · {state}", st.quiet))
    return parts
