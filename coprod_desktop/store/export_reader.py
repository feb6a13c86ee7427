"""Read the record of exports, latest first."""

from __future__ import annotations

from coprod_desktop.clock import parse_iso
from coprod_desktop.domain.export_record import ExportFormat, ExportRecord
from coprod_desktop.store.database import Queries


class ExportReader:
    def __init__(self, db: Queries) -> None:
        self.db = db

    def records(self, *, names_only: bool = False) -> list[ExportRecord]:
        sql = "SELECT * FROM export_log"
        if names_only:
            sql += " WHERE held_names = 1"
        return [ExportRecord(id=r["id"], at=parse_iso(r["at"]), what=r["what"],
                             format=ExportFormat(r["format"]), target=r["target"],
                             held_names=bool(r["held_names"]), detail=r["detail"] or "")
                for r in self.db.query(sql + " ORDER BY at DESC, id DESC")]
