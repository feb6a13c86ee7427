"""The readers' bundle: every reader over one connection, one snapshot for all of them."""

from __future__ import annotations

import sqlite3

import pytest

from coprod_desktop.domain.phones import device_hash
from coprod_desktop.services import Services
from coprod_desktop.store.readers import Readers


def test_every_reader_shares_the_bundles_connection(services: Services) -> None:
    read = services.read
    assert isinstance(read, Readers)
    subjects = [read.agenda, read.board, read.exports, read.invitations, read.levelling,
                read.outcomes, read.payments, read.people, read.phones, read.phone_stories,
                read.privacy, read.plan, read.reach, read.room_questions]
    assert {id(r.db) for r in subjects} == {id(services.file.db)}
    assert read.people is read.people  # made once, on first use


def test_a_snapshot_holds_for_every_reader(services: Services, session_id: int) -> None:
    readers = services.open_readers()
    try:
        with readers.snapshot() as seen:
            before = len(seen.people.attendees())
            services.people.sign_in_attendee(session_id, name="Priya", group="Parent or carer")
            assert len(seen.people.attendees()) == before  # the write came after it began
            assert seen.present(session_id) == []
        assert [p.name for p in readers.present(session_id)] == ["Priya"]
    finally:
        readers.close()


def test_readers_opened_on_a_path_cannot_write(services: Services) -> None:
    readers = Readers.open(services.file.path)
    try:
        with pytest.raises(sqlite3.OperationalError):
            readers.db.execute("DELETE FROM attendee")
    finally:
        readers.close()


def test_the_signed_in_rule_follows_sign_out(services: Services, session_id: int) -> None:
    services.phones.open_sign_in(session_id)
    room = services.read.phones.room(session_id)
    assert room is not None
    change = services.phones.sign_in(room.token, "d" * 32, name="Sam", group="young person")
    key = device_hash("d" * 32)
    found = services.read.phones.signed_in(key)
    assert found is not None and found[0].attendee_id == change.new_id
    services.phones.leave("d" * 32)
    assert services.read.phones.signed_in(key) is None
    assert services.read.phones.signed_in(device_hash("e" * 32)) is None
