"""The one question every signed-in phone page asks first, in one query: is this phone still in?

A phone is in when its device row names a session whose room is open and its person is signed in
to that session and has not signed out. This is read from the file on every request (never kept),
so a phone is refused the moment the facilitator ends the session or signs the person out.
"""

from __future__ import annotations

from sqlite_utils import Database

from coprod_desktop.domain.phones import PhoneDevice, PhoneRoom
from coprod_desktop.store.phone_reader import room_row

_HERE = (
    "SELECT d.id AS device_id, d.attendee_id AS device_attendee, d.current_session AS device_session, "
    "d.equalities_session AS device_equalities, r.* "
    "FROM phone_device d JOIN phone_room r ON r.session_id = d.current_session "
    "WHERE d.token_hash = ? AND r.room_open = 1 AND EXISTS (SELECT 1 FROM attendance a "
    "WHERE a.session_id = d.current_session AND a.attendee_id = d.attendee_id "
    "AND a.signed_out_at IS NULL) LIMIT 1")


class PhoneAccessReader:
    def __init__(self, db: Database) -> None:
        self.db = db

    def here(self, token_hash: str) -> tuple[PhoneDevice, PhoneRoom] | None:
        """The phone's device and its open room, or None when it is not (or no longer) in."""
        # One statement (sqlite-utils' query() adds a savepoint around each: three), as this is
        # asked on every request, and by the writer before each phone's change.
        cursor = self.db.execute(_HERE, [token_hash])
        found = cursor.fetchone()
        if found is None:
            return None
        row = dict(zip([d[0] for d in cursor.description], found, strict=True))
        device = PhoneDevice(id=row["device_id"], attendee_id=row["device_attendee"],
                             current_session=row["device_session"],
                             equalities_session=row["device_equalities"])
        return device, room_row(row)
