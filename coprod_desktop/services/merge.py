"""Merge two records of the same person (signed in twice, by phone and by hand).

Everything that points at the duplicate (attendance, notes, phones, votes, story turns: any table
with a foreign key to `attendee`) moves to the kept person, then the duplicate is deleted. It is one
console step, so Undo puts both people back exactly as they were.
"""

from __future__ import annotations

from typing import Any

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.records import WordsUse
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.services.unit_of_work import UnitOfWork

_PRIVACY = [WordsUse.ROOM_ONLY, WordsUse.ANONYMOUS, WordsUse.NAMED]  # most private first


class MergeService(Service):
    def merge_attendees(self, keep_id: int, drop_id: int) -> ChangeSet:
        """Fold `drop_id` into `keep_id`. Where their choices differ, the more private one wins."""
        if keep_id == drop_id:
            raise ValidationError("Choose two different people to merge.")
        keep = self.read.attendee(keep_id)
        drop = self.read.attendee(drop_id)
        with self.ctx.change(f"Merge {drop.name} into {keep.name}") as unit:
            for table, column in self._references():
                if table == "attendance":
                    self._merge_attendance(unit, keep_id, drop_id)
                else:
                    self._repoint(unit, table, column, keep_id, drop_id)
            unit.update("attendee", keep_id, **_merged_choices(
                unit.current("attendee", keep_id) or {}, unit.current("attendee", drop_id) or {}))
            unit.delete("attendee", drop_id)
            unit.new_id = keep_id
        return self.done(unit)

    def _references(self) -> list[tuple[str, str]]:
        """Every (table, column) with a foreign key to attendee.id, in a stable order."""
        found = []
        for table in self.ctx.db.tables:
            for fk in table.foreign_keys:
                if fk.other_table == "attendee" and fk.other_column == "id":
                    found.append((table.name, fk.column))
        return sorted(found)

    def _merge_attendance(self, unit: UnitOfWork, keep_id: int, drop_id: int) -> None:
        kept = {r["session_id"]: dict(r) for r in self.ctx.db.query(
            "SELECT * FROM attendance WHERE attendee_id = ?", [keep_id])}
        for row in list(self.ctx.db.query("SELECT * FROM attendance WHERE attendee_id = ?",
                                          [drop_id])):
            mine = kept.get(row["session_id"])
            if mine is None:
                unit.update("attendance", row["id"], attendee_id=keep_id)
                continue
            # Both records came to this session: keep the earlier arrival, present if either is.
            present = mine["signed_out_at"] is None or row["signed_out_at"] is None
            out = None if present else max(mine["signed_out_at"], row["signed_out_at"])
            unit.delete("attendance", row["id"])
            unit.update("attendance", mine["id"],
                        signed_in_at=min(mine["signed_in_at"], row["signed_in_at"]),
                        signed_out_at=out)

    def _repoint(self, unit: UnitOfWork, table: str, column: str, keep_id: int,
                 drop_id: int) -> None:
        uniques = [ix.columns for ix in self.ctx.db[table].indexes  # type: ignore[union-attr]
                   if ix.unique and column in ix.columns]
        for row in list(self.ctx.db.query(f"SELECT * FROM [{table}] WHERE [{column}] = ?",
                                          [drop_id])):
            if any(self._clashes(table, column, keep_id, row, cols) for cols in uniques):
                unit.delete(table, row["id"])  # the kept person already has the same one
            else:
                unit.update(table, row["id"], **{column: keep_id})

    def _clashes(self, table: str, column: str, keep_id: int, row: dict[str, Any],
                 cols: list[str]) -> bool:
        where = " AND ".join(f"[{c}] IS ?" for c in cols)
        values = [keep_id if c == column else row[c] for c in cols]
        return bool(list(self.ctx.db.query(f"SELECT 1 FROM [{table}] WHERE {where}", values)))


def _merged_choices(keep: dict[str, Any], drop: dict[str, Any]) -> dict[str, Any]:
    words = min((WordsUse(keep.get("words") or "anonymous"),
                 WordsUse(drop.get("words") or "anonymous")), key=_PRIVACY.index)
    contact = bool(keep.get("contact")) and bool(drop.get("contact"))
    details = (keep.get("contact_details") or drop.get("contact_details") or "") if contact else ""
    needs = [n for n in (keep.get("access_needs") or "", drop.get("access_needs") or "") if n]
    return {
        "name_in_handouts": int(bool(keep.get("name_in_handouts"))
                                and bool(drop.get("name_in_handouts"))),
        "photos": int(bool(keep.get("photos")) and bool(drop.get("photos"))),
        "contact": int(contact), "contact_details": details, "words": words.value,
        "access_needs": "\n".join(dict.fromkeys(needs)),
    }
