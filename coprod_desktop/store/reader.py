"""Read-only queries that return domain records. Works on the writer's or a read-only connection."""

from __future__ import annotations

from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.records import (
    Activity,
    Attendance,
    Attendee,
    Note,
    Programme,
    Session,
)
from coprod_desktop.store import rows
from coprod_desktop.store.database import Queries


class Reader:
    def __init__(self, db: Queries) -> None:
        self.db = db

    def _one(self, table: str, pk: int, what: str) -> rows.Row:
        found = list(self.db.query(f"SELECT * FROM [{table}] WHERE id = ?", [pk]))
        if not found:
            raise NotFoundError(f"That {what} is no longer in this programme.")
        return found[0]

    def programme(self) -> Programme:
        found = list(self.db.query("SELECT * FROM programme ORDER BY id LIMIT 1"))
        if not found:
            raise NotFoundError("This file has no programme in it.")
        return rows.programme(found[0])

    def sessions(self) -> list[Session]:
        return [rows.session(r) for r in
                self.db.query("SELECT * FROM session ORDER BY date, starts_at, id")]

    def session(self, session_id: int) -> Session:
        return rows.session(self._one("session", session_id, "session"))

    def attendees(self) -> list[Attendee]:
        return [rows.attendee(r) for r in
                self.db.query("SELECT * FROM attendee ORDER BY name COLLATE NOCASE, id")]

    def attendee(self, attendee_id: int) -> Attendee:
        return rows.attendee(self._one("attendee", attendee_id, "person"))

    def attendance(self, session_id: int) -> list[Attendance]:
        return [rows.attendance(r) for r in self.db.query(
            "SELECT * FROM attendance WHERE session_id = ? ORDER BY signed_in_at, id",
            [session_id])]

    def attendance_id(self, session_id: int, attendee_id: int) -> int | None:
        """The id of a person's attendance at a session (signed out or not), if they came."""
        found = list(self.db.query(
            "SELECT id FROM attendance WHERE session_id = ? AND attendee_id = ? ORDER BY id "
            "LIMIT 1", [session_id, attendee_id]))
        return int(found[0]["id"]) if found else None

    def present(self, session_id: int) -> list[Attendee]:
        """People signed in to the session and not signed out, in the order they arrived."""
        return [rows.attendee(r) for r in self.db.query(
            "SELECT attendee.* FROM attendance JOIN attendee ON attendee.id = attendee_id "
            "WHERE session_id = ? AND signed_out_at IS NULL ORDER BY signed_in_at, attendance.id",
            [session_id])]

    def group_counts(self, session_id: int) -> dict[Group, int]:
        counts = {g: 0 for g in Group}
        for attendee in self.present(session_id):
            counts[attendee.group] += 1
        return counts

    def activities(self, session_id: int) -> list[Activity]:
        return [rows.activity(r) for r in self.db.query(
            "SELECT * FROM activity WHERE session_id = ? ORDER BY position, id", [session_id])]

    def notes(self, session_id: int) -> list[Note]:
        return [rows.note(r) for r in self.db.query(
            "SELECT * FROM note WHERE session_id = ? ORDER BY id", [session_id])]

    def note(self, note_id: int) -> Note:
        return rows.note(self._one("note", note_id, "note"))

    def counts(self) -> dict[str, int]:
        return {name: self._count(table) for name, table in
                (("sessions", "session"), ("attendees", "attendee"), ("notes", "note"))}

    def _count(self, table: str) -> int:
        return int(self.db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0])

    def setting(self, key: str, default: str = "") -> str:
        found = list(self.db.query("SELECT value FROM setting WHERE key = ?", [key]))
        return found[0]["value"] if found else default
