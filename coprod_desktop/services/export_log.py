"""Writing the record of exports. Every export calls `record` once the file is safely written.

Not undoable: a file that has left the programme cannot be taken back by Edit › Undo.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from coprod_desktop.clock import Clock, SystemClock
from coprod_desktop.domain import validate
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.export_record import ExportFormat, ExportRecord
from coprod_desktop.domain.limits import NOTE_MAX, TITLE_MAX
from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeBus, ChangeSet
from coprod_desktop.services.unit_of_work import Context
from coprod_desktop.store.database import ProgrammeDatabase
from coprod_desktop.store.export_reader import ExportReader


class ExportLogService(Service):
    def record(self, what: str, fmt: ExportFormat | str, target: Path | str, *,
               held_names: bool, detail: str = "") -> ChangeSet:
        """Log one export: `what` in words ("Claims sheet"), its format, where it was saved."""
        try:
            kind = ExportFormat(fmt)
        except ValueError:
            raise ValidationError(Said.of(N_("Unknown kind of export: %(fmt)s."), fmt=fmt)) from None
        words = validate.text(what, N_("What was exported"), TITLE_MAX, field="what")
        where = validate.text(str(target), N_("Where it was saved"), NOTE_MAX, field="target")
        more = validate.text(detail, N_("The detail"), NOTE_MAX, field="detail", required=False)
        held = True if kind is ExportFormat.COPY else bool(held_names)
        said = Said.of(N_("Exported %(what)s"), what=Said(words, words))  # what: our words
        with self.ctx.change(said, undoable=False) as unit:
            unit.new_id = unit.insert("export_log", {
                "at": self.ctx.now(), "what": words, "format": kind.value, "target": where,
                "held_names": int(held), "detail": more})
        return self.done(unit)

    def records(self) -> list[ExportRecord]:
        return ExportReader(self.ctx.db).records()


def record_in(db: ProgrammeDatabase, what: str, fmt: ExportFormat | str, target: Path | str, *,
              held_names: bool, clock: Clock | None = None, detail: str = "") -> bool:
    """The same record, for a tool holding only a database (the `coprod export` command).

    Returns False, writing nothing, when the database is open read-only (the app has the file).
    """
    ctx = Context(db, clock or SystemClock(), ChangeBus())
    try:
        ExportLogService(ctx).record(what, fmt, target, held_names=held_names, detail=detail)
    except sqlite3.OperationalError:
        return False
    return True
