"""Dot voting from a phone: see the items in the open vote, place dots, take them back."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from coprod_desktop.web.context import Visit
from coprod_desktop.web.pages_join import not_signed_in, signed_in_page, write_then_go
from coprod_desktop.web.phone_messages import N_
from coprod_desktop.web.security import plain_number
from coprod_desktop.web.state_cache import VOTE_ITEM_TABLES, VOTE_TABLES
from coprod_desktop.web.views import FLASH, Here, find_here


def _vote_page(visit: Visit, here: Here, *, status: int = 200, error: str = "") -> Response:
    board, state = visit.ctx.reader.board, visit.ctx.state
    sid = here.room.session_id
    vote_round = state.get(("open round", sid), VOTE_TABLES, lambda: board.open_round(sid))
    if vote_round is None:
        return visit.render("vote.html", status=status, title=N_("Vote"), vote=None,
                            session_title=here.session.title, error=error)
    round_id = vote_round.id
    labels = state.get(("vote items", round_id), VOTE_ITEM_TABLES,
                       lambda: sorted(board.eligible(vote_round).items()))
    mine = board.dots_by_target(round_id, here.person.id)  # the phone's own: read every time
    items = [{"id": item_id, "label": label, "mine": mine.get(item_id, 0)}
             for item_id, label in labels]
    left = vote_round.dots_per_person - sum(mine.values())
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
