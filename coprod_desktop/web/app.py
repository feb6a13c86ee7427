"""The phone web app: routes, static files, friendly error pages, and the safety layers."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from coprod_desktop.paths import resource
from coprod_desktop.web import (
    pages_about,
    pages_checkout,
    pages_handout,
    pages_join,
    pages_outcomes,
    pages_polls,
    pages_questions,
    pages_room,
    pages_screen,
    pages_stories,
    pages_vote,
    phone_i18n,
    static_files,
)
from coprod_desktop.web.context import (
    CannotSave,
    CsrfRefused,
    Disconnected,
    RateLimited,
    WebContext,
    WrongContentType,
    templates,
)
from coprod_desktop.web.once import guarded
from coprod_desktop.web.phone_messages import N_
from coprod_desktop.web.security import BodyLimit, BodyTooLarge, SecurityHeaders

log = logging.getLogger(__name__)

_STATUS_TEXT = {
    400: (N_("Something in that did not work"), N_("Please go back and try again.")),
    403: (N_("That did not go through"), N_(
        "This page had been open a long time, or your browser did not remember this phone. Please "
        "go back, reload the page and try again.")),
    404: (N_("Page not found"), N_("Please scan the code on the big screen to join.")),
    405: (N_("That did not go through"), N_("Please go back and use the buttons on the page.")),
    413: (N_("That was too long"), N_("Please make it shorter and try again. Nothing has been "
                                      "saved.")),
    415: (N_("That did not go through"), N_("Please use the form on the page to send it.")),
    429: (N_("Slow down a little"), N_("Lots has been sent from this phone. Please wait a minute, "
                                       "then try again.")),
    503: (N_("The laptop cannot save right now"), N_(
        "Please tell the facilitator. Nothing from that last step was saved.")),
    500: (N_("Sorry, something went wrong"), N_(
        "The laptop could not do that. Please tell the facilitator; what you sent before this is "
        "safe.")),
}


SIGN_IN_REFUSED = N_(
    "Your browser did not keep this sign-in. Please open the link in your phone’s normal browser "
    "(not a private tab, and not a QR scanner app’s own viewer), then try again.")
_JOIN_PATH = re.compile(r"/j/([A-Za-z0-9_-]{1,64})(?:/again)?")


def error_page(ctx: WebContext, status: int, accept_language: str = "", *, kept: str = "",
               join_token: str = "") -> Response:
    """A friendly page for a refusal or a fault, in the phone's language (no cookie is set).
    `kept`: what the person typed, shown back; `join_token`: a refused sign-in, which says how to
    open the join link so that it works and leads back to it."""
    code = phone_i18n.pick_language(accept_language)
    title, line = (phone_i18n.translate(code, text)
                   for text in _STATUS_TEXT.get(status, _STATUS_TEXT[400]))
    link, link_text = "/home", N_("Back to the session")
    if join_token:
        line = phone_i18n.translate(code, SIGN_IN_REFUSED)
        link, link_text = f"/j/{join_token}", N_("Try again")
    env = phone_i18n.environment_for(code, ctx.env, templates)
    body = env.get_template("message.html").render(
        title=title, lines=[line], link=link, kept=kept,
        link_text=phone_i18n.translate(code, link_text))
    headers = {"retry-after": "60"} if status == 429 else None
    return HTMLResponse(body, status_code=status, headers=headers)


def _once_only(route: BaseRoute) -> BaseRoute:
    """Posts go through the one-time key check (see once.py); other routes are as they are."""
    if not isinstance(route, Route) or "POST" not in (route.methods or ()):
        return route
    keys = guarded(lambda request: request.app.state.web.once, route.endpoint)
    return Route(route.path, keys, methods=list(route.methods or ()), name=route.name)


def build_app(ctx: WebContext) -> ASGIApp:
    """The ASGI app to serve. The outer layers see every response, even a crash page."""

    def handler(status: int) -> Callable[[Request, Exception], Awaitable[Response]]:
        async def handle(request: Request, exc: Exception) -> Response:
            if status == 500:
                log.error("A phone page failed", exc_info=exc)
            code = exc.status_code if isinstance(exc, HTTPException) else status
            return error_page(ctx, code if code in _STATUS_TEXT else 400,
                              request.headers.get("accept-language", ""))
        return handle

    async def csrf_refused(request: Request, exc: Exception) -> Response:
        """A form this browser's token does not match: said without jargon, with what was typed
        given back, and for a sign-in the way to open its link so that it works."""
        joining = _JOIN_PATH.fullmatch(request.url.path)
        return error_page(ctx, 403, request.headers.get("accept-language", ""),
                          kept=exc.kept if isinstance(exc, CsrfRefused) else "",
                          join_token=joining.group(1) if joining else "")

    async def gone(request: Request, exc: Exception) -> Response:
        return Response(status_code=400)  # logged once where it happened; nobody is listening

    # Starlette tries routes in order: the pages a room asks for most come first (the home
    # page, a note, the live state, joining, voting; each path is named once, so no page hides
    # another), the short code's catch-all last.
    pages = [*pages_room.routes, *pages_join.routes, *pages_vote.routes, *pages_about.routes,
             *pages_stories.routes, *pages_handout.routes, *pages_outcomes.routes,
             *pages_questions.routes, *pages_screen.routes, *pages_polls.routes,
             *pages_checkout.routes]
    app = Starlette(
        routes=[*(_once_only(route) for route in pages), *static_files.routes,
                Mount("/static", StaticFiles(directory=resource("web", "static")), name="static"),
                *pages_join.last_routes],
        exception_handlers={
            HTTPException: handler(400), RateLimited: handler(429), CsrfRefused: csrf_refused,
            WrongContentType: handler(415), BodyTooLarge: handler(413), CannotSave: handler(503),
            Disconnected: gone, Exception: handler(500),
        },
    )
    app.state.web = ctx

    async def too_large(scope: Scope, receive: Receive, send: Send) -> None:
        language = dict(scope["headers"]).get(b"accept-language", b"").decode("latin-1")
        await error_page(ctx, 413, language)(scope, receive, send)

    return SecurityHeaders(BodyLimit(app, ctx.limits.body_bytes, too_large))
