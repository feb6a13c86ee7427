"""How every connection to a programme file is set up."""

from __future__ import annotations

import sqlite3

__all__ = ["configure"]


def configure(conn: sqlite3.Connection, *, read_only: bool = False) -> None:
    """Settings every connection gets: each committed change is on disk when the call returns."""
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
