"""Open a programme file for exporting, even while the app has it open.

Exporting only reads. If the app holds the file (or the file is read-only), a read-only
connection is enough, as long as the file is ours and already at this version's schema
(bringing an older file up to date needs the write lock).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from coprod_desktop.store import errors
from coprod_desktop.store.header import APPLICATION_ID, read_header
from coprod_desktop.store.programme_file import ProgrammeFile, configure
from coprod_desktop.store.reader import Reader
from coprod_desktop.store.schema import schema_version


@contextmanager
def reading(path: Path) -> Iterator[Reader]:
    """A Reader over the programme at `path`, closed (and unlocked) afterwards."""
    path = Path(path)
    try:
        file = ProgrammeFile.open(path)
    except (errors.FileInUse, errors.ReadOnlyFile) as refused:
        db = _read_only(path, refused)
        try:
            yield Reader(db)
        finally:
            db.close()
        return
    try:
        yield Reader(file.db)
    finally:
        file.close()


def _read_only(path: Path, refused: errors.FileRefused) -> Database:
    if read_header(path) is None:
        raise refused
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        configure(conn, read_only=True)
        # Asked through SQLite, not from the header: the app's latest writes may be in the WAL.
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("SELECT count(*) FROM programme").fetchone()
    except sqlite3.Error:
        raise refused from None
    if app_id != APPLICATION_ID or version != schema_version():
        conn.close()
        raise refused
    return Database(conn)
