"""Read-only queries for phone sign-in: join links, known phones, questions, anonymous tallies."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from coprod_desktop.clock import parse_iso
from coprod_desktop.domain.phones import PhoneDevice, PhoneQuestion, PhoneRoom, WifiDetails
from coprod_desktop.store.database import Queries

Row = dict[str, Any]

WEB_SECRET = "web.form_secret"  # form tokens survive a restart: open pages keep working
WEB_PORT = "web.port"
WEB_ADDRESS = "web.address"
WIFI_KEYS = ("wifi.ssid", "wifi.password", "wifi.security", "wifi.hidden")


def _when(value: str | None) -> datetime | None:
    return parse_iso(value) if value else None


def room_row(row: Row) -> PhoneRoom:
    return PhoneRoom(id=row["id"], session_id=row["session_id"], token=row["token"],
                     signin_open=bool(row["signin_open"]), notes_open=bool(row["notes_open"]),
                     opened_at=_when(row["opened_at"]), rotated_at=_when(row["rotated_at"]),
                     stories_open=bool(row["stories_open"]), handout_at=_when(row["handout_at"]),
                     room_open=bool(row["room_open"]), short_code=row["short_code"] or "")


_SIGNED_IN = (
    "SELECT d.id AS device_id, d.attendee_id AS device_attendee, d.current_session AS device_session, "
    "d.equalities_session AS device_equalities, r.* "
    "FROM phone_device d JOIN phone_room r ON r.session_id = d.current_session "
    "WHERE d.token_hash = ? AND r.room_open = 1 AND EXISTS (SELECT 1 FROM attendance a "
    "WHERE a.session_id = d.current_session AND a.attendee_id = d.attendee_id "
    "AND a.signed_out_at IS NULL) LIMIT 1")


class PhoneReader:
    def __init__(self, db: Queries) -> None:
        self.db = db

    def _first(self, sql: str, params: list[Any]) -> Row | None:
        found = list(self.db.query(sql, params))
        return found[0] if found else None

    def room(self, session_id: int) -> PhoneRoom | None:
        row = self._first("SELECT * FROM phone_room WHERE session_id = ?", [session_id])
        return room_row(row) if row else None

    def room_for_token(self, token: str) -> PhoneRoom | None:
        """The room a join link leads to, or None for a link that is wrong or was replaced."""
        row = self._first("SELECT * FROM phone_room WHERE token = ?", [token])
        return room_row(row) if row else None

    def room_for_code(self, code: str) -> PhoneRoom | None:
        """The room a typed short code leads to (already made upper case and checked)."""
        row = self._first("SELECT * FROM phone_room WHERE short_code = ?", [code])
        return room_row(row) if row else None

    def phones_in_room(self, session_id: int) -> int:
        """People signed in from a phone who have not signed out."""
        row = self._first(
            "SELECT COUNT(*) AS n FROM attendance a JOIN phone_device d "
            "ON d.attendee_id = a.attendee_id AND d.current_session = a.session_id "
            "WHERE a.session_id = ? AND a.signed_out_at IS NULL", [session_id])
        return int(row["n"]) if row else 0

    def setting(self, key: str) -> str:
        row = self._first("SELECT value FROM setting WHERE key = ?", [key])
        return str(row["value"]) if row and row["value"] is not None else ""

    def web_address(self) -> str:
        """The address phones were last given (kept so a written-down one keeps working)."""
        return self.setting(WEB_ADDRESS)

    def web_secret(self) -> bytes | None:
        stored = self.setting(WEB_SECRET)
        try:
            return bytes.fromhex(stored) if len(stored) == 64 else None
        except ValueError:
            return None

    def web_port(self) -> int | None:
        """The port phones used last time (so a printed or remembered address keeps working)."""
        value = self.setting(WEB_PORT)
        return int(value) if value.isascii() and value.isdigit() and int(value) < 65536 else None

    def open_room(self) -> PhoneRoom | None:
        row = self._first("SELECT * FROM phone_room WHERE signin_open = 1 ORDER BY id LIMIT 1", [])
        return room_row(row) if row else None

    def device(self, token_hash: str) -> PhoneDevice | None:
        row = self._first("SELECT * FROM phone_device WHERE token_hash = ?", [token_hash])
        if row is None:
            return None
        return PhoneDevice(id=row["id"], attendee_id=row["attendee_id"],
                           current_session=row["current_session"],
                           equalities_session=row["equalities_session"])

    def signed_in(self, token_hash: str) -> tuple[PhoneDevice, PhoneRoom] | None:
        """The one rule for "is this phone signed in": its device is bound to a session whose
        room is open to people already in, and its person is there and not signed out. Returns
        the device and that session's room, or None.

        One statement (sqlite-utils' query() wraps each in a savepoint: three). The writer asks
        it from the file before each phone's change; the phone pages keep the answer until a
        change touches phone_device, phone_room or attendance (web/state_cache.py), so a phone is
        refused from its next request once it is let go."""
        cursor = self.db.execute(_SIGNED_IN, [token_hash])
        found = cursor.fetchone()
        if found is None:
            return None
        row = dict(zip([d[0] for d in cursor.description], found, strict=True))
        device = PhoneDevice(id=row["device_id"], attendee_id=row["device_attendee"],
                             current_session=row["device_session"],
                             equalities_session=row["device_equalities"])
        return device, room_row(row)

    def equalities_tally_row(self, session_id: int, question: str, answer: str
                             ) -> tuple[int, int] | None:
        """The id and count of one answer's anonymous tally in a session, if it has one."""
        row = self._first("SELECT id, count FROM equalities_count WHERE session_id = ? "
                          "AND question = ? AND answer = ?", [session_id, question, answer])
        return (int(row["id"]), int(row["count"])) if row else None

    def device_hashes(self, attendee_id: int) -> list[str]:
        return [r["token_hash"] for r in self.db.query(
            "SELECT token_hash FROM phone_device WHERE attendee_id = ? ORDER BY id", [attendee_id])]

    def is_present(self, session_id: int, attendee_id: int) -> bool:
        return self._first(
            "SELECT 1 FROM attendance WHERE session_id = ? AND attendee_id = ? "
            "AND signed_out_at IS NULL", [session_id, attendee_id]) is not None

    def attended(self, session_id: int, attendee_id: int) -> bool:
        """Signed in to the session at some point, even if they have since left."""
        return self._first("SELECT 1 FROM attendance WHERE session_id = ? AND attendee_id = ?",
                           [session_id, attendee_id]) is not None

    def kept_for_next(self, attendee_id: int) -> bool:
        """Has the person agreed to be kept on file for a later programme?"""
        row = self._first("SELECT keep_for_next FROM attendee WHERE id = ?", [attendee_id])
        return bool(row and row["keep_for_next"])

    def questions(self, session_id: int, *, waiting_only: bool = True) -> list[PhoneQuestion]:
        sql = "SELECT * FROM phone_question WHERE session_id = ? AND kind = 'jargon'"
        if waiting_only:
            sql += " AND answered_at IS NULL"
        return [PhoneQuestion(id=r["id"], session_id=r["session_id"], text=r["text"],
                              asked_at=parse_iso(r["asked_at"]), answered_at=_when(r["answered_at"]))
                for r in self.db.query(sql + " ORDER BY id", [session_id])]

    def equalities_tally(self, session_id: int | None = None) -> dict[str, dict[str, int]]:
        """question → answer → how many, for one session or (None) the whole programme."""
        sql = "SELECT question, answer, SUM(count) AS n FROM equalities_count"
        params: list[Any] = []
        if session_id is not None:
            sql += " WHERE session_id = ?"
            params.append(session_id)
        out: dict[str, dict[str, int]] = {}
        for row in self.db.query(sql + " GROUP BY question, answer", params):
            out.setdefault(row["question"], {})[row["answer"]] = int(row["n"])
        return out

    def wifi(self) -> WifiDetails:
        values = {r["key"]: r["value"] for r in self.db.query(
            f"SELECT key, value FROM setting WHERE key IN ({','.join('?' * len(WIFI_KEYS))})",
            list(WIFI_KEYS))}
        return WifiDetails(ssid=values.get("wifi.ssid", ""),
                           password=values.get("wifi.password", ""),
                           security=values.get("wifi.security", "WPA") or "WPA",
                           hidden=values.get("wifi.hidden") == "1")

    def note_count(self, session_id: int, activity_id: int | None = None) -> int:
        """Notes on the session's board, or on one activity's board."""
        where, args = ("", []) if activity_id is None else (" AND activity_id = ?", [activity_id])
        row = self._first(f"SELECT COUNT(*) AS n FROM note WHERE session_id = ?{where}",
                          [session_id, *args])
        return int(row["n"]) if row else 0
