"""The programme tables (migration `programme_v1`, registered in order in schema.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlite_utils import Database


def programme_v1(db: Database, create_table: Callable[..., Any]) -> None:
    """The 100-day programme: time zone and meeting pattern, milestones, actions, rapid tests,
    meeting roles, and who has left the group or agreed to be kept for a later programme.

    Actions and tests outlive the meetings they came from, so their links to sessions and notes
    are plain numbers (no foreign key): deleting a meeting or a note never deletes an action.
    """
    programme = db["programme"]
    for name, kind, default in (
            ("time_zone", str, "Europe/London"), ("meeting_every_days", int, 14),
            ("meeting_starts_at", str, "18:00"), ("meeting_ends_at", str, "19:30"),
            ("meeting_venue", str, "")):
        programme.add_column(name, kind, not_null_default=default)
    programme.add_column("meeting_first_date", str)
    attendee = db["attendee"]
    attendee.add_column("left_group_on", str)
    attendee.add_column("keep_for_next", int, not_null_default=0)
    create_table(
        db, "milestone",
        {"id": int, "title": str, "kind": str, "on_date": str, "celebration_session_id": int,
         "note": str, "created_at": str},
        not_null={"title", "kind", "on_date", "created_at"}, defaults={"note": ""},
    )
    create_table(
        db, "action",
        {"id": int, "what": str, "owner_attendee_id": int, "owner_org": str, "due_date": str,
         "status": str, "source_kind": str, "source_id": int, "source_text": str,
         "raised_session_id": int, "created_at": str, "updated_at": str, "closed_at": str,
         "closed_meeting_id": int},
        not_null={"what", "status", "source_kind", "created_at", "updated_at"},
        defaults={"owner_org": "", "status": "open", "source_kind": "manual", "source_text": ""},
    )
    db["action"].create_index(["status"])
    create_table(
        db, "action_review",
        {"id": int, "action_id": int, "meeting_id": int, "outcome": str, "due_before": str,
         "due_after": str, "created_at": str},
        not_null={"action_id", "outcome", "created_at"},
        foreign_keys=[("action_id", "action", "id")],
    )
    db["action_review"].create_index(["action_id"])
    create_table(
        db, "rapid_test",
        {"id": int, "title": str, "stage": str, "plan_what": str, "plan_who": str,
         "plan_where": str, "plan_when": str, "plan_measure": str, "doing": str,
         "happened": str, "learned": str, "decision": str, "decision_reason": str, "cycle": int,
         "idea_note_id": int, "idea_text": str, "parent_id": int, "created_session_id": int,
         "created_at": str, "updated_at": str},
        not_null={"title", "stage", "cycle", "created_at", "updated_at"},
        defaults={"stage": "plan", "cycle": 1, **{c: "" for c in (
            "plan_what", "plan_who", "plan_where", "plan_when", "plan_measure", "doing",
            "happened", "learned", "decision_reason", "idea_text")}},
    )
    create_table(
        db, "rapid_test_event",
        {"id": int, "test_id": int, "meeting_id": int, "kind": str, "stage": str,
         "detail": str, "created_at": str},
        not_null={"test_id", "kind", "stage", "created_at"},
        foreign_keys=[("test_id", "rapid_test", "id")], defaults={"detail": ""},
    )
    db["rapid_test_event"].create_index(["test_id"])
    create_table(
        db, "meeting_role",
        {"id": int, "session_id": int, "role": str, "holder": str, "attendee_id": int,
         "created_at": str},
        not_null={"session_id", "role", "holder", "created_at"},
        foreign_keys=[("session_id", "session", "id")],
    )
    db["meeting_role"].create_index(["session_id", "role"], unique=True)
