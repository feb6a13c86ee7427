"""Rewriting the file (a final erase, an archive) while another connection copies the log into
it, as the file's own checkpoint thread does after each write: the rewrite waits its turn."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from coprod_desktop.services import Services
from coprod_desktop.store.programme_file import ProgrammeFile
from coprod_desktop.store.scrub import scrub


def test_scrub_waits_for_a_checkpoint_in_progress(programme_path: Path) -> None:
    file = ProgrammeFile.create(programme_path)
    services = Services(file)
    services.programme.create_programme("Rewritten")
    session = int(services.sessions.create_session("Meeting", "2026-10-06").new_id or 0)
    for n in range(40):
        services.notes.add_note(session, f"note {n} " + "words " * 200)
    stop = threading.Event()
    copies = [0]

    def keep_copying() -> None:  # another connection, checkpointing over and over
        conn = sqlite3.connect(programme_path, isolation_level=None)
        try:
            while not stop.is_set():
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                copies[0] += 1
        finally:
            conn.close()

    copier = threading.Thread(target=keep_copying)
    copier.start()
    try:
        for _ in range(5):
            with file.db.atomic():  # a large change, so each copy of the log takes a while
                file.db.execute("UPDATE note SET text = text || ?", ["more "])
            scrub(file.db)  # raised ScrubIncomplete whenever it met a copy in progress
    finally:
        stop.set()
        copier.join()
    assert copies[0] > 0
    wal = programme_path.with_name(programme_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # the log was emptied
    services.close()
