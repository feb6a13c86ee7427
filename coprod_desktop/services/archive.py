"""An anonymised archive: a copy of the programme with every person erased, for keeping after the
retention date. It opens in Coprod Desktop like any programme: sessions, plans, notes, votes,
stories told without names, counts of who came by group; no names, contact details or phones.

The copy is made and anonymised under a hidden name beside the target and only then renamed, so
a copy that still holds names never sits under the name the facilitator chose.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from coprod_desktop.clock import Clock
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.export_record import ExportFormat
from coprod_desktop.services import Services
from coprod_desktop.store.errors import FileRefused
from coprod_desktop.store.programme_file import ProgrammeFile
from coprod_desktop.store.scrub import scrub

ARCHIVE_WHAT = "Anonymised archive"


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
        raise FileRefused("Choose a different name for the archive.")
    work = target.with_name(f".{target.name}.anonymising")
    for leftover in _leftovers(work):
        leftover.unlink(missing_ok=True)
    try:
        source.file.copy_to(work)
        copy = Services(ProgrammeFile.open(work), clock)
        try:
            people = _anonymise(copy)
        finally:
            copy.close()
        os.replace(work, target)
    except OSError as exc:
        raise ArchiveFailed(f"Could not save the archive '{target.name}': "
                            f"{exc.strerror or exc}. Nothing has been written.") from exc
    finally:
        for leftover in _leftovers(work):
            with contextlib.suppress(OSError):
                leftover.unlink()
    source.exports.record(ARCHIVE_WHAT, ExportFormat.ARCHIVE, target, held_names=False,
                          detail=f"{people} people erased in the copy")
    return ArchiveReport(target, people)


def _anonymise(copy: Services) -> int:
    erased = copy.erase.erase_everyone()
    if erased:
        copy.erase.confirm(erased)
    db = copy.file.db
    with db.atomic():
        # Where copies went, and the room's Wi-Fi password, are not the archive's business.
        db.execute("DELETE FROM export_log")
        db.execute("DELETE FROM setting WHERE key LIKE 'wifi.%'")
        db.execute("DELETE FROM history")
    scrub(db)
    return len(erased)
