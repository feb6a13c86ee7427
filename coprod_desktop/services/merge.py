"""Merge two records of the same person (signed in twice, by phone and by hand).

Everything that points at the duplicate (attendance, notes, phones, votes, story turns, claims,
consent history: every reference `store.person_links` knows) moves to the kept person, then the
duplicate is deleted. It is one
console step, so Undo puts both people back exactly as they were.
"""

from __future__ import annotations

from typing import Any

from coprod_desktop.domain.consent_history import HeardVia
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.records import WordsUse
from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_
from coprod_desktop.services import consent_log
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.services.unit_of_work import UnitOfWork
from coprod_desktop.store.person_links import references

MERGE_NOTE = "Two records of the same person were joined; where they differed, the more " \
    "private choice was kept."
_PRIVACY = [WordsUse.ROOM_ONLY, WordsUse.ANONYMOUS, WordsUse.NAMED]  # most private first


class MergeService(Service):
    def merge_attendees(self, keep_id: int, drop_id: int) -> ChangeSet:
        """Fold `drop_id` into `keep_id`. Where their choices differ, the more private one wins."""
        if keep_id == drop_id:
            raise ValidationError(N_("Choose two different people to merge."))
        keep = self.read.attendee(keep_id)
        drop = self.read.attendee(drop_id)
        if keep.erased or drop.erased:
            raise ValidationError(N_("An erased person cannot be merged with anyone."))
        said = Said.of(N_("Merge %(drop)s into %(keep)s"), drop=drop.name, keep=keep.name)
        with self.ctx.change(said) as unit:
            kept_row = unit.current("attendee", keep_id) or {}
            dropped_row = unit.current("attendee", drop_id) or {}
            asked = [consent_log.asked_before(unit, i) for i in (keep_id, drop_id)]
            for table, column in references(self.ctx.db):
                if table == "attendance":
                    self._merge_attendance(unit, keep_id, drop_id)
                else:
                    self._repoint(unit, table, column, keep_id, drop_id)
            merged = _merged_choices(kept_row, dropped_row)
            unit.update("attendee", keep_id, **merged)
            if any(asked):
                # The history says what the joined record now holds, and why it changed.
                before = consent_log.consent_of(kept_row) if asked[0] else None
                consent_log.record(unit, keep_id, before, consent_log.consent_of(merged),
                                   via=HeardVia.CONSOLE, at=self.ctx.now(), note=MERGE_NOTE)
            unit.delete("attendee", drop_id)
            unit.new_id = keep_id
        return self.done(unit)

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
            # Hours and payment set by hand on either record are kept (the longer, and a "yes").
            minutes = [m for m in (mine.get("minutes"), row.get("minutes")) if m is not None]
            payment = [p for p in (mine.get("payment"), row.get("payment")) if p is not None]
            unit.delete("attendance", row["id"])
            unit.update("attendance", mine["id"],
                        signed_in_at=min(mine["signed_in_at"], row["signed_in_at"]),
                        signed_out_at=out, minutes=max(minutes) if minutes else None,
                        payment=max(payment) if payment else None)

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
    more = {"keep_for_next": int(bool(keep["keep_for_next"]) and bool(drop.get("keep_for_next")))
            } if "keep_for_next" in keep else {}
    return {
        **more,
        "name_in_handouts": int(bool(keep.get("name_in_handouts"))
                                and bool(drop.get("name_in_handouts"))),
        "photos": int(bool(keep.get("photos")) and bool(drop.get("photos"))),
        "paid": int(bool(keep.get("paid")) and bool(drop.get("paid"))),
        "contact": int(contact), "contact_details": details, "words": words.value,
        "access_needs": "\n".join(dict.fromkeys(needs)),
    }
