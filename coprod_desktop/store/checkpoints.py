"""Copying the write-ahead log into the file on a thread of its own, not the writer's.

SQLite's own habit is to do it inside a commit: the commit that takes the log past 1,000 pages
also copies the log into the file and syncs the file, on whatever thread committed, which for a
programme is the GUI thread. Here the write connection stops doing that and a small thread with
its own connection copies whatever the log holds, a little at a time, once the log has changed
and gone quiet for a moment (a PASSIVE checkpoint: it never waits for, nor holds up, the writer or
a reader). Nothing about durability changes: a commit is on disk once its log frames are synced,
before and after this; the log is copied in whole and emptied when the file closes, as before.
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


class Checkpointer:
    """Copies the log of the file at `path` into it from its own thread while started."""

    def __init__(self, path: Path, writer: sqlite3.Connection,
                 every_s: float = LOOK_EVERY_S) -> None:
        self.path = Path(path)
        self.every_s = every_s
        self.checkpoints = 0  # how many copies were made (for tests and benchmarks)
        self._writer = writer
        self._wal = self.path.with_name(self.path.name + "-wal")
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> Checkpointer:
        self._writer.execute("PRAGMA wal_autocheckpoint = 0")  # commits no longer copy the log
        self._thread = threading.Thread(target=self._run, name="coprod-checkpoints", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop the thread and give the writer back SQLite's own checkpoints (the file closes
        with a whole checkpoint of its own)."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stop.set()
        thread.join()
        with contextlib.suppress(sqlite3.Error):
            self._writer.execute("PRAGMA wal_autocheckpoint = 1000")

    def _seen(self) -> tuple[int, int] | None:
        try:
            found = os.stat(self._wal)
        except OSError:
            return None
        return found.st_size, found.st_mtime_ns

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        copied = self._seen()
        try:
            while not self._stop.wait(self.every_s):
                now = self._seen()
                if now is None or now == copied:
                    continue  # no log, or nothing written since the last copy
                if conn is None:
                    conn = sqlite3.connect(self.path, isolation_level=None,
                                           check_same_thread=True)
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
