"""Erasing a person: what it will touch, the facilitator's choices, and how to spot their details
in the undo history so nothing of them is left behind once the erase is made final.

An erase happens in two steps. First it is an ordinary console change that Edit › Undo can take
back. When the facilitator confirms, it becomes final: the undo history that holds their details is
deleted and the file is rewritten (vacuumed) so the old bytes are gone from the disk file too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from coprod_desktop.domain.export_record import ExportRecord
from coprod_desktop.domain.records import Attendee

ERASED_NAME = "Erased person"
MIN_MATCH = 3  # shorter strings (initials) would match everything


@dataclass(frozen=True)
class EraseChoices:
    """What the facilitator chose. The defaults lose nothing that carries no identity."""

    keep_contributions: bool = True  # anonymous notes and votes stay
    keep_anonymous_stories: bool = True  # stories told without their name stay, without it
    actions_to_org: str = ""  # hand their actions to this organisation ("" leaves them unowned)
    end_turn: bool = True  # if they are speaking right now, end their turn first


@dataclass(frozen=True)
class ErasePlan:
    """What erasing this person would touch, for the dialog to explain before anything happens."""

    person: Attendee
    notes: int = 0
    notes_with_votes: int = 0  # their notes other people voted on
    votes: int = 0
    phones: int = 0
    choices: int = 0  # rows of consent history
    claims_owed_pence: int = 0
    sessions: int = 0
    stories_named: int = 0
    stories_other: int = 0
    actions: int = 0
    roles: int = 0
    invitations: int = 0  # their rows on an invitation list
    speaking_now: bool = False
    mentions: dict[str, int] = field(default_factory=dict)  # their name in others' text
    backups: list[Path] = field(default_factory=list)
    exports_with_names: list[ExportRecord] = field(default_factory=list)


@dataclass(frozen=True)
class Erasure:
    id: int
    attendee_id: int
    requested_at: datetime
    confirmed_at: datetime | None
    keep_contributions: bool
    summary: str

    @property
    def final(self) -> bool:
        return self.confirmed_at is not None


def sensitive_strings(row: dict[str, Any]) -> list[str]:
    """The words from a person's row that must not survive anywhere: name, contact, needs."""
    found = []
    for key in ("name", "contact_details", "access_needs"):
        value = str(row.get(key) or "").strip()
        if len(value) >= MIN_MATCH and value != ERASED_NAME:
            found.append(value)
    return found
