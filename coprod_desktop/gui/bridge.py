"""The Qt side of the write bridge: the phone server's writes run on the GUI thread.

The server thread emits a queued signal carrying the call and a future; the GUI thread runs the
call between its other events and fills the future. The server awaits the future, so neither
thread ever waits for the other.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from coprod_desktop.i18n import _

T = TypeVar("T")


class BridgeClosed(RuntimeError):
    pass


def fail_pending(pending: set[Future[Any]]) -> None:
    """Answer every write still waiting for the GUI thread (the programme is closing)."""
    for future in list(pending):
        if future.set_running_or_notify_cancel():
            future.set_exception(BridgeClosed(_("The programme has been closed.")))


class QtBridge(QObject):
    _job = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job.connect(self._run, Qt.ConnectionType.QueuedConnection)
        self.jobs = 0
        self.longest_s = 0.0
        self.pending: set[Future[Any]] = set()
        self.closed = False

    def submit(self, call: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        if self.closed:
            future.set_exception(BridgeClosed(_("The programme has been closed.")))
            return future
        self.pending.add(future)
        future.add_done_callback(self.pending.discard)
        self._job.emit((call, future))
        return future

    @Slot(object)
    def _run(self, job: tuple[Callable[[], Any], Future[Any]]) -> None:
        call, future = job
        if not future.set_running_or_notify_cancel():
            return
        started = time.perf_counter()
        try:
            result = call()
        except BaseException as exc:  # handed to the server thread, which shows a page
            future.set_exception(exc)
        else:
            future.set_result(result)
        finally:
            self.jobs += 1
            self.longest_s = max(self.longest_s, time.perf_counter() - started)
