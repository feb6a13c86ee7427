"""Read-only queries for quick polls: a session's polls, the one open to phones, the answers."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from coprod_desktop.clock import parse_iso
from coprod_desktop.domain.polls import Answer, Poll, PollKind, split_choices, split_words
from coprod_desktop.store.database import Queries

Row = dict[str, Any]


def _when(value: str | None) -> datetime | None:
    return parse_iso(value) if value else None


def poll_from(row: Row) -> Poll:
    return Poll(
        id=row["id"], session_id=row["session_id"], kind=PollKind(row["kind"]),
        question=row["question"], created_at=parse_iso(row["created_at"]),
        options=split_words(row["options"]), low=int(row["low"]), high=int(row["high"]),
        low_label=row["low_label"] or "", high_label=row["high_label"] or "",
        opened_at=_when(row["opened_at"]), closed_at=_when(row["closed_at"]),
        revealed_at=_when(row["revealed_at"]),
        hidden_words=frozenset(split_words(row["hidden_words"])),
        activity_id=row["activity_id"], source=row["source"] or "phones")


def answer_from(row: Row) -> Answer:
    return Answer(value=row["value"], choices=split_choices(row["choices"]),
                  words=split_words(row["words"]))


class PollReader:
    def __init__(self, db: Queries) -> None:
        self.db = db

    def polls(self, session_id: int) -> list[Poll]:
        """A session's polls, newest first."""
        return [poll_from(r) for r in self.db.query(
            "SELECT * FROM poll WHERE session_id = ? ORDER BY id DESC", [session_id])]

    def get(self, poll_id: int) -> Poll | None:
        found = list(self.db.query("SELECT * FROM poll WHERE id = ?", [poll_id]))
        return poll_from(found[0]) if found else None

    def row(self, poll_id: int) -> Row | None:
        found = list(self.db.query("SELECT * FROM poll WHERE id = ?", [poll_id]))
        return dict(found[0]) if found else None

    def for_activity(self, activity_id: int) -> Poll | None:
        """The poll an agenda activity plans (or planned and ran): the newest made for it."""
        found = list(self.db.query(
            "SELECT * FROM poll WHERE activity_id = ? AND source = 'phones' ORDER BY id DESC "
            "LIMIT 1", [activity_id]))
        return poll_from(found[0]) if found else None

    def current(self, session_id: int) -> Poll | None:
        """The poll phones answer now: the one opened last that is still open."""
        found = list(self.db.query(
            "SELECT * FROM poll WHERE session_id = ? AND opened_at IS NOT NULL AND closed_at IS "
            "NULL AND source = 'phones' ORDER BY opened_at DESC, id DESC LIMIT 1", [session_id]))
        return poll_from(found[0]) if found else None

    def latest_revealed(self, session_id: int) -> Poll | None:
        found = list(self.db.query(
            "SELECT * FROM poll WHERE session_id = ? AND revealed_at IS NOT NULL "
            "ORDER BY revealed_at DESC, id DESC LIMIT 1", [session_id]))
        return poll_from(found[0]) if found else None

    def answers(self, poll_id: int) -> list[Answer]:
        return [answer_from(r) for r in self.db.query(
            "SELECT value, choices, words FROM poll_answer WHERE poll_id = ? ORDER BY id",
            [poll_id])]

    def answer_count(self, poll_id: int) -> int:
        return int(self.db.execute("SELECT count(*) FROM poll_answer WHERE poll_id = ?",
                                   [poll_id]).fetchone()[0])

    def answer_of(self, poll_id: int, attendee_id: int) -> tuple[int, Answer] | None:
        """This person's answer (row id and answer), if they have answered."""
        found = list(self.db.query(
            "SELECT id, value, choices, words FROM poll_answer WHERE poll_id = ? AND "
            "attendee_id = ?", [poll_id, attendee_id]))
        return (found[0]["id"], answer_from(found[0])) if found else None

    def board_words(self, session_id: int, cluster_id: int | None) -> list[str]:
        """The text of the board's notes shown in the room (the whole board or one cluster)."""
        return [text for _, text in self.board_notes(session_id, cluster_id)]

    def board_notes(self, session_id: int, cluster_id: int | None) -> list[tuple[int, str]]:
        """(id, text) of the board's notes shown in the room (the whole board or one cluster)."""
        sql = ("SELECT id, text FROM note WHERE session_id = ? AND hidden = 0 AND "
               "coalesce(held_back, 0) = 0")
        args: list[Any] = [session_id]
        if cluster_id is not None:
            sql += " AND cluster_id = ?"
            args.append(cluster_id)
        return [(r["id"], r["text"]) for r in self.db.query(sql + " ORDER BY id", args)]
