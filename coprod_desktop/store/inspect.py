"""A read-only summary of a programme file, for `coprod info` and support staff."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.store import jobs
from coprod_desktop.store.programme_file import check_file
from coprod_desktop.store.reader import Reader
from coprod_desktop.store.snapshot import snapshot

JOB_WORDS = {"erase_final": "making an erase final", "erase_everyone": "erasing everyone",
             "archive": "saving an anonymised archive"}


def describe(path: Path) -> str:
    """Check the file as opening it would, then read it without writing (no lock, no migration).

    A read-only file is read too: this only reads."""
    path = Path(path)
    check_file(path, for_writing=False)
    with snapshot(path) as db:
        reader = Reader(db)
        programme = reader.programme()
        version = db.execute("PRAGMA user_version").fetchone()[0]
        counts = reader.counts()
        unfinished = jobs.unfinished(db)
    lines = [
        f"Programme:       {programme.title}",
        f"Organisation:    {programme.organisation or '-'}",
        f"Schema version:  {version}",
        f"Sessions:        {counts['sessions']}",
        f"Attendees:       {counts['attendees']}",
        f"Notes:           {counts['notes']}",
    ]
    for job in unfinished:
        lines.append(f"Interrupted:     {JOB_WORDS.get(job.kind, job.kind)} (it will be finished "
                     "when the programme is next opened)")
    return "\n".join(lines)
