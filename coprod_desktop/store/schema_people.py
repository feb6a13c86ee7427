"""The people tables (migration `people_v1`, registered in order in schema.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlite_utils import Database


def people_v1(db: Database, create_table: Callable[..., Any]) -> None:
    """People across the programme: consent history, payments and claims, privacy and erasure.

    Claims refer to their session by a plain number (no foreign key): deleting a session must never
    delete a record of money claimed or paid. An erased person keeps an anonymous row (`erased_at`
    set, name replaced), so anonymous notes, votes and attendance still count.
    """
    attendee = db["attendee"]
    # Agreed to be paid for their time, which means their name goes to the finance team.
    attendee.add_column("paid", int, not_null_default=0)
    attendee.add_column("erased_at", str)
    create_table(
        db, "consent_event",
        {"id": int, "attendee_id": int, "at": str, "choice": str, "previous": str, "value": str,
         "kind": str, "via": str, "note": str},
        not_null={"attendee_id", "at", "choice", "value", "kind", "via", "note"},
        foreign_keys=[("attendee_id", "attendee", "id")],
        defaults={"note": ""},
    )
    db["consent_event"].create_index(["attendee_id", "at"])
    attendance = db["attendance"]
    attendance.add_column("minutes", int)  # None: by the session
    attendance.add_column("payment", int)  # None: by the rule
    programme = db["programme"]
    programme.add_column("pay_rate_pence", int, not_null_default=0)
    programme.add_column("retention_until", str)
    for column in ("privacy_holder", "privacy_why", "privacy_how_long", "privacy_contact"):
        programme.add_column(column, str, not_null_default="")
    create_table(
        db, "claim",
        {"id": int, "attendee_id": int, "session_ref": int, "kind": str, "amount_pence": int,
         "minutes": int, "status": str, "claimed_on": str, "approved_on": str, "paid_on": str,
         "note": str, "created_at": str},
        not_null={"attendee_id", "kind", "amount_pence", "status", "claimed_on", "note",
                  "created_at"},
        foreign_keys=[("attendee_id", "attendee", "id")],
        defaults={"status": "claimed", "note": ""},
    )
    db["claim"].create_index(["attendee_id"])
    db["claim"].create_index(["status"])
    create_table(
        db, "export_log",
        {"id": int, "at": str, "what": str, "format": str, "target": str, "held_names": int,
         "detail": str},
        not_null={"at", "what", "format", "target", "held_names", "detail"},
        defaults={"detail": ""},
    )
    # The erasure itself: a plain number, never a name, so the record survives the erase.
    create_table(
        db, "erasure",
        {"id": int, "attendee_id": int, "requested_at": str, "confirmed_at": str,
         "keep_contributions": int, "summary": str},
        not_null={"attendee_id", "requested_at", "keep_contributions", "summary"},
        defaults={"keep_contributions": 1, "summary": ""},
    )
    db["erasure"].create_index(["attendee_id"])
