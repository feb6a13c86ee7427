"""Changes run together in one transaction (services/grouped_writes.py), on a real file: a call
that fails is undone alone, a commit that fails fails them all and announces none, and a call
that loses the transaction takes only the calls before it with it."""

from __future__ import annotations

import sqlite3

import pytest

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.services import Services
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.services.grouped_writes import run_together


def note_texts(services: Services) -> list[str]:
    """What the file holds, read by a connection of its own."""
    reader = services.file.read_connection()
    try:
        return [row[0] for row in reader.execute("SELECT text FROM note ORDER BY id")]
    finally:
        reader.close()


@pytest.fixture
def heard(services: Services) -> tuple[list[ChangeSet], list[str]]:
    changes: list[ChangeSet] = []
    failures: list[str] = []
    services.bus.subscribe(changes.append)
    services.bus.on_failure(failures.append)
    return changes, failures


def add(services: Services, session_id: int, text: str):  # type: ignore[no-untyped-def]
    return lambda: services.notes.add_note(session_id, text)


def test_a_refused_call_is_undone_alone(services: Services, session_id: int,
                                        heard: tuple[list[ChangeSet], list[str]]) -> None:
    db = services.file.db

    def writes_then_refuses() -> None:
        with db.atomic():  # as change() does: the refusal comes after the row is written
            db.execute("INSERT INTO note (session_id, text) VALUES (?, 'Half done')",
                       [session_id])
            raise ValidationError("Not this one.")

    outcomes = run_together(db, services.bus, [add(services, session_id, "First"),
                                               writes_then_refuses,
                                               add(services, session_id, "Third")])
    assert [o.error is None for o in outcomes] == [True, False, True]
    assert isinstance(outcomes[1].error, ValidationError)
    assert note_texts(services) == ["First", "Third"]
    changes, failures = heard
    assert [c.new_id for c in changes] == [outcomes[0].result.new_id, outcomes[2].result.new_id]
    assert failures == []


def test_a_failed_commit_fails_every_call_and_announces_none(
        services: Services, session_id: int, heard: tuple[list[ChangeSet], list[str]]) -> None:
    db = services.file.db

    def breaks_the_commit() -> None:
        # SQLite checks a deferred foreign key only at COMMIT, which then refuses the whole
        # transaction: a real commit-time failure, like a disk that fills as the log is written.
        with db.atomic():
            db.execute("PRAGMA defer_foreign_keys = ON")
            db.execute("INSERT INTO note (session_id, text) VALUES (987654, 'Orphan')")

    outcomes = run_together(db, services.bus, [add(services, session_id, "First"),
                                               breaks_the_commit,
                                               add(services, session_id, "Third")])
    assert all(isinstance(o.error, sqlite3.IntegrityError) for o in outcomes)
    assert note_texts(services) == []
    changes, failures = heard
    assert changes == [] and len(failures) == 2  # the console hears of both notes not saved
    assert not db.conn.in_transaction
    after = run_together(db, services.bus, [add(services, session_id, "Later"),
                                            add(services, session_id, "Later too")])
    assert [o.error for o in after] == [None, None]
    assert note_texts(services) == ["Later", "Later too"]


def test_a_call_that_loses_the_transaction_takes_only_those_before_it(
        services: Services, session_id: int, heard: tuple[list[ChangeSet], list[str]]) -> None:
    db = services.file.db

    def loses_it() -> None:
        # What SQLite does after some disk errors: the whole transaction is rolled back.
        db.execute("ROLLBACK")
        raise sqlite3.OperationalError("disk I/O error")

    outcomes = run_together(db, services.bus, [add(services, session_id, "Before"), loses_it,
                                               add(services, session_id, "After")])
    assert [type(o.error) for o in outcomes] == [sqlite3.OperationalError,
                                                  sqlite3.OperationalError, type(None)]
    assert note_texts(services) == ["After"]
    changes, failures = heard
    assert [c.new_id for c in changes] == [outcomes[2].result.new_id] and len(failures) == 1
