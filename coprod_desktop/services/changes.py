"""What a change touched, and who hears about it. Views refresh only what a ChangeSet names.

Its keys are table names (store.tables.Table); who started it is an Initiator.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from coprod_desktop.store.tables import Table, table

log = logging.getLogger(__name__)

Key = int | str


class Initiator(StrEnum):
    """Who started a change: the facilitator at the console (undoable) or a phone (not)."""

    CONSOLE = "console"
    PHONE = "phone"


@dataclass(frozen=True)
class ChangeSet:
    """A small record of one committed change: a label, who started it, and the rows it touched."""

    label: str
    initiator: Initiator
    rows: Mapping[Table, frozenset[Key]] = field(default_factory=dict)
    revision_id: int | None = None
    session_id: int | None = None
    new_id: Key | None = None
    bookkeeping: bool = False  # the app noting something for itself, not an edit to announce

    def touches(self, *tables: Table | str) -> bool:
        return any(table(t) in self.rows for t in tables)

    def ids(self, name: Table | str) -> frozenset[Key]:
        return self.rows.get(table(name), frozenset())

    @property
    def empty(self) -> bool:
        return not self.rows


Listener = Callable[[ChangeSet], None]


class ChangeBus:
    """Delivers each ChangeSet to every listener, after the change is safely committed."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._failures: list[Callable[[str], None]] = []
        self._gone: list[Callable[[bool], None]] = []
        self._held: list[list[ChangeSet]] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def on_failure(self, listener: Callable[[str], None]) -> Callable[[], None]:
        """Hear of a change the disk refused (its label): nothing of it was saved."""
        self._failures.append(listener)
        return lambda: self._failures.remove(listener) if listener in self._failures else None

    def report_failure(self, label: str) -> None:
        for listener in list(self._failures):
            try:
                listener(label)
            except Exception:
                log.exception("A listener failed while hearing of a failed save")

    def on_file_gone(self, listener: Callable[[bool], None]) -> Callable[[], None]:
        """Hear whether the programme's file is where it was opened, after each change while it
        is not (True) and once when it is back (False): while it is gone, changes still go to
        the open file, which no folder holds."""
        self._gone.append(listener)
        return lambda: self._gone.remove(listener) if listener in self._gone else None

    def report_file_gone(self, gone: bool = True) -> None:
        for listener in list(self._gone):
            try:
                listener(gone)
            except Exception:
                log.exception("A listener failed while hearing where the file is")

    @contextlib.contextmanager
    def held(self) -> Iterator[list[ChangeSet]]:
        """Keep what is published inside the block instead of delivering it: for changes made
        inside an outer transaction (services/grouped_writes.py), whose caller delivers them once
        that commits, or drops them if it does not."""
        kept: list[ChangeSet] = []
        self._held.append(kept)
        try:
            yield kept
        finally:
            self._held.remove(kept)

    def publish(self, change: ChangeSet) -> None:
        if self._held:
            self._held[-1].append(change)
            return
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:  # a broken view must not undo a saved change
                log.exception("A listener failed while handling %r", change.label)
