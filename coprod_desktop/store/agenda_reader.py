"""Read a session's agenda: its activities with their timer facts, and its runner."""

from __future__ import annotations

from datetime import datetime

from coprod_desktop.clock import parse_iso
from coprod_desktop.domain.agenda import Agenda, AgendaItem, Runner
from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.domain.methods import Tool
from coprod_desktop.store import rows
from coprod_desktop.store.database import Queries
from coprod_desktop.store.reader import Reader


def _when(value: str | None) -> datetime | None:
    return parse_iso(value) if value else None


def agenda_item(row: rows.Row) -> AgendaItem:
    try:
        tool = Tool(row.get("tool") or "none")
    except ValueError:
        tool = Tool.NONE
    return AgendaItem(
        activity=rows.activity(row), tool=tool, started_at=_when(row.get("started_at")),
        ended_at=_when(row.get("ended_at")), run_from=_when(row.get("run_from")),
        paused_at=_when(row.get("paused_at")), elapsed_s=float(row.get("elapsed_s") or 0.0),
        extra_s=int(row.get("extra_s") or 0),
    )


class AgendaReader:
    def __init__(self, db: Queries) -> None:
        self.db = db
        self.reader = Reader(db)

    def items(self, session_id: int) -> list[AgendaItem]:
        return [agenda_item(r) for r in self.db.query(
            "SELECT * FROM activity WHERE session_id = ? ORDER BY position, id", [session_id])]

    def item(self, activity_id: int) -> AgendaItem:
        found = list(self.db.query("SELECT * FROM activity WHERE id = ?", [activity_id]))
        if not found:
            raise NotFoundError("That activity is no longer on the agenda.")
        return agenda_item(found[0])

    def runner(self, session_id: int) -> Runner | None:
        found = list(self.db.query("SELECT * FROM runner WHERE session_id = ?", [session_id]))
        if not found:
            return None
        row = found[0]
        return Runner(session_id=row["session_id"], current_id=row["current_id"],
                      started_at=_when(row["started_at"]), finished_at=_when(row["finished_at"]))

    def runner_row_id(self, session_id: int) -> int | None:
        found = list(self.db.query("SELECT id FROM runner WHERE session_id = ?", [session_id]))
        return found[0]["id"] if found else None

    def agenda(self, session_id: int) -> Agenda:
        return Agenda(session=self.reader.session(session_id),
                      items=tuple(self.items(session_id)), runner=self.runner(session_id))
