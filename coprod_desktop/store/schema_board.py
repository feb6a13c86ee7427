"""The board tables (migration `board_v1`, registered in order in schema.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlite_utils import Database


def board_v1(db: Database, create_table: Callable[..., Any]) -> None:
    """Clusters of notes, held-back notes, dot-vote rounds and votes, and each session's board."""
    create_table(
        db, "cluster",
        {"id": int, "session_id": int, "activity_id": int, "title": str, "colour": str,
         "x": float, "y": float, "w": float, "h": float, "collapsed": int, "created_at": str},
        not_null={"session_id", "title", "colour", "x", "y", "w", "h", "collapsed", "created_at"},
        foreign_keys=[("session_id", "session", "id"), ("activity_id", "activity", "id")],
        defaults={"colour": "white", "x": 0.0, "y": 0.0, "w": 480.0, "h": 300.0, "collapsed": 0},
    )
    db["cluster"].create_index(["session_id"])
    note = db["note"]
    # A plain column: SQLite cannot add a foreign key to an existing table without rebuilding it,
    # and the services keep cluster_id pointing at a cluster of the same session.
    note.add_column("cluster_id", int)
    # Held back by the facilitator (breaks the ground rules): never on the projector, even after
    # "reveal all". Separate from `hidden`, which is silent writing's "not shown yet".
    note.add_column("held_back", int, not_null_default=0)
    db["note"].create_index(["cluster_id"])
    create_table(
        db, "vote_round",
        {"id": int, "session_id": int, "activity_id": int, "title": str, "target_kind": str,
         "target_ids": str, "dots_per_person": int, "cap_per_item": int, "status": str,
         "opened_at": str, "closed_at": str},
        not_null={"session_id", "target_kind", "target_ids", "dots_per_person", "status",
                  "opened_at"},
        foreign_keys=[("session_id", "session", "id"), ("activity_id", "activity", "id")],
        defaults={"title": "", "target_ids": "", "status": "open"},
    )
    db["vote_round"].create_index(["session_id"])
    create_table(
        db, "vote",
        {"id": int, "session_id": int, "round_id": int, "voter_id": int, "on_behalf": int,
         "target_id": int, "cast_at": str, "via": str},
        not_null={"session_id", "round_id", "on_behalf", "target_id", "cast_at", "via"},
        foreign_keys=[("session_id", "session", "id"), ("round_id", "vote_round", "id"),
                      ("voter_id", "attendee", "id")],
        defaults={"on_behalf": 0, "via": "console"},
    )
    db["vote"].create_index(["round_id", "voter_id"])
    db["vote"].create_index(["round_id", "target_id"])
    session = db["session"]
    session.add_column("board_scope", str, not_null_default="session")
    session.add_column("silent_writing", int, not_null_default=0)
    session.add_column("show_author_groups", int, not_null_default=0)
    session.add_column("focus", str, not_null_default="")
    session.add_column("focus_round_id", int)
