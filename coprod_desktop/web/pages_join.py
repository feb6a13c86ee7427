"""Joining: the page behind the QR code, signing in, coming back, and the optional questions."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from coprod_desktop.domain import short_codes
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.phones import device_hash
from coprod_desktop.domain.privacy import NoticeLines
from coprod_desktop.domain.records import Consent
from coprod_desktop.services.phones import LinkNotValid, NotSignedIn
from coprod_desktop.web.context import CannotSave, RateLimited, Visit
from coprod_desktop.web.phone_messages import N_
from coprod_desktop.web.state_cache import PRIVACY_TABLES
from coprod_desktop.web.views import Here, find_here, room_for_link, session_title

SIGN_IN_FIELDS = ("name", "name_in_handouts")
POST_ONLY = frozenset({"/note", "/question", "/leave", "/forget", "/story"})


def message(visit: Visit, title: str, *lines: str, status: int = 200, link: str = "",
            link_text: str = "", forget: bool = False, kept: str = "") -> Response:
    """A page of plain words. `kept`: what the person typed, shown back so it is not lost."""
    return visit.render("message.html", status=status, title=title, lines=lines, link=link,
                        link_text=link_text, forget=forget, kept=kept)


def link_refused(visit: Visit, exc: CoprodError, kept: str = "", token: str = "",
                 form: dict[str, str] | None = None) -> Response:
    """A join link that does not work: gone, or its session's sign-in closed just now. Closed is
    said as closed, with the session's name and the way back to try again; a sign-in form sent
    while it was closed comes back with its name and choice still in it."""
    room = room_for_link(visit.ctx, token) if token else None
    if room is not None and not room.signin_open:
        return _join_page(visit, token, form=form, error=exc.message, closed=True, status=403)
    return message(visit, N_("This link is not working"), exc.message, status=404, kept=kept)


async def index(request: Request) -> Response:
    return Visit(request).render("index.html", title=N_("Join the session"))


async def ping(request: Request) -> Response:
    """The page script asks this before sending a form: is the laptop still there?"""
    return Response(status_code=204, headers={"cache-control": "no-store"})


async def short_code(request: Request) -> Response:
    """The short code typed from the projector: on to the join page, in either case."""
    if request.url.path in POST_ONLY:
        raise HTTPException(405)
    visit = Visit(request)
    code = short_codes.clean(request.path_params["code"])
    room = visit.ctx.phones.room_for_code(code) if code else None
    if room is None:
        if not visit.ctx.limiter.allow("code", visit.address,
                                       *visit.ctx.limits.code_guesses_per_address):
            raise RateLimited
        return message(visit, N_("Page not found"), N_(
            "Please check the code on the big screen and type it again, or scan the code."),
                       status=404, link="/", link_text=N_("Back"))
    return visit.redirect(f"/j/{room.token}")


def _join_page(visit: Visit, token: str, *, form: dict[str, str] | None = None,
               error: str = "", error_field: str | None = None, returning: str = "",
               status: int = 200, closed: bool = False) -> Response:
    room = room_for_link(visit.ctx, token)
    title = session_title(visit.ctx, room.session_id) if room else ""
    return visit.render(
        "join.html", status=status, title=N_("Sign in"), session_title=title,
        token=token, form=form or {}, error=error, error_field=error_field, returning=returning,
        closed=closed, privacy=privacy_lines(visit))


def privacy_lines(visit: Visit) -> NoticeLines:
    notice = visit.ctx.state.get("privacy notice", PRIVACY_TABLES,
                                 lambda: visit.ctx.reader.privacy.notice_lines())
    return NoticeLines(*(visit.t(part) for part in (notice.holder, notice.why, notice.how_long,
                                                    notice.contact)))


async def join(request: Request) -> Response:
    visit = Visit(request)
    token = request.path_params["token"]
    try:
        room = _check_link(visit, token)
    except LinkNotValid as exc:
        return link_refused(visit, exc, token=token)
    someone_else = request.query_params.get("new") == "1"  # a second person on one phone
    here = find_here(visit.ctx, visit.known_token)
    if here is not None and here.room.session_id == room and not someone_else:
        return visit.redirect("/home")
    returning = ""
    if visit.known_token and not someone_else:
        device = visit.ctx.phones.device(device_hash(visit.known_token))
        if device is not None:
            returning = visit.ctx.reader.attendee(device.attendee_id).name
    return _join_page(visit, token, returning=returning)


def _check_link(visit: Visit, token: str) -> int:
    """The session id behind a join link, read without troubling the writer."""
    room = room_for_link(visit.ctx, token)
    if room is None:
        raise LinkNotValid(N_("This link does not work any more. Please scan the code on the "
                              "screen again."))
    if not room.signin_open:
        raise LinkNotValid(N_("Sign-in for this session is closed. Please ask the facilitator."))
    return room.session_id


async def sign_in(request: Request) -> Response:
    """The one-screen sign-in: a name and the one choice needed now. The rest comes after."""
    visit = Visit(request)
    token = request.path_params["token"]
    form = await visit.form()
    kept = {k: form.get(k, "") for k in SIGN_IN_FIELDS}
    try:
        _check_link(visit, token)
        consent = Consent(name_in_handouts=form.get("name_in_handouts") == "yes")
        phones = visit.ctx.services.phones
        await visit.ctx.write(lambda: phones.sign_in(
            token, visit.phone_token, name=form.get("name", ""), group=Group.OTHER,
            consent=consent))
    except LinkNotValid as exc:
        return link_refused(visit, exc, kept=form.get("name", ""), token=token, form=kept)
    except CoprodError as exc:
        field = getattr(exc, "field", None)
        return _join_page(visit, token, form=kept, error=exc.message,
                          status=503 if isinstance(exc, CannotSave) else 400,
                          error_field=field if field in SIGN_IN_FIELDS else None)
    return visit.redirect("/home?m=welcome")


async def sign_in_again(request: Request) -> Response:
    visit = Visit(request)
    token = request.path_params["token"]
    await visit.form()
    phones = visit.ctx.services.phones
    try:
        await visit.ctx.write(lambda: phones.sign_in_again(token, visit.known_token))
    except LinkNotValid as exc:
        return link_refused(visit, exc, token=token)
    except NotSignedIn:
        return visit.redirect(f"/j/{token}?new=1")
    return visit.redirect("/home?m=welcome")


def not_signed_in(visit: Visit, kept: str = "") -> Response:
    return message(visit, N_("You are not signed in"),
                   N_("Please scan the code on the big screen to join the session."), status=403,
                   kept=kept)


def signed_in_page(page: Callable[[Visit, Here], Response]
                   ) -> Callable[[Request], Awaitable[Response]]:
    """A GET route for a phone page that needs its phone signed in: `page` drawn for the phone's
    person and session, or the "not signed in" message."""
    async def route(request: Request) -> Response:
        visit = Visit(request)
        here = find_here(visit.ctx, visit.known_token)
        return not_signed_in(visit) if here is None else page(visit, here)
    return route


async def write_then_go(visit: Visit, change: Callable[[], object],
                        refused: Callable[[CoprodError], Response], done: str,
                        kept: str = "") -> Response:
    """Make a signed-in phone's change, then send the phone to `done`. A phone no longer signed in
    is told so, with `kept` (what it typed) shown back; any other refusal goes to `refused`, which
    shows the page again with the reason and the text still in its box."""
    try:
        await visit.ctx.write(change)
    except NotSignedIn:
        return not_signed_in(visit, kept)
    except CoprodError as exc:
        response = refused(exc)
        if isinstance(exc, CannotSave):
            response.status_code = 503
        return response
    return visit.redirect(done)


routes = [
    Route("/", index),
    Route("/ping", ping, methods=["GET"]),
    Route("/j/{token}", join, methods=["GET"]),
    Route("/j/{token}", sign_in, methods=["POST"]),
    Route("/j/{token}/again", sign_in_again, methods=["POST"]),
]
last_routes = [Route("/{code}", short_code, methods=["GET"])]  # after every named page
