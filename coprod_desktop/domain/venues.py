"""Venues: the places sessions are held, so the group can see where it reaches and where not yet."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coprod_desktop.domain import validate
from coprod_desktop.domain.limits import TITLE_MAX
from coprod_desktop.i18n import N_


class VenueKind(StrEnum):
    SCHOOL = "school"
    CLUB = "club"
    LIBRARY = "library"
    COMMUNITY = "community"
    HEALTH = "health"
    COUNCIL = "council"
    FAITH = "faith"
    ONLINE = "online"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"school": "School or college", "club": "Club or youth group", "library": "Library",
                "community": "Community centre", "health": "Health service",
                "council": "Council building", "faith": "Place of worship", "online": "Online",
                "other": "Somewhere else"}[self.value]


@dataclass(frozen=True, slots=True)
class Venue:
    id: int
    name: str
    area: str
    kind: VenueKind


def clean_venue(name: str, area: str, kind: VenueKind | str) -> dict[str, str]:
    return {"name": validate.text(name, N_("The venue's name"), TITLE_MAX, field="name"),
            "area": validate.text(area, N_("The area"), TITLE_MAX, field="area", required=False),
            "kind": VenueKind(kind).value}
