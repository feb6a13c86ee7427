"""A writer thread for running without a window (`coprod serve`, tests, the benchmark).

Everything that touches the write connection, including opening the file, runs on this one
thread. It also measures how long each job holds the thread: the stall a GUI would feel.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


class ThreadBridge:
    def __init__(self, name: str = "coprod-writer") -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._lock = threading.Lock()
        self.jobs = 0
        self.longest_s = 0.0
        self.total_s = 0.0

    def submit(self, call: Callable[[], T]) -> Future[T]:
        return self._pool.submit(self._timed, call)

    def call(self, call: Callable[[], T]) -> T:
        """Run on the writer thread and wait (for setting up and tests)."""
        return self.submit(call).result()

    def _timed(self, call: Callable[[], T]) -> T:
        started = time.perf_counter()
        try:
            return call()
        finally:
            took = time.perf_counter() - started
            with self._lock:
                self.jobs += 1
                self.total_s += took
                self.longest_s = max(self.longest_s, took)

    def reset_stats(self) -> None:
        with self._lock:
            self.jobs, self.longest_s, self.total_s = 0, 0.0, 0.0

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
