"""Making deleted data really gone from the disk file, and finding copies made before updates.

SQLite leaves deleted rows in free pages and in the write-ahead log until they are overwritten.
`scrub` writes the log into the file and empties it, rebuilds the file without free pages
(VACUUM), and empties the log again, so a byte search of the .coprod file and its -wal finds
nothing of what was deleted.
"""

from __future__ import annotations

import time
from pathlib import Path

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.i18n import N_
from coprod_desktop.store.database import ProgrammeDatabase
from coprod_desktop.store.programme_file import SUFFIX

BUSY_TIMEOUT_MS = 5000  # as store.programme_file.configure sets on every connection
RETRY_S = 0.02  # between two asks while another connection copies the log


class ScrubIncomplete(CoprodError):
    """Another connection kept reading, so the log could not be emptied."""


def _checkpoint(db: ProgrammeDatabase, wait_ms: int = 1000) -> None:
    """Copy the log into the file and empty it, waiting up to `wait_ms` for readers to finish.

    SQLite answers "busy" at once, without waiting, while another connection is copying the log
    itself (the file's own checkpoint thread, store/checkpoints.py, does so for a few
    milliseconds after each write): so it is asked again until `wait_ms` has passed."""
    deadline = time.monotonic() + wait_ms / 1000
    db.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
    try:
        while True:
            busy, _log, _done = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy:
                return
            if time.monotonic() >= deadline:
                break
            time.sleep(RETRY_S)
    finally:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    raise ScrubIncomplete(N_("The programme file is being read elsewhere (a phone page?); "
                             "try again in a moment."))


def scrub(db: ProgrammeDatabase) -> None:
    """Rewrite the file so deleted rows leave no trace in it or its log. Not in a transaction."""
    db.execute("PRAGMA secure_delete = ON")  # later deletes overwrite, too
    _checkpoint(db)
    db.execute("VACUUM")
    _checkpoint(db)


def backups_before_updates(path: Path) -> list[Path]:
    """Copies the app made before updating the file to a newer version (see programme_file)."""
    path = Path(path)
    stem = path.name[: -len(SUFFIX)] if path.name.endswith(SUFFIX) else path.stem
    return sorted(path.parent.glob(f"{_glob_escape(stem)}.before-update-v*{SUFFIX}.bak"))


def _glob_escape(text: str) -> str:
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in text)
