"""Sessions of a programme: the discovery workshop, the fortnightly meetings, the celebrations."""

from __future__ import annotations

from datetime import date, time

from coprod_desktop.domain import validate
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.limits import TITLE_MAX, VENUE_MAX
from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.services.checkout_step import checkout_activity
from coprod_desktop.services.plan_base import PlanService
from coprod_desktop.store.database import ProgrammeDatabase

SESSION_KINDS = ("discovery", "meeting", "celebration", "other")


class SessionService(Service):
    def create_session(self, title: str, on: date | str, *, venue: str = "",
                       starts_at: time | str = "10:00", ends_at: time | str = "12:00",
                       kind: str = "meeting", checkout: bool = False,
                       language: str | None = None) -> ChangeSet:
        """A new session; with `checkout`, its agenda starts with the check-out questions as its
        last activity (what the console's New session offers, ticked), in `language`."""
        row = self._clean(title, on, venue, starts_at, ends_at, kind)
        self.check_in_programme(row)
        with self.ctx.change(Said.of(N_("New session ‘%(title)s’"), title=str(row["title"]))) as unit:
            session_id = unit.new_id = unit.insert("session", {**row, "created_at": self.ctx.now()})
            if checkout:
                unit.insert("activity", {"session_id": session_id, "position": 0,
                                         **checkout_activity(language)})
        return self.done(unit)

    def update_session(self, session_id: int, *, title: str, on: date | str, venue: str,
                       starts_at: time | str, ends_at: time | str, kind: str) -> ChangeSet:
        before = self.read.session(session_id)
        row = self._clean(title, on, venue, starts_at, ends_at, kind)
        if (row["date"], row["kind"]) != (before.date.isoformat(), before.kind):
            self.check_in_programme(row)  # moved: by the programme calendar's rules
        with self.ctx.change(N_("Edit session details"), session_id=session_id) as unit:
            unit.update("session", session_id, **row)
        return self.done(unit)

    def delete_session(self, session_id: int) -> ChangeSet:
        """Delete a session and everything in it, as one step that can be undone."""
        session = self.read.session(session_id)
        with self.ctx.change(Said.of(N_("Delete session ‘%(title)s’"), title=session.title)) as unit:
            for table in dependent_tables(self.ctx.db):
                for row in self.ctx.db.query(
                        f"SELECT id FROM [{table}] WHERE session_id = ?", [session_id]):
                    unit.delete(table, row["id"])
            unit.delete("session", session_id)
        return self.done(unit)

    def check_in_programme(self, row: dict[str, object]) -> None:
        """The programme calendar's check for a session's date (refused beside the date field)."""
        PlanService(self.ctx).check_session_date(
            date.fromisoformat(str(row["date"])), kind=str(row["kind"]), title=str(row["title"]))

    @staticmethod
    def _clean(title: str, on: date | str, venue: str, starts_at: time | str,
               ends_at: time | str, kind: str) -> dict[str, object]:
        if kind not in SESSION_KINDS:
            raise ValidationError(Said.of(N_("Unknown kind of session: %(kind)s."), kind=kind), field="kind")
        start = validate.clock_time(starts_at, N_("The start time"))
        end = validate.clock_time(ends_at, N_("The end time"))
        if end <= start:
            raise ValidationError(N_("The session must end after it starts."), field="ends_at")
        return {
            "title": validate.text(title, N_("The session title"), TITLE_MAX, field="title"),
            "date": validate.iso_date(on).isoformat(),
            "venue": validate.text(venue, N_("The venue"), VENUE_MAX, field="venue", required=False),
            "starts_at": start.strftime("%H:%M"),
            "ends_at": end.strftime("%H:%M"),
            "kind": kind,
        }


def dependent_tables(db: ProgrammeDatabase) -> list[str]:
    """Tables with a session_id column, each listed before any table it refers to."""
    tables = {t.name: t for t in db.tables
              if t.name not in ("session", "history") and "session_id" in t.columns_dict}
    ordered: list[str] = []

    def visit(name: str, seen: frozenset[str] = frozenset()) -> None:
        if name in ordered or name in seen:
            return
        for other, table in sorted(tables.items()):
            if any(fk.other_table == name for fk in table.foreign_keys):
                visit(other, seen | {name})
        ordered.append(name)

    for name in sorted(tables):
        visit(name)
    return ordered
