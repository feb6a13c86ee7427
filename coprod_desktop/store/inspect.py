"""A read-only summary of a programme file, for `coprod info` and support staff."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from coprod_desktop.store.programme_file import check_file
from coprod_desktop.store.reader import Reader


def describe(path: Path) -> str:
    """Check the file as opening it would, then read it without writing (no lock, no migration)."""
    check_file(path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        reader = Reader(Database(conn))
        programme = reader.programme()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        counts = reader.counts()
    finally:
        conn.close()
    lines = [
        f"Programme:       {programme.title}",
        f"Organisation:    {programme.organisation or '-'}",
        f"Schema version:  {version}",
        f"Sessions:        {counts['sessions']}",
        f"Attendees:       {counts['attendees']}",
        f"Notes:           {counts['notes']}",
    ]
    return "\n".join(lines)
