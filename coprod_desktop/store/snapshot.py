"""The one way to read the programme without writing: a read-only connection, and snapshots.

A snapshot is one read transaction: every query inside it sees the file as it was when the
snapshot began, whatever the app or the phones write meanwhile. Exports, `coprod info` and the
phone pages' answers that read several things read inside one, so a handout never mixes two
states of the programme (a note counted on one page and missing from its group on the next).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from coprod_desktop.store.connection import configure


def open_read_only(path: Path, *, any_thread: bool = True) -> Database:
    """A connection that cannot write to the file (SQLite refuses), set up like every other."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                           check_same_thread=not any_thread)
    configure(conn, read_only=True)
    return Database(conn)


@contextmanager
def read_snapshot(db: Database) -> Iterator[Database]:
    """Hold one read transaction on `db` for the block (nested blocks share the outer one)."""
    conn = db.conn
    if conn.in_transaction:
        yield db
        return
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
        yield db
    finally:
        conn.rollback()


@contextmanager
def snapshot(path: Path) -> Iterator[Database]:
    """A read-only connection holding one snapshot of the file, closed afterwards."""
    db = open_read_only(path)
    try:
        with read_snapshot(db):
            yield db
    finally:
        db.close()
