"""Phones in the room: the join link of a session, a known phone, a question asked from one."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

QUESTION_MAX = 200
WIFI_NAME_MAX = 32  # the most an SSID can hold
WIFI_PASSWORD_MAX = 63  # WPA passphrases are 8 to 63 characters
WIFI_SECURITY = ("WPA", "WEP", "nopass")


@dataclass(frozen=True, slots=True)
class PhoneRoom:
    """A session's join link and what phones may do in it right now."""

    id: int
    session_id: int
    token: str
    signin_open: bool
    notes_open: bool
    opened_at: datetime | None
    rotated_at: datetime | None
    stories_open: bool = False  # the facilitator lets phones join the story queue
    handout_at: datetime | None = None  # when the handout was published to phones; None: it is not
    room_open: bool = False  # people already in may use their pages (sign-in may be closed)
    short_code: str = ""  # typed instead of the long link; see domain.short_codes

    @property
    def handout_published(self) -> bool:
        return self.handout_at is not None


@dataclass(frozen=True, slots=True)
class PhoneDevice:
    id: int
    attendee_id: int
    current_session: int | None
    equalities_session: int | None


@dataclass(frozen=True, slots=True)
class PhoneQuestion:
    id: int
    session_id: int
    text: str
    asked_at: datetime
    answered_at: datetime | None


@dataclass(frozen=True, slots=True)
class WifiDetails:
    """The venue Wi-Fi, for the second QR code. An empty name means none is shown."""

    ssid: str = ""
    password: str = ""
    security: str = "WPA"
    hidden: bool = False

    @property
    def shown(self) -> bool:
        return bool(self.ssid)


def device_hash(token: str) -> str:
    """What the file keeps for a phone's cookie, so a copy of the file cannot pose as a phone."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
