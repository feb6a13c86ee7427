"""The big screen on your phone: what the room is doing, as plain text that follows it.

For people who cannot read the projector (at the back, low vision, a screen reader user): the
activity, its instructions, the timer, the top questions and what the projector shows (which
view, a word explained, a vote's dots: web/screen_projector.py), in large type. Without JavaScript
the page has a refresh link; with it, the page polls `/screen.json` and says what changed in a
polite live region (the timer itself is never announced).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from coprod_desktop.domain.levelling import RoundStatus, TurnStatus
from coprod_desktop.domain.poll_results import results
from coprod_desktop.facilitation.countdown import clock_text
from coprod_desktop.facilitation.live import live
from coprod_desktop.store.poll_reader import PollReader
from coprod_desktop.store.readers import Readers
from coprod_desktop.web import phone_i18n
from coprod_desktop.web.context import Visit, WebContext
from coprod_desktop.web.pages_join import not_signed_in
from coprod_desktop.web.pages_polls import result_rows
from coprod_desktop.web.phone_messages import N_
from coprod_desktop.web.screen_projector import projector_state
from coprod_desktop.web.views import Here, find_here


def votes_label(language: str, count: int) -> str:
    words = phone_i18n.translations(language).ngettext("%(count)s vote", "%(count)s votes", count)
    return words % {"count": count}


def answers_label(language: str, count: int) -> str:
    words = phone_i18n.translations(language).ngettext("%(count)s answer", "%(count)s answers",
                                                       count)
    return words % {"count": count}


def poll_state(reader: PollReader, language: str, session_id: int) -> dict[str, Any] | None:
    """The poll on the big screen: the open poll's question, and results once revealed (else
    the last poll revealed)."""
    poll = reader.current(session_id)
    shown = poll if poll is not None and poll.revealed else reader.latest_revealed(session_id)
    if poll is None and shown is None:
        return None
    rows = []
    if shown is not None:
        for row in result_rows(results(shown, reader.answers(shown.id))):
            rows.append({"label": row["label"],
                         "count_text": answers_label(language, row["count"])})
    return {"id": (poll or shown).id, "question": (poll or shown).question,  # type: ignore
            "open": poll is not None, "revealed": shown is not None and (
                poll is None or shown.id == poll.id),
            "results_question": shown.question if shown is not None else "", "rows": rows}


def speaking_now(read: Readers, session_id: int) -> dict[str, str] | None:
    """Whose turn it is in the round running now (as the projector shows it), or None."""
    for rnd in read.levelling.rounds(session_id):
        if rnd.status is not RoundStatus.RUNNING or rnd.id is None:
            continue
        for turn in read.levelling.turns(rnd.id):
            if turn.status is TurnStatus.SPEAKING:
                return {"round": rnd.title, "name": read.attendee(turn.attendee_id).name}
    return None


def screen_state(ctx: WebContext, here: Here | None, language: str = "en") -> dict[str, Any]:
    if here is None:
        return {"signed_in": False}
    read = ctx.reader
    sid = here.room.session_id
    now = live(read.agenda.agenda(sid), ctx.clock.now())
    current = now.current
    countdown = now.countdown
    started = bool(current and countdown and countdown.started)
    top = read.room_questions.top(sid)
    return {
        "signed_in": True,
        "activity": current.activity.title if current else "",
        "instructions": current.activity.instructions if current else "",
        "timer": clock_text(now.remaining_s) if started else "",
        "remaining_s": round(now.remaining_s) if started and countdown and countdown.running
        else None,
        "poll": poll_state(read.polls, language, sid),
        "turn": speaking_now(read, sid),
        "focus": read.board.settings(sid).focus,
        "projector": projector_state(ctx, sid, language),
        "questions": [{"id": q.id, "text": q.text, "votes": q.votes,
                       "votes_text": votes_label(language, q.votes)} for q in top],
    }


async def screen(request: Request) -> Response:
    visit = Visit(request)
    here = find_here(visit.ctx, visit.known_token)
    if here is None:
        return not_signed_in(visit)
    return visit.render("screen.html", title=N_("The big screen"),
                        session_title=here.session.title,
                        **screen_state(visit.ctx, here, visit.language))


async def screen_json(request: Request) -> Response:
    visit = Visit(request)
    here = find_here(visit.ctx, visit.known_token)
    return JSONResponse(screen_state(visit.ctx, here, visit.language))


routes = [
    Route("/screen", screen, methods=["GET"]),
    Route("/screen.json", screen_json, methods=["GET"]),
]
