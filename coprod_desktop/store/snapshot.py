"""The one way to read the programme without writing: a read-only connection, and snapshots.

A snapshot is one read transaction: every query inside it sees the file as it was when the
snapshot began, whatever the app or the phones write meanwhile. Exports, `coprod info` and the
phone pages' answers that read several things read inside one, so a handout never mixes two
states of the programme (a note counted on one page and missing from its group on the next).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from coprod_desktop.store.connection import configure, database
from coprod_desktop.store.database import Params, ProgrammeDatabase, Queries

Db = TypeVar("Db", bound=Queries)


def read_only_uri(path: Path) -> str:
    """SQLite's address for reading `path` only. A Windows network path (\\\\server\\share\\…)
    is "file://server/share/…" to Python, an address SQLite refuses ("invalid uri authority"):
    SQLite takes it with an empty authority and the server in the path, "file:////server/…"."""
    return f"{for_sqlite(Path(path).resolve().as_uri())}?mode=ro"


def for_sqlite(uri: str) -> str:
    """A file address as Python writes it, as SQLite takes it (see read_only_uri)."""
    if uri.startswith("file://") and not uri.startswith("file:///"):
        return "file:////" + uri[len("file://"):]
    return uri


def open_read_only(path: Path, *, any_thread: bool = True) -> ProgrammeDatabase:
    """A connection that cannot write to the file (SQLite refuses), set up like every other."""
    conn = sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=not any_thread)
    configure(conn, read_only=True)
    return database(conn)


@contextmanager
def read_snapshot(db: Db) -> Iterator[Db]:
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
def snapshot(path: Path) -> Iterator[ProgrammeDatabase]:
    """A read-only connection holding one snapshot of the file, closed afterwards."""
    db = open_read_only(path)
    try:
        with read_snapshot(db):
            yield db
    finally:
        db.close()


class QueryCache(ProgrammeDatabase):
    """A view of a connection that answers each read query once (for one export).

    An export asks for the same rows many times (a session's notes for the board, the votes,
    the stories, each table); inside a snapshot the answer cannot change, so the rows are kept
    and handed out again as fresh copies. It lives for one export and is then dropped.
    """

    def __init__(self, db: Queries) -> None:
        super().__init__(db.conn)
        self._rows: dict[tuple[str, tuple[Any, ...]], list[dict[str, Any]]] = {}
        self._tables: list[str] | None = None

    def query(self, sql: str, params: Params = None) -> Generator[dict[str, Any], None, None]:
        key = (sql, _frozen(params))
        rows = self._rows.get(key)
        if rows is None:
            rows = self._rows[key] = [dict(r) for r in super().query(sql, params)]
        return (dict(r) for r in rows)

    def table_names(self) -> list[str]:
        if self._tables is None:
            self._tables = super().table_names()
        return list(self._tables)


def _frozen(params: Params) -> tuple[Any, ...]:
    if params is None:
        return ()
    if isinstance(params, dict):
        return tuple(sorted(params.items()))
    return tuple(params)
