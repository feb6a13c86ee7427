"""How every connection to a programme file is set up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from coprod_desktop.store.database import ProgrammeDatabase

__all__ = ["configure", "database"]


def database(target: sqlite3.Connection | Path) -> Database:
    """A sqlite-utils `Database` over `target` whose plain SELECTs cost one statement
    (store/database.py), without sqlite-utils plugins: nothing another installed package
    registers runs on a programme's connections (and opening a file does not scan every installed
    package's entry points for them)."""
    return ProgrammeDatabase(target, execute_plugins=False)


def configure(conn: sqlite3.Connection, *, read_only: bool = False) -> None:
    """Settings every connection gets: each committed change is on disk when the call returns."""
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
