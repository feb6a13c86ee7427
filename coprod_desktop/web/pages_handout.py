"""Today's notes on phones: the page behind the projector's code, and the PDF itself.

Both need the current join link and a phone that signed in to that session (it may have signed
out since: people leaving are the ones who most want the notes). The PDF is the same handout as
File › Export makes, so it honours consent exactly as the export does.
"""

from __future__ import annotations

import asyncio
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.phones import PhoneRoom, device_hash
from coprod_desktop.web.context import Visit
from coprod_desktop.web.handout_files import Size, safe_filename
from coprod_desktop.web.pages_join import message
from coprod_desktop.web.phone_messages import N_
from coprod_desktop.web.views import room_for_link, session_title

NOT_PUBLISHED = (N_("Today’s notes are not ready yet"),
                 N_("The facilitator will tell you when they are. Then scan the code again."))
SIGN_IN_FIRST = (N_("Please sign in first"),
                 N_("Today’s notes are for the people who came. Sign in, then you can download "
                    "them."))


def came_to(visit: Visit, room: PhoneRoom) -> bool:
    """Does this phone's cookie belong to someone who signed in to the room's session?"""
    if not visit.known_token:
        return False
    phones = visit.ctx.phones
    device = phones.device(device_hash(visit.known_token))
    return (device is not None and device.current_session == room.session_id
            and phones.attended(room.session_id, device.attendee_id))


def _published_room(visit: Visit, token: str) -> PhoneRoom | Response:
    """The room whose handout this phone may have, or the page that says why not."""
    room = room_for_link(visit.ctx, token)
    if room is None or not room.room_open:
        return message(visit, N_("This link is not working"), N_(
            "This link does not work any more. Please scan the code on the screen again."),
                       status=404)
    if not came_to(visit, room):
        return message(visit, *SIGN_IN_FIRST, status=403, link=f"/j/{token}",
                       link_text=N_("Sign in"))
    if not room.handout_published:
        return message(visit, *NOT_PUBLISHED, status=404, link="/home",
                       link_text=N_("Back to the session"))
    return room


async def notes_page(request: Request) -> Response:
    visit = Visit(request)
    token = request.path_params["token"]
    room = _published_room(visit, token)
    if isinstance(room, Response):
        return room
    return visit.render("notes.html", title=N_("Today’s notes"),
                        session_title=session_title(visit.ctx, room.session_id),
                        pdf=f"/j/{token}/notes.pdf", large=f"/j/{token}/notes.pdf?size=large")


async def notes_pdf(request: Request) -> Response:
    visit = Visit(request)
    token = request.path_params["token"]
    room = _published_room(visit, token)
    if isinstance(room, Response):
        return room
    size = Size.LARGE if request.query_params.get("size") == "large" else Size.STANDARD
    shelf = visit.ctx.handouts
    if shelf is None:
        raise RuntimeError("This phone server has no handout shelf")
    try:
        data = await asyncio.wrap_future(shelf.pdf(room.session_id, size))
    except CoprodError as exc:
        return message(visit, N_("The notes could not be made"), exc.message,
                       N_("Please tell the facilitator."), status=500)
    session = visit.ctx.reader.session(room.session_id)
    name = safe_filename(session.title, session.date.isoformat(), size)
    return Response(data, media_type="application/pdf", headers={
        "content-disposition": f"attachment; filename=\"{name}\"; filename*=UTF-8''{quote(name)}",
        "cache-control": "private, no-store"})


routes = [
    Route("/j/{token}/notes", notes_page, methods=["GET"]),
    Route("/j/{token}/notes.pdf", notes_pdf, methods=["GET"]),
]
