"""An anonymised archive: a copy of the programme with every person erased, for keeping after the
retention date. It opens in Coprod Desktop like any programme: sessions, plans, notes, votes,
stories told without names, counts of who came by group; no names, contact details or phones.

The copy is made and anonymised under a hidden name beside the target and only then renamed, so
a copy that still holds names never sits under the name the facilitator chose. The job is noted
in the source programme's journal (store.jobs) before the copy is made: if the app is killed
part-way, opening the programme again deletes the half-made copy and makes the archive again.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from coprod_desktop.clock import Clock
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.export_record import ExportFormat
from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_
from coprod_desktop.services import Services
from coprod_desktop.store import jobs
from coprod_desktop.store.crash_points import crash_point
from coprod_desktop.store.errors import FileRefused
from coprod_desktop.store.header import read_header
from coprod_desktop.store.programme_file import ProgrammeFile, remove_with_sidecars
from coprod_desktop.store.scrub import scrub

ARCHIVE_WHAT = "Anonymised archive"
ARCHIVE_JOB = "archive"
MARK = "archive.made_by_job"  # a setting in the archive: which job made it


class ArchiveFailed(CoprodError):
    """Nothing was left where the facilitator asked."""


@dataclass(frozen=True)
class ArchiveReport:
    target: Path
    people: int


def _leftovers(work: Path) -> list[Path]:
    return [work, work.with_name(work.name + "-wal"), work.with_name(work.name + "-shm"),
            work.with_name(f".{work.name}.lock")]


def anonymised_archive(source: Services, target: Path, clock: Clock) -> ArchiveReport:
    """Write the archive at `target` and log it in the source programme's record of exports."""
    target = Path(target)
    if target.resolve() == source.file.path.resolve():
        raise FileRefused(N_("Choose a different name for the archive."))
    work = target.with_name(f".{target.name}.anonymising")
    mark = secrets.token_hex(8)
    db = source.file.db
    with db.atomic():
        job = jobs.start(db, ARCHIVE_JOB, "copying",
                         {"target": str(target), "work": str(work), "mark": mark},
                         source.ctx.now())
    crash_point("archive.started")
    return _make(source, job, target, work, mark, clock)


def _make(source: Services, job: int, target: Path, work: Path, mark: str,
          clock: Clock) -> ArchiveReport:
    for leftover in _leftovers(work):
        leftover.unlink(missing_ok=True)
    try:
        source.file.copy_to(work)
        crash_point("archive.copied")
        copy = Services(ProgrammeFile.open(work), clock)
        try:
            people = _anonymise(copy, mark)
        finally:
            copy.close()
        crash_point("archive.anonymised")
        os.replace(work, target)
        crash_point("archive.renamed")
    except OSError as exc:
        raise ArchiveFailed(Said.of(N_("Could not save the archive '%(name)s': %(why)s. Nothing has "
                                       "been written."), name=target.name,
                                    why=str(exc.strerror or exc))) from exc
    finally:
        for leftover in _leftovers(work):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return _record(source, job, target, people)


def _record(source: Services, job: int, target: Path, people: int) -> ArchiveReport:
    with source.file.db.atomic():
        source.exports.record(ARCHIVE_WHAT, ExportFormat.ARCHIVE, target, held_names=False,
                              detail=f"{people} people erased in the copy")
        jobs.finish(source.file.db, job)
    return ArchiveReport(target, people)


def finish_unfinished_archives(source: Services, clock: Clock) -> list[Said]:
    """Finish archives a crash interrupted (called when the programme is opened); one message
    per archive, as data."""
    done: list[Said] = []
    for job in jobs.unfinished(source.file.db, ARCHIVE_JOB):
        target, work = Path(job.state["target"]), Path(job.state["work"])
        for leftover in _leftovers(work):
            remove_with_sidecars(leftover)
        people = _made_by(target, str(job.state["mark"]))
        if people is not None:  # renamed into place before the crash: only the record is left
            _record(source, job.id, target, people)
        elif not target.parent.is_dir():
            with source.file.db.atomic():
                jobs.finish(source.file.db, job.id)
            done.append(Said.of(N_("An anonymised archive was interrupted and its folder "
                                   "%(folder)s is gone; the half-made copy has been deleted."),
                                folder=str(target.parent)))
            continue
        else:
            _make(source, job.id, target, work, str(job.state["mark"]), clock)
        done.append(Said.of(N_("Saving the anonymised archive was interrupted; it has now been "
                               "saved as %(name)s."), name=target.name))
    return done


def _made_by(target: Path, mark: str) -> int | None:
    """How many people the archive at `target` erased, if this job made it (else None)."""
    if not target.is_file() or read_header(target) is None:
        return None
    try:
        # A plain connection, closed at once: it leaves no lock or log files beside the archive.
        conn = sqlite3.connect(target)
        try:
            found = conn.execute("SELECT value FROM setting WHERE key = ?", [MARK]).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    if not found or not str(found[0]).startswith(mark + ":"):
        return None
    try:
        return int(str(found[0]).split(":", 1)[1])
    except ValueError:
        return None


def _anonymise(copy: Services, mark: str) -> int:
    db = copy.file.db
    with db.atomic():  # the source's journal came with the copy: it is not this file's to finish
        db.execute("DELETE FROM job")
    erased = copy.erase.erase_everyone(final=True)
    earlier = [e.id for e in copy.erase.pending()]  # erases the source had not made final
    if earlier:
        copy.erase.confirm(earlier)
    with db.atomic():
        # Where copies went, and the room's Wi-Fi password, are not the archive's business.
        db.execute("DELETE FROM export_log")
        db.execute("DELETE FROM setting WHERE key LIKE 'wifi.%'")
        # The phones' form secret, port and address: the laptop's, not the archive's.
        db.execute("DELETE FROM setting WHERE key LIKE 'web.%'")
        db.execute("DELETE FROM history")
        db.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                   [MARK, f"{mark}:{len(erased)}"])
    scrub(db)
    return len(erased)
