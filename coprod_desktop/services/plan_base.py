"""What the programme services share: the programme reader and the programme calendar."""

from __future__ import annotations

from datetime import date

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.facilitation.programme_calendar import ProgrammeCalendar
from coprod_desktop.i18n import N_
from coprod_desktop.services.base import Service
from coprod_desktop.store.programme_reader import ProgrammeReader


class PlanService(Service):
    @property
    def plan(self) -> ProgrammeReader:
        return ProgrammeReader(self.ctx.db)

    def calendar(self) -> ProgrammeCalendar | None:
        """The programme's calendar, or None while it has no start date."""
        return ProgrammeCalendar.from_settings(self.plan.calendar_settings())

    def require_calendar(self) -> ProgrammeCalendar:
        cal = self.calendar()
        if cal is None:
            raise ValidationError(N_("Set the programme's start date first."), field="start_date")
        return cal

    def check_session_date(self, on: date, *, kind: str, title: str) -> None:
        """A meeting or celebration falls inside the programme (a discovery workshop may come
        before it starts). No calendar yet: any date will do."""
        cal = self.calendar()
        if cal is not None and kind != "discovery":
            cal.check_inside(on, f"‘{title}’")

    def check_meeting(self, meeting_id: int | None) -> None:
        if meeting_id is not None:
            self.read.session(meeting_id)
