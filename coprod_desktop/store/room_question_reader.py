"""Read-only queries for questions for the room: the console's queue, a phone's list, the top."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from coprod_desktop.clock import parse_iso
from coprod_desktop.domain.room_questions import ROOM, RoomQuestion, by_votes, top_questions
from coprod_desktop.store.database import Queries

Row = dict[str, Any]

_SELECT = (
    "SELECT q.*, (SELECT count(*) FROM phone_question_vote v WHERE v.question_id = q.id) AS votes,"
    " a.name AS author_name FROM phone_question q LEFT JOIN attendee a ON a.id = q.attendee_id"
    " WHERE q.kind = ? AND q.merged_into IS NULL")


def _when(value: str | None) -> datetime | None:
    return parse_iso(value) if value else None


def _question(row: Row, mine: set[int]) -> RoomQuestion:
    return RoomQuestion(
        id=row["id"], session_id=row["session_id"], text=row["text"],
        asked_at=parse_iso(row["asked_at"]), votes=int(row["votes"]),
        author_id=row["attendee_id"],
        author_name=(row["author_name"] or "") if row["attendee_id"] is not None else "",
        released_at=_when(row["released_at"]), answered_at=_when(row["answered_at"]),
        action_id=row["action_id"], mine=row["id"] in mine)


class RoomQuestionReader:
    def __init__(self, db: Queries) -> None:
        self.db = db

    def all(self, session_id: int) -> list[RoomQuestion]:
        """Every question for the room in a session (duplicates merged away are left out)."""
        return [_question(r, set()) for r in self.db.query(
            _SELECT + " AND q.session_id = ? ORDER BY q.id", [ROOM, session_id])]

    def released(self, session_id: int, voter_id: int | None = None) -> list[RoomQuestion]:
        """What a phone sees: questions let through, by votes, with this person's own marked."""
        mine = set() if voter_id is None else {r["question_id"] for r in self.db.query(
            "SELECT question_id FROM phone_question_vote WHERE attendee_id = ?", [voter_id])}
        return by_votes(_question(r, mine) for r in self.db.query(
            _SELECT + " AND q.session_id = ? AND q.released_at IS NOT NULL ORDER BY q.id",
            [ROOM, session_id]))

    def top(self, session_id: int) -> list[RoomQuestion]:
        return top_questions(self.released(session_id))

    def get(self, question_id: int) -> Row | None:
        found = list(self.db.query(
            "SELECT * FROM phone_question WHERE id = ? AND kind = ?", [question_id, ROOM]))
        return found[0] if found else None

    def voters(self, question_id: int) -> dict[int, int]:
        """attendee id → vote row id, for one question."""
        return {r["attendee_id"]: r["id"] for r in self.db.query(
            "SELECT id, attendee_id FROM phone_question_vote WHERE question_id = ?",
            [question_id])}
