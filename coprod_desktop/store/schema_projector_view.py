"""The projector's view, kept in the file so phones can follow it (registered at the end of
schema.py as `projector_view_v1`).

- `projector_view`: one row per session, written by the console whenever the facilitator changes
  what the projector shows: which view is in front (`view`, the projector's key for it), whether
  the screen is blacked out, the word explained on it (`term` and `explanation`, from the glossary
  or the programme's own terms), and the closed vote whose dots are up on the board
  (`dots_round_id`, NULL when the results are put away). Nothing about a person.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlite_utils import Database


def projector_view_v1(db: Database, create_table: Callable[..., Any]) -> None:
    create_table(
        db, "projector_view",
        {"id": int, "session_id": int, "view": str, "blank": int, "term": str,
         "explanation": str, "dots_round_id": int, "updated_at": str},
        not_null={"session_id", "view", "blank", "term", "explanation", "updated_at"},
        defaults={"view": "", "blank": 0, "term": "", "explanation": ""},
        foreign_keys=[("session_id", "session", "id")],
    )
    db.table("projector_view").create_index(["session_id"], unique=True)
