"""Read-side helpers for the phone pages: who this phone is, and what is happening now."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.domain.phones import PhoneRoom, device_hash
from coprod_desktop.domain.records import Attendee, Session
from coprod_desktop.web.context import WebContext

FLASH = {  # fixed messages after a redirect: nothing from the address is echoed into the page
    "note": "Your note is on the board. Thank you.",
    "question": "Your question has gone to the facilitator.",
    "thanks": "Thank you. Your answers have been counted.",
    "welcome": "You are signed in. Welcome!",
}


@dataclass(frozen=True)
class Here:
    person: Attendee
    room: PhoneRoom
    session: Session


def find_here(ctx: WebContext, phone_token: str) -> Here | None:
    """The phone's person and session when it is signed in to a session that is open."""
    if not phone_token:
        return None
    phones = ctx.phones
    device = phones.device(device_hash(phone_token))
    if device is None or device.current_session is None:
        return None
    room = phones.room(device.current_session)
    if room is None or not room.signin_open or not phones.is_present(room.session_id,
                                                                      device.attendee_id):
        return None
    try:
        reader = ctx.reader
        return Here(reader.attendee(device.attendee_id), room, reader.session(room.session_id))
    except NotFoundError:
        return None


def live_state(ctx: WebContext, here: Here | None) -> dict[str, Any]:
    """What the home page shows and the live script refreshes."""
    if here is None:
        return {"signed_in": False}
    room = ctx.phones.room(here.room.session_id) or here.room
    return {
        "signed_in": True,
        "session": here.session.title,
        "notes_open": room.notes_open,
        "activity": None,  # the agenda's current activity, once the agenda feature is in
        "remaining_s": None,
    }
