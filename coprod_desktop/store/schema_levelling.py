"""The levelling tables (migration `levelling_v1`, registered in order in schema.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlite_utils import Database


def levelling_v1(db: Database, create_table: Callable[..., Any]) -> None:
    """Equal-time rounds and their turns, the speaking record, raised hands, and stories."""
    create_table(
        db, "talk_round",
        {"id": int, "session_id": int, "title": str, "order_kind": str, "turn_s": int,
         "status": str, "created_at": str, "started_at": str, "ended_at": str},
        not_null={"session_id", "title", "order_kind", "turn_s", "status", "created_at"},
        foreign_keys=[("session_id", "session", "id")],
    )
    db["talk_round"].create_index(["session_id"])
    create_table(
        db, "round_turn",
        {"id": int, "round_id": int, "session_id": int, "attendee_id": int, "position": int,
         "status": str, "limit_s": int, "started_at": str, "paused_at": str, "paused_s": float,
         "ended_at": str, "duration_s": float, "late": int, "skips": int, "note": str},
        not_null={"round_id", "session_id", "attendee_id", "position", "status", "limit_s",
                  "paused_s", "late", "skips", "note"},
        foreign_keys=[("round_id", "talk_round", "id"), ("session_id", "session", "id"),
                      ("attendee_id", "attendee", "id")],
        defaults={"paused_s": 0.0, "late": 0, "skips": 0, "note": ""},
    )
    db["round_turn"].create_index(["round_id", "position"])
    create_table(
        db, "speaking_segment",
        {"id": int, "session_id": int, "attendee_id": int, "started_at": str, "ended_at": str,
         "note": str},
        not_null={"session_id", "attendee_id", "started_at", "note"},
        foreign_keys=[("session_id", "session", "id"), ("attendee_id", "attendee", "id")],
        defaults={"note": ""},
    )
    db["speaking_segment"].create_index(["session_id", "started_at"])
    # One person has the floor at a time: at most one open segment per session.
    db.execute("CREATE UNIQUE INDEX speaking_one_open ON speaking_segment(session_id) "
               "WHERE ended_at IS NULL")
    create_table(
        db, "hand",
        {"id": int, "session_id": int, "attendee_id": int, "raised_at": str, "lowered_at": str,
         "outcome": str},
        not_null={"session_id", "attendee_id", "raised_at", "outcome"},
        foreign_keys=[("session_id", "session", "id"), ("attendee_id", "attendee", "id")],
        defaults={"outcome": ""},
    )
    db.execute("CREATE UNIQUE INDEX hand_one_raised ON hand(session_id, attendee_id) "
               "WHERE lowered_at IS NULL")
    create_table(
        db, "story",
        {"id": int, "session_id": int, "teller_id": int, "title": str, "prompt": str,
         "consent": str, "position": int, "limit_s": int, "status": str, "created_at": str,
         "started_at": str, "paused_at": str, "paused_s": float, "ended_at": str,
         "duration_s": float, "added_via": str, "note": str},
        not_null={"session_id", "teller_id", "title", "prompt", "consent", "position", "limit_s",
                  "status", "created_at", "paused_s", "added_via", "note"},
        foreign_keys=[("session_id", "session", "id"), ("teller_id", "attendee", "id")],
        defaults={"title": "", "prompt": "", "consent": "room", "paused_s": 0.0,
                  "added_via": "console", "note": ""},
    )
    db["story"].create_index(["session_id", "position"])
    # "What I heard" notes belong to the story they were written about.
    db.execute("ALTER TABLE note ADD COLUMN story_id INTEGER REFERENCES story(id)")
    db["note"].create_index(["story_id"])
