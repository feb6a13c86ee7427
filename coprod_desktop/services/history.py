"""Undo and redo from the file itself, so they survive closing the app.

Each undoable change stored the rows as they were before and after. Undo puts the "before" rows
back, redo the "after" rows, but only while the rows are still as that change left them; if a phone
or another edit changed them since, the step is refused rather than overwriting newer work.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from coprod_desktop.domain.errors import ConflictError, NotFoundError
from coprod_desktop.domain.said import Said, from_kept, ours
from coprod_desktop.i18n import N_
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet, Initiator
from coprod_desktop.services.unit_of_work import RowChange, UnitOfWork


@dataclass(frozen=True)
class Revision:
    id: int
    label: str  # a Said when the step kept its label's key (see store/schema_history_labels.py)
    undone: bool
    session_id: int | None


class HistoryService(Service):
    def revisions(self, limit: int = 200) -> list[Revision]:
        """The most recent undoable steps, oldest first (the order of an undo stack)."""
        rows = list(self.ctx.db.query(
            "SELECT id, label, label_key, label_params, undone, session_id FROM history "
            "ORDER BY id DESC LIMIT ?", [limit]))
        return [Revision(r["id"], from_kept(r["label"], r["label_key"], r["label_params"]),
                         bool(r["undone"]), r["session_id"])
                for r in reversed(rows)]

    def undo(self, revision_id: int) -> ChangeSet:
        return self._step(revision_id, undo=True)

    def redo(self, revision_id: int) -> ChangeSet:
        return self._step(revision_id, undo=False)

    def _step(self, revision_id: int, *, undo: bool) -> ChangeSet:
        found = list(self.ctx.db.query("SELECT * FROM history WHERE id = ?", [revision_id]))
        if not found:
            raise NotFoundError(N_("That step is too old to undo."))
        row = found[0]
        if bool(row["undone"]) == undo:
            key = N_("‘%(label)s’ is already undone.") if undo else N_("‘%(label)s’ is already done.")
            step = from_kept(row["label"], row["label_key"], row["label_params"])
            raise ConflictError(Said.of(key, label=ours(step)))
        changes = [RowChange.from_json(c) for c in json.loads(row["payload"])]
        step = from_kept(row["label"], row["label_key"], row["label_params"])
        said = Said.of(N_("Undo %(step)s") if undo else N_("Redo %(step)s"), step=step)
        try:
            with self.ctx.change(said, initiator=Initiator.CONSOLE, undoable=False,
                                 session_id=row["session_id"]) as unit:
                ordered = reversed(changes) if undo else changes
                for change in ordered:
                    expected = change.after if undo else change.before
                    target = change.before if undo else change.after
                    self._check_unchanged(unit, change, expected, ours(step))
                    unit.put(change.table, change.key, target)
                self.ctx.db.execute("UPDATE history SET undone = ? WHERE id = ?",
                                    [int(undo), revision_id])
        except sqlite3.IntegrityError:
            # Something added since (say, dots cast from phones in a vote this step opened) still
            # needs what the step would take away. The transaction is rolled back whole.
            raise ConflictError(Said.of(
                N_("‘%(label)s’ cannot be undone: something added since depends on it. Nothing "
                   "has been altered.") if undo else
                N_("‘%(label)s’ cannot be redone: something added since depends on it. Nothing "
                   "has been altered."), label=ours(step))) from None
        return self.done(unit)

    @staticmethod
    def _check_unchanged(unit: UnitOfWork, change: RowChange, expected: dict | None,
                         label: str) -> None:
        # Rows touched more than once in one step are checked only on their first visit.
        if any(c.table == change.table and c.key == change.key for c in unit.changes):
            return
        if unit.current(change.table, change.key) != expected:
            raise ConflictError(
                Said.of(N_("‘%(label)s’ cannot be undone or redone: what it changed has been changed again "
                           "since. Nothing has been altered."), label=label))

    def forget(self) -> None:
        """Drop all undo history (after building the demo, or when the facilitator asks)."""
        with self.ctx.db.atomic():
            self.ctx.db.execute("DELETE FROM history")
