"""Read-side helpers for the phone pages: who this phone is, and what is happening now."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from coprod_desktop.domain.agenda import AgendaItem
from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.domain.methods import Tool
from coprod_desktop.domain.phones import PhoneRoom, device_hash
from coprod_desktop.domain.records import Attendee, Session
from coprod_desktop.facilitation.countdown import Countdown, clock_text
from coprod_desktop.facilitation.live import current_of
from coprod_desktop.web.context import WebContext
from coprod_desktop.web.phone_messages import N_
from coprod_desktop.web.state_cache import (
    HERE_TABLES,
    LIVE_TABLES,
    ROOM_TABLES,
    SESSION_TABLES,
    STORY_TABLES,
)

FLASH = {  # fixed messages after a redirect: nothing from the address is echoed into the page
    "note": N_("Your note is on the board. Thank you."),
    "question": N_("Your question has gone to the facilitator."),
    "thanks": N_("Thank you. Your answers have been counted."),
    "welcome": N_("You are signed in. Welcome!"),
    "dot": N_("Done. Your dots are saved."),
    "story": N_("You are on the list. The facilitator will call your name when it is your turn."),
    "story_off": N_("You are off the list. Thank you for letting us know."),
    "kept": N_("Your choice is saved."),
    "about": N_("Thank you. Your choices are saved."),
    "asked": N_("Thank you. The facilitator will read your question before the room sees it."),
    "upvoted": N_("Your vote is counted."),
    "unvoted": N_("Your vote is taken back."),
}


@dataclass(frozen=True)
class StoryPlace:
    """Where this person stands with the story queue: phase none, waiting or telling."""

    phase: str
    open: bool  # may they join the queue now
    place: int | None = None
    title: str = ""
    consent: str = ""

    @property
    def card(self) -> bool:
        return self.open or self.phase != "none"


@dataclass(frozen=True)
class Here:
    person: Attendee
    room: PhoneRoom
    session: Session


def find_here(ctx: WebContext, phone_token: str) -> Here | None:
    """The phone's person and session when it is signed in to a session that is open.

    Kept (web/state_cache.py) until a change touches a table it was read from: whether the
    phone is in (its device, the room, the person's attendance), the person or the session.
    So the first request after the facilitator lets a phone go, or closes the room, is refused,
    and the writer checks again from the file before any change a phone asks for."""
    if not phone_token:
        return None
    key = device_hash(phone_token)
    return ctx.state.get(("here", key), HERE_TABLES, lambda: _here(ctx, key))


def _here(ctx: WebContext, token_hash: str) -> Here | None:
    found = ctx.reader.phones.signed_in(token_hash)
    if found is None:
        return None
    device, room = found
    try:
        return Here(ctx.reader.attendee(device.attendee_id), room,
                    ctx.reader.session(room.session_id))
    except NotFoundError:
        return None


def room_for_link(ctx: WebContext, token: str) -> PhoneRoom | None:
    """The room a join link leads to, kept until a room changes (a new link, sign-in closed)."""
    if not 0 < len(token) <= 64:
        return None
    return ctx.state.get(("room for link", token), ROOM_TABLES,
                         lambda: ctx.reader.phones.room_for_token(token))


def session_title(ctx: WebContext, session_id: int) -> str:
    return ctx.state.get(("session title", session_id), SESSION_TABLES,
                         lambda: ctx.reader.session(session_id).title)


def live_state(ctx: WebContext, here: Here | None,
               story: StoryPlace | None = None) -> dict[str, Any]:
    """What the home page shows and the live script refreshes (`story`: this person's place,
    if the caller has it already)."""
    if here is None:
        return {"signed_in": False}
    sid = here.room.session_id
    room = here.room  # read with the phone's access, this request
    shared = ctx.state.get(("live", sid), LIVE_TABLES, lambda: _shared_state(ctx, sid))
    current, countdown = shared.current, shared.countdown
    started = bool(current and countdown and countdown.started)
    remaining = countdown.remaining(ctx.clock.now()) if started and countdown else 0.0
    story = story or story_place(ctx, here)
    return {
        "signed_in": True,
        "session": here.session.title,
        "notes_open": room.notes_open,
        "activity": current.activity.title if current else None,
        "timer": clock_text(remaining) if started else None,
        "remaining_s": round(remaining) if started and countdown and countdown.running
        else None,
        "vote_open": shared.vote_open,
        "poll_open": shared.poll_open,  # a quick poll is open to phones
        "checkout_open": bool(current and current.tool is Tool.CHECKOUT),
        "story_card": story.card,
        "story_phase": story.phase,
        "story_place": story.place,
        "handout": room.handout_published,
    }


@dataclass(frozen=True)
class SharedState:
    """What every phone in a session is shown alike: kept until the agenda, vote or poll
    changes; the countdown's time left is worked out for each request."""

    current: AgendaItem | None
    countdown: Countdown | None
    vote_open: bool
    poll_open: bool


def _shared_state(ctx: WebContext, sid: int) -> SharedState:
    with ctx.snapshot():
        _, current, countdown = current_of(ctx.reader.agenda.agenda(sid))
        return SharedState(current, countdown, ctx.reader.board.open_round(sid) is not None,
                           ctx.reader.polls.current(sid) is not None)


def story_place(ctx: WebContext, here: Here) -> StoryPlace:
    sid, person = here.room.session_id, here.person.id
    return ctx.state.get(("story place", sid, person), STORY_TABLES,
                         lambda: _story_place(ctx, sid, person))


def _story_place(ctx: WebContext, sid: int, person: int) -> StoryPlace:
    with ctx.snapshot():
        queue = ctx.reader.phone_stories
        is_open = queue.open_to_phones(sid)
        story = queue.own_story(sid, person)
        if story is None:
            return StoryPlace("none", is_open)
        place = queue.place(story)
        return StoryPlace("telling" if place == 0 else "waiting", is_open, place, story.title,
                          story.consent.value)
