"""The outcomes tables (migration `outcomes_v1`, registered in order in schema.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlite_utils import Database


def outcomes_v1(db: Database, create_table: Callable[..., Any]) -> None:
    """Closing the loop: outcomes ("you said, we did"), venues, the equalities reference, and
    invitation lists.

    Outcomes refer to what they came from and to their actions and tests by plain numbers (no
    foreign key), like actions: deleting a note or a meeting never deletes what became of it.
    The reference is about categories, never people; invitations hold names (and contact details
    only where the person agreed to be contacted).
    """
    create_table(
        db, "outcome",
        {"id": int, "source_kind": str, "source_id": int, "said": str, "status": str,
         "what_happened": str, "passed_to": str, "reason": str, "raised_session_id": int,
         "created_at": str, "updated_at": str},
        not_null={"source_kind", "said", "status", "what_happened", "passed_to", "reason",
                  "created_at", "updated_at"},
        defaults={"status": "come_back", "what_happened": "", "passed_to": "", "reason": ""},
    )
    db["outcome"].create_index(["source_kind", "source_id"])
    create_table(
        db, "outcome_event",
        {"id": int, "outcome_id": int, "meeting_id": int, "kind": str, "status": str,
         "detail": str, "created_at": str},
        not_null={"outcome_id", "kind", "status", "detail", "created_at"},
        foreign_keys=[("outcome_id", "outcome", "id")], defaults={"detail": ""},
    )
    db["outcome_event"].create_index(["outcome_id"])
    create_table(
        db, "outcome_link",
        {"id": int, "outcome_id": int, "kind": str, "target_id": int, "created_at": str},
        not_null={"outcome_id", "kind", "target_id", "created_at"},
        foreign_keys=[("outcome_id", "outcome", "id")],
    )
    db["outcome_link"].create_index(["outcome_id", "kind", "target_id"], unique=True)
    create_table(
        db, "venue",
        {"id": int, "name": str, "area": str, "kind": str, "created_at": str},
        not_null={"name", "area", "kind", "created_at"}, defaults={"area": "", "kind": "other"},
    )
    db["session"].add_column("venue_id", int)  # plain number
    create_table(
        db, "equalities_reference",
        {"id": int, "question": str, "answer": str, "percent": float, "updated_at": str},
        not_null={"question", "answer", "percent", "updated_at"},
    )
    db["equalities_reference"].create_index(["question", "answer"], unique=True)
    db["programme"].add_column(
        "reference_source", str, not_null_default="")  # e.g. "Borough profile, Census 2021"
    create_table(
        db, "invitation",
        {"id": int, "name": str, "group_name": str, "contact": str, "contact_ok": int,
         "imported_at": str, "source": str},
        not_null={"name", "group_name", "contact", "contact_ok", "imported_at", "source"},
        defaults={"contact": "", "contact_ok": 0, "source": ""},
    )
