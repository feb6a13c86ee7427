"""The one way rows are written: inside a transaction, with before/after copies kept for undo."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from coprod_desktop.clock import Clock, iso
from coprod_desktop.domain.said import Said, params_json
from coprod_desktop.services.changes import ChangeBus, ChangeSet, Initiator, Key
from coprod_desktop.store.database import ProgrammeDatabase
from coprod_desktop.store.disk_errors import disk_problem
from coprod_desktop.store.readers import Readers
from coprod_desktop.store.tables import Table, table

Row = dict[str, Any]
HISTORY_KEEP = 500

# Tables whose primary key is not "id".
_PKS = {"setting": "key"}


def pk_of(table: str) -> str:
    return _PKS.get(table, "id")


@dataclass(frozen=True)
class RowChange:
    table: str
    key: Key
    before: Row | None
    after: Row | None

    def to_json(self) -> list[Any]:
        return [self.table, self.key, self.before, self.after]

    @classmethod
    def from_json(cls, data: list[Any]) -> RowChange:
        return cls(data[0], data[1], data[2], data[3])


class UnitOfWork:
    """Collects row changes during one service call; see `Context.change`."""

    def __init__(self, db: ProgrammeDatabase) -> None:
        self.db = db
        self.changes: list[RowChange] = []
        self.new_id: Key | None = None
        self.result: ChangeSet | None = None

    def current(self, table: str, key: Key) -> Row | None:
        found = list(self.db.query(f"SELECT * FROM [{table}] WHERE [{pk_of(table)}] = ?", [key]))
        return dict(found[0]) if found else None

    def insert(self, table: str, row: Row) -> Key:
        pk = pk_of(table)
        cursor = self.db.execute(
            f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in row)}) "
            f"VALUES ({', '.join('?' for _ in row)})",
            list(row.values()),
        )
        key = row.get(pk)
        if key is None:  # SQLite chose it
            assert cursor.lastrowid is not None
            key = cursor.lastrowid
        self.changes.append(RowChange(table, key, None, self.current(table, key)))
        return key

    def update(self, table: str, key: Key, **fields: Any) -> Row:
        before = self.current(table, key)
        if before is None:
            raise KeyError((table, key))
        if all(before.get(k) == v for k, v in fields.items()):
            return before
        sets = ", ".join(f"[{c}] = ?" for c in fields)
        self.db.execute(f"UPDATE [{table}] SET {sets} WHERE [{pk_of(table)}] = ?",
                        [*fields.values(), key])
        after = self.current(table, key)
        self.changes.append(RowChange(table, key, before, after))
        assert after is not None
        return after

    def update_many(self, table: str, fields_by_key: Mapping[Key, Mapping[str, Any]]) -> None:
        """The same as `update` for each key, in a few statements however many rows: one read
        of the rows before, one statement per set of columns changed, one read after (a drag of
        50 notes was 150 statements)."""
        keys = list(fields_by_key)
        if not keys:
            return
        before = self._rows(table, keys)
        missing = [k for k in keys if k not in before]
        if missing:
            raise KeyError((table, missing[0]))
        changed: dict[tuple[str, ...], list[list[Any]]] = {}
        for key in keys:
            fields = fields_by_key[key]
            if all(before[key].get(c) == v for c, v in fields.items()):
                continue
            columns = tuple(fields)
            changed.setdefault(columns, []).append([*fields.values(), key])
        if not changed:
            return
        pk = pk_of(table)
        for columns, params in changed.items():
            # One statement per 200 rows: the new values as a table, joined on the key.
            names = ", ".join(f"[{c}]" for c in columns)
            sets = ", ".join(f"[{c}] = (SELECT v.[{c}] FROM v WHERE v.__key = [{table}].[{pk}])"
                             for c in columns)
            row = "(" + ", ".join("?" for _ in range(len(columns) + 1)) + ")"
            for start in range(0, len(params), 200):
                chunk = params[start:start + 200]
                self.db.execute(
                    f"WITH v({names}, __key) AS (VALUES {', '.join(row for _ in chunk)}) "
                    f"UPDATE [{table}] SET {sets} WHERE [{pk}] IN (SELECT __key FROM v)",
                    [value for p in chunk for value in p])
        touched = [p[-1] for params in changed.values() for p in params]
        after = self._rows(table, touched)
        for key in touched:
            self.changes.append(RowChange(table, key, before[key], after[key]))

    def _rows(self, table: str, keys: list[Key]) -> dict[Key, Row]:
        pk = pk_of(table)
        found: dict[Key, Row] = {}
        for start in range(0, len(keys), 500):  # SQLite's limit on bound values is 999 or more
            chunk = keys[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in self.db.query(f"SELECT * FROM [{table}] WHERE [{pk}] IN ({marks})",
                                     chunk):
                found[row[pk]] = dict(row)
        return found

    def delete(self, table: str, key: Key) -> None:
        before = self.current(table, key)
        if before is None:
            return
        self.db.execute(f"DELETE FROM [{table}] WHERE [{pk_of(table)}] = ?", [key])
        self.changes.append(RowChange(table, key, before, None))

    def put(self, table: str, key: Key, row: Row | None) -> None:
        """Make the row be exactly `row` (None: absent). Used by undo and redo."""
        current = self.current(table, key)
        if row is None:
            self.delete(table, key)
        elif current is None:
            self.insert(table, row)
        else:
            changed = {k: v for k, v in row.items() if current.get(k) != v}
            if changed:
                self.update(table, key, **changed)

    def touched(self) -> dict[Table, frozenset[Key]]:
        out: dict[Table, set[Key]] = {}
        for change in self.changes:
            out.setdefault(table(change.table), set()).add(change.key)
        return {t: frozenset(keys) for t, keys in out.items()}


class Context:
    """What every service shares: the write connection, the clock, the reader and the bus."""

    def __init__(self, db: ProgrammeDatabase, clock: Clock, bus: ChangeBus) -> None:
        self.db = db
        self.clock = clock
        self.bus = bus
        self.reader = Readers(db)  # every reader over the write connection

    def now(self) -> str:
        return iso(self.clock.now())

    @contextmanager
    def change(self, label: str, *, initiator: Initiator | str = Initiator.CONSOLE,
               undoable: bool = True, session_id: int | None = None,
               bookkeeping: bool = False) -> Iterator[UnitOfWork]:
        """Run the body in one transaction; on success, record undo history and publish.

        `label` says what changed, best as a message (a `Said`, or text marked with `N_`) so the
        console can say it in its own language. `bookkeeping`: the app noting something for
        itself (what the projector shows), not an edit: the console does not announce it.

        The ChangeSet is available afterwards as `unit.result`; set `unit.new_id` to name the
        record a create made.
        """
        initiator = Initiator(initiator)  # a ValueError for anyone else
        unit = UnitOfWork(self.db)
        try:
            with self.db.atomic():
                yield unit
                revision = None
                if unit.changes and undoable:
                    revision = self._record(unit, label, initiator, session_id)
        except sqlite3.Error as exc:
            if disk_problem(exc):  # a full or failing disk: say so where people will see it
                self.bus.report_failure(label)
            raise
        result = ChangeSet(label=label, initiator=initiator, rows=unit.touched(),
                           revision_id=revision, session_id=session_id, new_id=unit.new_id,
                           bookkeeping=bookkeeping)
        unit.result = result
        if not result.empty:
            self.bus.publish(result)

    def _record(self, unit: UnitOfWork, label: str, initiator: str,
                session_id: int | None) -> int:
        # A new edit ends any redo branch, as in every editor.
        self.db.execute("DELETE FROM history WHERE undone = 1")
        payload = json.dumps([c.to_json() for c in unit.changes], ensure_ascii=False)
        # The label's key and values too (a Said), so Undo speaks the interface's language later.
        key = label.key if isinstance(label, Said) else None
        cursor = self.db.execute(
            "INSERT INTO history (session_id, label, label_key, label_params, initiator, payload, "
            "created_at, undone) VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
            [session_id, str(label), key, params_json(label), initiator, payload, self.now()])
        revision = int(cursor.lastrowid or 0)
        self.db.execute("DELETE FROM history WHERE id <= ?", [revision - HISTORY_KEEP])
        return revision
