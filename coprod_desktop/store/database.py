"""The programme's connection: plain sqlite3 for rows, sqlite-utils made when the schema needs it.

The services read and write rows with plain SQL (store/*_reader.py, services/unit_of_work.py), so
a programme opens, draws and notes what its projector shows without importing sqlite-utils
(issue 18: with click, dateutil and pluggy it was a third of an opened programme's imports).
This class does for those statements what sqlite-utils' `Database` did, the same way:

- `query` runs a statement that begins with SELECT on its own (it cannot change the file;
  sqlite-utils 4 wraps each read in a SAVEPOINT and RELEASE: three statements a read);
- `execute` commits a row write made outside a transaction at once, and rolls back one that
  failed, so no implicit transaction is left open to capture later writes;
- `atomic` is one transaction for a block, a savepoint inside another.

Everything else goes to `utils`, the sqlite-utils `Database` over the same connection, made (and
imported) the first time something needs it: the migrations and any other schema change
(CREATE, ALTER…), a table object (`db["note"]`, `tables`: foreign keys, indexes, inserts by
dictionary), and a query that is not a plain SELECT (its guard refuses a write by mistake).
"""

from __future__ import annotations

import itertools
import re
import sqlite3
from collections.abc import Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table, View

__all__ = ["Params", "ProgrammeDatabase", "Queries", "is_plain_select", "plain_select",
           "unique_keys"]

Params = Sequence[Any] | dict[str, Any] | None

_PLAIN_SELECT = re.compile(r"\s*SELECT\b", re.IGNORECASE)
# Statements `execute` runs itself: reads, and row writes (never a schema change or BEGIN/COMMIT).
_ROW_STATEMENT = re.compile(r"\s*(SELECT|PRAGMA|WITH|INSERT|UPDATE|DELETE|REPLACE)\b",
                            re.IGNORECASE)
_RETURNING = re.compile(r"\bRETURNING\b", re.IGNORECASE)
_savepoints = itertools.count(1)


class Queries(Protocol):
    """The read side of a programme connection: all a reader needs (store/*_reader.py)."""

    @property
    def conn(self) -> sqlite3.Connection: ...

    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]: ...

    def execute(self, sql: str, params: Params = None) -> sqlite3.Cursor: ...

    def table_names(self) -> list[str]: ...

    def columns(self, table: str) -> list[str]: ...

    def close(self) -> None: ...


def unique_keys(names: Iterable[str]) -> list[str]:
    """A row's column names with repeats told apart as sqlite-utils does (`text`, `text_2`):
    a later repeat takes the first free `_N` suffix, N from 2, that no other column has."""
    names = list(names)
    taken = set(names)
    if len(taken) == len(names):
        return names
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        if name in seen:
            number = 2
            while f"{name}_{number}" in taken:
                number += 1
            name = f"{name}_{number}"
            taken.add(name)
        seen.add(name)
        out.append(name)
    return out


def is_plain_select(sql: str) -> bool:
    """A statement that begins with SELECT (no comment or WITH before it): it cannot write."""
    return _PLAIN_SELECT.match(sql) is not None


def plain_select(conn: sqlite3.Connection, sql: str, params: Params
                 ) -> Generator[dict[str, Any], None, None]:
    """The rows of a plain SELECT, run as one statement (the rows are read as they are used)."""
    cursor = conn.execute(sql) if params is None else conn.execute(sql, params)
    names = tuple([d[0] for d in cursor.description])
    keys = _row_keys.get(names)
    if keys is None:  # each statement's columns are told apart once, not for every query
        if len(_row_keys) >= 4096:
            _row_keys.clear()
        keys = _row_keys[names] = tuple(unique_keys(names))
    return (dict(zip(keys, row, strict=True)) for row in cursor)


_row_keys: dict[tuple[str, ...], tuple[str, ...]] = {}


class ProgrammeDatabase:
    """One connection to a programme file (see the module's note). Satisfies `Queries`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        # What sqlite-utils sets on every connection it wraps: the same from the first statement,
        # whether or not `utils` is ever made.
        conn.execute("PRAGMA recursive_triggers = on")

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    @cached_property
    def utils(self) -> Database:
        """The sqlite-utils `Database` over this connection (imported on first use)."""
        from coprod_desktop.store.utils_database import utils_database

        return utils_database(self._conn)

    # Reads: plain sqlite3
    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]:
        if is_plain_select(sql):
            return plain_select(self._conn, sql, params)
        return self.utils.query(sql, params)

    def execute(self, sql: str, params: Params = None) -> sqlite3.Cursor:
        """Run one statement. A row write outside a transaction is committed when it returns
        (a failed one rolled back); inside `atomic`, it is part of that transaction."""
        if not _ROW_STATEMENT.match(sql):
            return self.utils.execute(sql, params)
        conn = self._conn
        was_open = conn.in_transaction
        if not was_open and _RETURNING.search(sql):
            # Its rows must be read before the COMMIT: inside atomic() the caller reads them.
            raise ValueError("A write with RETURNING runs inside atomic(), which commits it.")
        try:
            cursor = conn.execute(sql) if params is None else conn.execute(sql, params)
        except Exception:
            if not was_open and conn.in_transaction:  # the sqlite3 module began one for it
                conn.execute("ROLLBACK")
            raise
        if not was_open and conn.in_transaction and cursor.description is None:
            conn.execute("COMMIT")
        return cursor

    def table_names(self) -> list[str]:
        return [r[0] for r in self._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]

    def columns(self, table: str) -> list[str]:
        """The names of a table's columns, in order ([] if there is no such table)."""
        return [r[1] for r in self._conn.execute("SELECT * FROM pragma_table_info(?)", [table])]

    def close(self) -> None:
        self._conn.close()

    @contextmanager
    def atomic(self) -> Iterator[ProgrammeDatabase]:
        """One transaction for the block, committed at its end and rolled back if it raises;
        inside another, a savepoint (rolled back alone). sqlite-utils' `atomic` on the same
        connection nests the same way, inside or around it."""
        conn = self._conn
        if not conn.in_transaction:
            conn.execute("BEGIN")
            try:
                yield self
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:  # an error may have ended it already
                    conn.execute("ROLLBACK")
                raise
            return
        savepoint = f"coprod_{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {savepoint}")
        try:
            yield self
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        conn.execute(f"RELEASE SAVEPOINT {savepoint}")

    # The schema and table objects: sqlite-utils

    def __getitem__(self, name: str) -> Table | View:
        return self.utils[name]

    def table(self, name: str) -> Table:
        return self.utils.table(name)

    @property
    def tables(self) -> list[Table]:
        return self.utils.tables
