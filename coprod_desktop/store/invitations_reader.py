"""Who we invited and who came, and the people we seem to have lost.

An invitation is matched to a person in the programme by name (compared without case or extra
spaces), since the list comes from outside the app. The follow-up list never shows anyone who
did not agree to be contacted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.invitations import name_key
from coprod_desktop.store.database import Queries

Row = dict[str, Any]
STOPPED_AFTER = 2  # missed this many held sessions in a row since they last came


@dataclass(frozen=True, slots=True)
class Invited:
    id: int
    name: str
    group: Group
    contact: str
    contact_ok: bool
    came: int  # sessions they signed in to (0: not yet)


@dataclass(frozen=True, slots=True)
class Lost:
    attendee_id: int
    name: str
    group: Group
    contact_details: str
    times: int
    last_came: date
    missed: int  # sessions held since


class InvitationsReader:
    def __init__(self, db: Queries) -> None:
        self.db = db

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[Row]:
        return [dict(r) for r in self.db.query(sql, params or [])]

    def available(self) -> bool:
        return "invitation" in self.db.table_names()

    def keys(self) -> set[str]:
        return {name_key(r["name"]) for r in self._rows("SELECT name FROM invitation")} \
            if self.available() else set()

    def _visits_by_name(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self._rows(
                "SELECT attendee.name, COUNT(DISTINCT attendance.session_id) AS n FROM attendee "
                "JOIN attendance ON attendance.attendee_id = attendee.id "
                "WHERE attendee.erased_at IS NULL GROUP BY attendee.id"):
            key = name_key(r["name"])
            out[key] = out.get(key, 0) + int(r["n"])
        return out

    def invited(self) -> list[Invited]:
        if not self.available():
            return []
        came = self._visits_by_name()
        return [Invited(r["id"], r["name"], Group(r["group_name"]), r["contact"],
                        bool(r["contact_ok"]), came.get(name_key(r["name"]), 0))
                for r in self._rows("SELECT * FROM invitation ORDER BY name COLLATE NOCASE, id")]

    def invited_against_came(self) -> dict[Group, tuple[int, int]]:
        """Per group: (invited, of whom came at least once)."""
        out: dict[Group, tuple[int, int]] = {}
        for person in self.invited():
            invited, came = out.get(person.group, (0, 0))
            out[person.group] = (invited + 1, came + (1 if person.came else 0))
        return out

    def lost(self, today: date) -> list[Lost]:
        """Came twice or more, then missed the last sessions held (at least STOPPED_AFTER), and
        agreed to be contacted. People who told us they have left are not chased."""
        held = [date.fromisoformat(r["date"]) for r in self._rows(
            "SELECT DISTINCT session.date FROM session JOIN attendance ON "
            "attendance.session_id = session.id WHERE session.date <= ? ORDER BY session.date",
            [today.isoformat()])]
        rows = self._rows(
            "SELECT attendee.id, attendee.name, attendee.group_name, attendee.contact_details, "
            "COUNT(DISTINCT attendance.session_id) AS times, MAX(session.date) AS last FROM attendee "
            "JOIN attendance ON attendance.attendee_id = attendee.id "
            "JOIN session ON session.id = attendance.session_id "
            "WHERE attendee.contact = 1 AND attendee.erased_at IS NULL "
            "AND attendee.left_group_on IS NULL AND session.date <= ? "
            "GROUP BY attendee.id HAVING times >= 2 ORDER BY last, attendee.name", [today.isoformat()])
        out = []
        for r in rows:
            last = date.fromisoformat(r["last"])
            missed = sum(1 for d in held if d > last)
            if missed >= STOPPED_AFTER:
                out.append(Lost(r["id"], r["name"], Group(r["group_name"]),
                                r["contact_details"] or "", int(r["times"]), last, missed))
        return out
