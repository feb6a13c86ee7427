"""Copying the write-ahead log into the file on a thread of its own, not the writer's.

SQLite's own habit is to do it inside a commit: the commit that takes the log past 1,000 pages
also copies the log into the file and syncs the file, on whatever thread committed, which for a
programme is the GUI thread. Here the write connection leaves that to a small thread with its own
connection, which copies whatever the log holds once the log has changed (a PASSIVE checkpoint:
it never waits for, nor holds up, the writer or a reader), looking twice a second. It runs only
while there is writing: the services nudge it after every change they publish, and it ends
after a few looks that find nothing new. Should it fall behind, SQLite's own habit comes back at
a far larger log (SAFETY_PAGES). Nothing about durability changes: a commit is on disk once its
log frames are synced, before and after this; the file still closes with a whole checkpoint.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from pathlib import Path

log = logging.getLogger(__name__)

__all__ = ["Checkpointer"]

LOOK_EVERY_S = 0.5  # how often the thread looks at the log's size and time
IDLE_LOOKS = 4  # looks that find nothing new before the thread ends (until the next nudge)
SAFETY_PAGES = 10_000  # a commit copies the log itself only past this (SQLite's default: 1,000)
SQLITE_PAGES = 1000


class Checkpointer:
    """Copies the log of the file at `path` into it from its own thread, between start and
    stop, whenever nudged."""

    def __init__(self, path: Path, writer: sqlite3.Connection,
                 every_s: float = LOOK_EVERY_S, idle_looks: int = IDLE_LOOKS) -> None:
        self.path = Path(path)
        self.every_s = every_s
        self.idle_looks = idle_looks
        self.checkpoints = 0  # how many copies were made (for tests and benchmarks)
        self._writer = writer
        self._wal = self.path.with_name(self.path.name + "-wal")
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._nudged = False
        self._started = False

    def start(self) -> Checkpointer:
        self._writer.execute(f"PRAGMA wal_autocheckpoint = {SAFETY_PAGES}")
        self._started = True
        self.nudge()
        return self

    def nudge(self) -> None:
        """Something was written: copy it soon (starts the thread if it had ended)."""
        with self._lock:
            if not self._started or self._stop.is_set():
                return
            self._nudged = True
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="coprod-checkpoints",
                                                daemon=True)
                self._thread.start()

    @property
    def running(self) -> bool:
        with self._lock:
            return self._thread is not None

    def stop(self) -> None:
        """Stop the thread and give the writer back SQLite's own checkpoints (the file closes
        with a whole checkpoint of its own)."""
        with self._lock:
            self._stop.set()
            thread = self._thread
        if thread is not None:
            thread.join()
        if self._started:
            self._started = False
            with contextlib.suppress(sqlite3.Error):
                self._writer.execute(f"PRAGMA wal_autocheckpoint = {SQLITE_PAGES}")

    def _seen(self) -> tuple[int, int] | None:
        try:
            found = os.stat(self._wal)
        except OSError:
            return None
        return found.st_size, found.st_mtime_ns

    def _quiet(self) -> bool:
        """Nothing new since the last look: end the thread unless a nudge came meanwhile."""
        with self._lock:
            if self._nudged:
                self._nudged = False
                return False
            self._thread = None
            return True

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        copied: tuple[int, int] | None = None
        idle = 0
        try:
            while not self._stop.wait(self.every_s):
                now = self._seen()
                if now is None or now == copied:
                    idle += 1
                    if idle >= self.idle_looks and self._quiet():
                        return
                    continue
                idle = 0
                if conn is None:
                    conn = sqlite3.connect(self.path, isolation_level=None)
                    conn.execute("PRAGMA synchronous = FULL")
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                except sqlite3.Error as exc:  # the writer will copy it on closing
                    log.warning("Could not copy the log into %s: %s", self.path.name, exc)
                    continue
                self.checkpoints += 1
                copied = now
        finally:
            if conn is not None:
                conn.close()
            with self._lock:
                if self._thread is threading.current_thread():
                    self._thread = None
