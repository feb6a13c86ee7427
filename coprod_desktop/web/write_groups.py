"""Phone writes that arrive while the writer is busy go to it together, as one job.

A room of phones sends notes faster than the writer can sync each to disk on its own. The first
write goes straight to the writer; every write that arrives while that job runs waits for the
next, which carries all of them and saves them in one transaction with one sync of the log
(services/grouped_writes.py). Each phone is still answered only once its own change is on disk,
and a change that is refused is refused alone. A quiet room sees no difference: a lone write
is a job of its own, as before, and nothing waits on a timer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from coprod_desktop.services.grouped_writes import Outcome
from coprod_desktop.web.bridge import WriteBridge

T = TypeVar("T")
Waiting = tuple[Callable[[], Any], Future[Any]]
RunTogether = Callable[[list[Callable[[], Any]]], list[Outcome]]


class WriteGroups:
    """Hands writes to `bridge` one group at a time; `together` runs a group on the writer."""

    def __init__(self, bridge: WriteBridge, together: RunTogether) -> None:
        self.bridge = bridge
        self.together = together
        self.groups = 0  # jobs handed to the writer, and the writes they carried (for benchmarks)
        self.writes = 0
        self._lock = threading.Lock()
        self._waiting: list[Waiting] = []
        self._busy = False

    @property
    def waiting(self) -> int:
        """Writes waiting for the group before theirs to be saved."""
        with self._lock:
            return len(self._waiting)

    def submit(self, call: Callable[[], T]) -> Future[T]:
        """Run `call` on the writer with whatever else is waiting; the future holds its result
        or its exception, once the transaction that holds it is committed."""
        future: Future[T] = Future()
        with self._lock:
            self._waiting.append((call, future))
            if self._busy:
                return future
            self._busy = True
        self._send_next()
        return future

    def _send_next(self) -> None:
        with self._lock:
            group, self._waiting = self._waiting, []
            if not group:
                self._busy = False
                return
            self.groups += 1
            self.writes += len(group)
        job = self.bridge.submit(lambda: self._run(group))
        job.add_done_callback(lambda done: self._finished(group, done))

    def _run(self, group: list[Waiting]) -> None:
        """On the writer's thread: run the group, then answer each write."""
        live = [(call, future) for call, future in group if future.set_running_or_notify_cancel()]
        outcomes = self.together([call for call, _ in live])
        for (_, future), outcome in zip(live, outcomes, strict=True):
            if outcome.error is None:
                future.set_result(outcome.result)
            else:
                future.set_exception(outcome.error)

    def _finished(self, group: list[Waiting], job: Future[None]) -> None:
        """The job is over (on whichever thread ended it): answer any write it could not run
        (the programme closed, the job failed as a whole), then send the next group."""
        error = (job.exception() if not job.cancelled() else None) or RuntimeError(
            "The write was not run.")
        for _, future in group:
            if not future.done() and (future.running() or future.set_running_or_notify_cancel()):
                future.set_exception(error)
        self._send_next()
