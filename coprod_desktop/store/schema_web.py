"""The web tables (migration `web_v1`, registered in order in schema.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlite_utils import Database


def web_v1(db: Database, create_table: Callable[..., Any]) -> None:
    """Phone sign-in: a join link per session, phones, anonymous tallies and questions."""
    create_table(
        db, "phone_room",
        {"id": int, "session_id": int, "token": str, "signin_open": int, "notes_open": int,
         "opened_at": str, "closed_at": str, "rotated_at": str},
        not_null={"session_id", "token", "signin_open", "notes_open"},
        foreign_keys=[("session_id", "session", "id")],
        defaults={"signin_open": 0, "notes_open": 0},
    )
    db["phone_room"].create_index(["session_id"], unique=True)
    db["phone_room"].create_index(["token"], unique=True)
    # A phone is known by a random token kept in its cookie; the file holds only a hash of it.
    # current_session is plain data (no foreign key), so deleting a session leaves phones known.
    create_table(
        db, "phone_device",
        {"id": int, "token_hash": str, "attendee_id": int, "current_session": int,
         "equalities_session": int, "created_at": str, "seen_at": str},
        not_null={"token_hash", "attendee_id", "created_at"},
        foreign_keys=[("attendee_id", "attendee", "id")],
    )
    db["phone_device"].create_index(["token_hash"], unique=True)
    # Tallies only: no row says who gave an answer, or when.
    create_table(
        db, "equalities_count",
        {"id": int, "session_id": int, "question": str, "answer": str, "count": int},
        not_null={"session_id", "question", "answer", "count"},
        foreign_keys=[("session_id", "session", "id")],
        defaults={"count": 0},
    )
    db["equalities_count"].create_index(["session_id", "question", "answer"], unique=True)
    # "What does that mean?": asked anonymously, queued for the console.
    create_table(
        db, "phone_question",
        {"id": int, "session_id": int, "text": str, "asked_at": str, "answered_at": str},
        not_null={"session_id", "text", "asked_at"},
        foreign_keys=[("session_id", "session", "id")],
    )
    db["phone_question"].create_index(["session_id"])
