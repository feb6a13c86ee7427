"""Questions for the room from a phone: ask (with or without your name) and upvote others'.

Only questions the facilitator has let through are listed. Each upvote is a form of its own with
a one-time key, so a double tap counts once; "Take back my vote" undoes it.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from coprod_desktop.web.context import Visit
from coprod_desktop.web.pages_join import not_signed_in, signed_in_page, write_then_go
from coprod_desktop.web.phone_messages import N_
from coprod_desktop.web.security import plain_number
from coprod_desktop.web.views import FLASH, Here, find_here


def questions_page(visit: Visit, here: Here, *, status: int = 200, error: str = "",
                   error_field: str | None = None, text: str = "",
                   named: bool = False) -> Response:
    listed = visit.ctx.reader.room_questions.released(here.room.session_id,
                                                              voter_id=here.person.id)
    return visit.render(
        "questions.html", status=status, title=N_("Questions for the room"),
        session_title=here.session.title, questions=listed,
        error=error, error_field=error_field, text=text, named=named,
        flash=FLASH.get(visit.request.query_params.get("m", ""), ""))


show = signed_in_page(questions_page)


async def ask(request: Request) -> Response:
    visit = Visit(request)
    form = await visit.form()
    here = find_here(visit.ctx, visit.known_token)
    text = form.get("question", "")
    if here is None:
        return not_signed_in(visit, text)
    named = form.get("named") == "yes"
    service = visit.ctx.services.room_questions
    return await write_then_go(
        visit, lambda: service.ask(visit.known_token, text, named=named),
        lambda exc: questions_page(visit, here, status=400, error=exc.message,
                                   error_field="question", text=text, named=named),
        "/questions?m=asked", kept=text)


async def vote(request: Request) -> Response:
    visit = Visit(request)
    form = await visit.form()
    here = find_here(visit.ctx, visit.known_token)
    if here is None:
        return not_signed_in(visit)
    target = plain_number(form.get("target", ""))
    if target is None:
        return questions_page(visit, here, status=400,
                              error=N_("Please choose one of the questions."))
    up = form.get("action") != "back"
    service = visit.ctx.services.room_questions
    return await write_then_go(
        visit, lambda: service.upvote(visit.known_token, target, up=up),
        lambda exc: questions_page(visit, here, status=400, error=exc.message),
        f"/questions?m={'upvoted' if up else 'unvoted'}#q{target}")


routes = [
    Route("/questions", show, methods=["GET"]),
    Route("/questions/ask", ask, methods=["POST"]),
    Route("/questions/vote", vote, methods=["POST"]),
]
