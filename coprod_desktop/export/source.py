"""Open a programme file for exporting, even while the app has it open.

Exporting only reads. If the app holds the file (or the file is read-only), a read-only
connection is enough, as long as the file is ours and already at this version's schema
(bringing an older file up to date needs the write lock).
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from coprod_desktop.services import Services
from coprod_desktop.services.recovery import finish_on_open
from coprod_desktop.store import errors
from coprod_desktop.store.connection import database
from coprod_desktop.store.database import ProgrammeDatabase
from coprod_desktop.store.header import APPLICATION_ID, read_header
from coprod_desktop.store.programme_file import ProgrammeFile
from coprod_desktop.store.readers import Readers
from coprod_desktop.store.schema import schema_version
from coprod_desktop.store.snapshot import open_read_only, snapshot


@contextmanager
def reading(path: Path) -> Iterator[Readers]:
    """Every reader (a `Readers`) over one snapshot of the programme at `path` (see store.snapshot).

    When nobody else has the file open, it is opened properly first: brought up to this
    version's schema, and anything a crash left part-done is finished (services.recovery)."""
    path = Path(path)
    try:
        file = ProgrammeFile.open(path)
    except (errors.FileInUse, errors.ReadOnlyFile) as refused:
        _read_only(path, refused).close()
        with snapshot(path) as db:
            yield Readers(db)
        return
    try:
        for line in finish_on_open(Services(file)):
            print(line, file=sys.stderr)
        with file.snapshot() as db:
            yield Readers(db)
    finally:
        file.close()


@contextmanager
def writing(path: Path) -> Iterator[ProgrammeDatabase | None]:
    """The programme's write connection, or None when the app has it open (or it is read-only)."""
    try:
        file = ProgrammeFile.open(Path(path))
    except (errors.FileInUse, errors.ReadOnlyFile):
        yield None
        return
    try:
        yield file.db
    finally:
        file.close()


def _read_only(path: Path, refused: errors.FileRefused) -> ProgrammeDatabase:
    if read_header(path) is None:
        raise refused
    try:
        conn = open_read_only(path).conn
        # Asked through SQLite, not from the header: the app's latest writes may be in the WAL.
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("SELECT count(*) FROM programme").fetchone()
    except sqlite3.Error:
        raise refused from None
    if app_id != APPLICATION_ID or version != schema_version():
        conn.close()
        raise refused
    return database(conn)
