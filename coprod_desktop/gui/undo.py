"""Console undo/redo: a QUndoStack whose commands replay the file's own history.

Every console edit is a service call; the service records a revision in the file. The adapter pushes
one QUndoCommand per revision, so undo survives closing the app: on opening, the stack is rebuilt
from the file without re-running anything.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.gui.kit.said_text import said_label
from coprod_desktop.services import ChangeSet, Services, save_refused

log = logging.getLogger(__name__)


class HistoryCommand(QUndoCommand):
    def __init__(self, adapter: UndoAdapter, revision_id: int, label: str) -> None:
        # The text ends up in menu items, where a lone "&" (as in "Paul & Tracy") would vanish.
        super().__init__(said_label(label).replace("&", "&&"))
        self._adapter = adapter
        self.revision_id = revision_id
        self._skip_next_redo = True  # pushed after the service already applied it

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._adapter._step(self, undo=False)

    def undo(self) -> None:
        self._adapter._step(self, undo=True)


class UndoAdapter(QObject):
    """Runs console edits and keeps the undo stack in step with the file's history."""

    # A message for the facilitator, e.g. shown in the status bar: `object`, so a service's
    # message as data (domain.said.Said) arrives whole and is said in the interface's language.
    error = Signal(object)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(0)
        self._replaying = False

    def run(self, apply: Callable[[], ChangeSet], *,
            on_error: Callable[[CoprodError], object] | None = None) -> ChangeSet | None:
        """Call a service; on success put its revision on the stack.

        A refusal goes to `on_error` when given (a dialog showing it by the field), else to the
        `error` signal (the status bar).
        """
        try:
            change = apply()
        except CoprodError as exc:
            if on_error is not None:
                on_error(exc)
            else:
                self.error.emit(exc.message)
            return None
        except Exception as exc:
            if not save_refused(exc):
                raise
            return None  # the disk refused it: the save banner says so, and nothing was kept
        if change.revision_id is not None:
            self.stack.push(HistoryCommand(self, change.revision_id, change.label))
        return change

    def restore(self) -> None:
        """Rebuild the stack from the file (after opening it)."""
        self._replaying = True
        try:
            self.stack.clear()
            revisions = self.services.history.revisions()
            for revision in revisions:
                self.stack.push(HistoryCommand(self, revision.id, revision.label))
            for revision in reversed(revisions):
                if not revision.undone:
                    break
                self.stack.undo()
        finally:
            self._replaying = False
        self.stack.setClean()

    def _step(self, command: HistoryCommand, *, undo: bool) -> None:
        if self._replaying:
            return
        action = self.services.history.undo if undo else self.services.history.redo
        try:
            action(command.revision_id)
        except CoprodError as exc:
            command.setObsolete(True)  # Qt drops a step that can no longer be replayed
            self.error.emit(exc.message)
        except Exception as exc:
            if not save_refused(exc):
                raise
            # The disk refused it (the save banner says so): Qt has already moved its stack,
            # the file has not; the stack is made again from the file once Qt is done.
            QTimer.singleShot(0, self, self.restore)
