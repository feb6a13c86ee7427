"""Tables for quick polls, the word cloud and the check-out (registered at the end of schema.py).

- `poll`: a scale, a choice or a word cloud; opened, closed and revealed by the facilitator. A
  word cloud may take its words from the board's notes instead of phones (`source` 'board', the
  whole board or one cluster).
- `poll_answer`: one per phone (person) per poll, changed in place.
- `checkout_answer`: the end-of-session check-out, anonymous: no person, no time, only the group
  the answerer said they belong to and how they came in (phone or a paper slip typed in).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlite_utils import Database


def polls_v1(db: Database, create_table: Callable[..., Any]) -> None:
    create_table(
        db, "poll",
        {"id": int, "session_id": int, "activity_id": int, "kind": str, "question": str,
         "options": str, "low": int, "high": int, "low_label": str, "high_label": str,
         "source": str, "cluster_id": int, "hidden_words": str, "created_at": str,
         "opened_at": str, "closed_at": str, "revealed_at": str},
        not_null={"session_id", "kind", "question", "created_at"},
        defaults={"options": "", "low": 1, "high": 5, "low_label": "", "high_label": "",
                  "source": "phones", "hidden_words": ""},
        foreign_keys=[("session_id", "session", "id")],
    )
    db.table("poll").create_index(["session_id"])
    create_table(
        db, "poll_answer",
        {"id": int, "poll_id": int, "attendee_id": int, "value": int, "choices": str,
         "words": str, "answered_at": str},
        not_null={"poll_id", "attendee_id", "answered_at"},
        defaults={"choices": "", "words": ""},
        foreign_keys=[("poll_id", "poll", "id"), ("attendee_id", "attendee", "id")],
    )
    db.table("poll_answer").create_index(["poll_id", "attendee_id"], unique=True)
    create_table(
        db, "checkout_answer",
        {"id": int, "session_id": int, "group_name": str, "listened": int, "could_say": int,
         "understood": int, "come_again": int, "via": str},
        not_null={"session_id", "group_name", "via"},
        defaults={"group_name": "", "via": "phone"},
        foreign_keys=[("session_id", "session", "id")],
    )
    db.table("checkout_answer").create_index(["session_id"])
