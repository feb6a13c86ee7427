"""The handout's questions for the room: only those the facilitator let through, with their votes
and whether they were answered. No asker is named, even one who gave their name to the console."""

from __future__ import annotations

from reportlab.platypus import Flowable

from coprod_desktop.domain.phases import Phase
from coprod_desktop.domain.room_questions import by_votes
from coprod_desktop.export.document import heading
from coprod_desktop.export.gather import SessionData
from coprod_desktop.export.styles import Styles
from coprod_desktop.export.text import para, plural


def questions(data: SessionData, st: Styles, _width: float) -> list[Flowable]:
    asked = by_votes(data.questions)
    if not asked:
        return []
    answered = sum(q.answered for q in asked)
    parts: list[Flowable] = [
        heading("Questions from the room", st, Phase.DEFINE.colour),
        para("People asked these from their phones and voted for the ones they most wanted "
             f"answered. {answered} of {len(asked)} answered in the session.", st.body)]
    for question in asked:
        parts.append(para(question.text, st.body))
        state = "Answered" if question.answered else "Not answered yet"
        parts.append(para(f"{plural(question.votes, 'vote')} · {state}", st.quiet))
    return parts
