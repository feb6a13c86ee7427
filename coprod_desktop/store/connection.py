"""How every connection to a programme file is set up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from coprod_desktop.store.database import ProgrammeDatabase

__all__ = ["configure", "database"]


def database(target: sqlite3.Connection | Path) -> ProgrammeDatabase:
    """A programme connection over `target` (a connection, or a file to connect to): plain
    sqlite3 for reads, sqlite-utils made on first use for writes (store/database.py)."""
    conn = target if isinstance(target, sqlite3.Connection) else sqlite3.connect(str(target))
    return ProgrammeDatabase(conn)


def configure(conn: sqlite3.Connection, *, read_only: bool = False) -> None:
    """Settings every connection gets: each committed change is on disk when the call returns."""
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
