"""Dot voting from a phone: see the items in the open vote, place dots, take them back."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from coprod_desktop.web.context import Visit
from coprod_desktop.web.pages_join import not_signed_in, signed_in_page, write_then_go
from coprod_desktop.web.phone_messages import N_
from coprod_desktop.web.security import plain_number
from coprod_desktop.web.views import FLASH, Here, find_here


def _vote_page(visit: Visit, here: Here, *, status: int = 200, error: str = "") -> Response:
    board = visit.ctx.reader.board
    vote_round = board.open_round(here.room.session_id)
    if vote_round is None:
        return visit.render("vote.html", status=status, title=N_("Vote"), vote=None,
                            session_title=here.session.title, error=error)
    voter = here.person.id
    items = [{"id": item_id, "label": label, "mine": board.dots_on(vote_round.id, voter, item_id)}
             for item_id, label in sorted(board.eligible(vote_round).items())]
    left = vote_round.dots_per_person - board.dots_used(vote_round.id, voter)
    return visit.render(
        "vote.html", status=status, title=N_("Vote"), session_title=here.session.title,
        vote=vote_round, items=items, left=left, error=error,
        flash=FLASH.get(visit.request.query_params.get("m", ""), ""))


vote_page = signed_in_page(_vote_page)


async def place_dot(request: Request) -> Response:
    visit = Visit(request)
    form = await visit.form()
    here = find_here(visit.ctx, visit.known_token)
    if here is None:
        return not_signed_in(visit)
    target = plain_number(form.get("target", ""))
    if target is None:
        return _vote_page(visit, here, status=400, error=N_("Please choose one of the items."))
    add = form.get("action") != "remove"
    phones = visit.ctx.services.phones
    return await write_then_go(
        visit, lambda: phones.vote(visit.known_token, target, add=add),
        lambda exc: _vote_page(visit, here, status=400, error=exc.message),
        "/vote?m=dot")


routes = [
    Route("/vote", vote_page, methods=["GET"]),
    Route("/vote", place_dot, methods=["POST"]),
]
