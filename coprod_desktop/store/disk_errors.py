"""Telling a refusal by the disk (full, failing, read-only) from a mistake in a request."""

from __future__ import annotations

import sqlite3

# SQLite's primary result codes that mean the disk, not the request, is at fault.
_DISK_CODES = frozenset({sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_READONLY,
                         sqlite3.SQLITE_CANTOPEN})


def disk_problem(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(exc, sqlite3.Error) and code is not None and code & 0xFF in _DISK_CODES
