"""Writing a person's consent history. Every service that changes a choice calls `record`.

It runs inside the caller's unit of work, so the history and the choice are saved together (and a
console change undone takes its history rows with it).
"""

from __future__ import annotations

from typing import Any

from coprod_desktop.domain.consent_history import HeardVia, kind_of, steps
from coprod_desktop.domain.records import Consent, WordsUse
from coprod_desktop.services.unit_of_work import UnitOfWork


def consent_of(row: dict[str, Any]) -> Consent:
    """The choices held in an attendee row."""
    return Consent(name_in_handouts=bool(row.get("name_in_handouts")),
                   photos=bool(row.get("photos")), contact=bool(row.get("contact")),
                   words=WordsUse(row.get("words") or "anonymous"), paid=bool(row.get("paid")))


def columns_of(consent: Consent) -> dict[str, Any]:
    """The attendee columns that hold `consent`."""
    return {"name_in_handouts": int(consent.name_in_handouts), "photos": int(consent.photos),
            "contact": int(consent.contact), "words": WordsUse(consent.words).value,
            "paid": int(consent.paid)}


def asked_before(unit: UnitOfWork, attendee_id: int) -> bool:
    return bool(list(unit.db.query("SELECT 1 FROM consent_event WHERE attendee_id = ? LIMIT 1",
                                   [attendee_id])))


def record(unit: UnitOfWork, attendee_id: int, before: Consent | None, after: Consent, *,
           via: HeardVia | str, at: str, note: str = "", new_details: bool = False) -> int:
    """Add one history row per choice that differs; returns how many were added.

    `before` is None when the person is asked for the first time: every choice is then recorded,
    so the history always starts with the full set of answers.
    """
    how = HeardVia(via)
    added = 0
    for step in steps(before, after, new_details=new_details):
        unit.insert("consent_event", {
            "attendee_id": attendee_id, "at": at, "choice": step.choice,
            "previous": step.previous, "value": step.value, "kind": step.kind.value,
            "via": how.value, "note": note})
        added += 1
    return added


def record_choice(unit: UnitOfWork, attendee_id: int, choice: str, agreed: bool, *,
                  via: HeardVia | str, at: str, note: str = "") -> bool:
    """One yes/no choice kept outside `Consent` (e.g. a later programme's): history if it moved."""
    row = unit.current("attendee", attendee_id) or {}
    previous = "yes" if row.get(choice) else "no"
    value = "yes" if agreed else "no"
    if previous == value:
        return False
    unit.insert("consent_event", {
        "attendee_id": attendee_id, "at": at, "choice": choice, "previous": previous,
        "value": value, "kind": kind_of(choice, previous, value).value,
        "via": HeardVia(via).value, "note": note})
    return True
