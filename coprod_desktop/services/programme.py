"""Programme details: title, organisation, area, start and length."""

from __future__ import annotations

from datetime import date

from coprod_desktop.domain import validate
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.limits import TITLE_MAX, VENUE_MAX
from coprod_desktop.i18n import N_
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet


class ProgrammeService(Service):
    def create_programme(self, title: str, *, organisation: str = "", area: str = "",
                         start_date: date | str | None = None, length_days: int = 100) -> ChangeSet:
        if self.ctx.db["programme"].count:
            raise ValidationError(N_("This file already holds a programme."))
        row = self._clean(title, organisation, area, start_date, length_days)
        with self.ctx.change(N_("Create programme"), undoable=False) as unit:
            unit.new_id = unit.insert("programme", {**row, "created_at": self.ctx.now()})
        return self.done(unit)

    def update_programme(self, *, title: str, organisation: str = "", area: str = "",
                         start_date: date | str | None = None,
                         length_days: int = 100) -> ChangeSet:
        current = self.read.programme()
        row = self._clean(title, organisation, area, start_date, length_days)
        with self.ctx.change(N_("Edit programme details")) as unit:
            unit.update("programme", current.id, **row)
        return self.done(unit)

    @staticmethod
    def _clean(title: str, organisation: str, area: str, start_date: date | str | None,
               length_days: int) -> dict[str, object]:
        if not 7 <= int(length_days) <= 730:
            raise ValidationError(N_("A programme lasts between 7 and 730 days."), field="length_days")
        start = validate.iso_date(start_date, N_("The start date")) if start_date else None
        return {
            "title": validate.text(title, N_("The programme title"), TITLE_MAX, field="title"),
            "organisation": validate.text(organisation, N_("The organisation"), VENUE_MAX,
                                          field="organisation", required=False),
            "area": validate.text(area, N_("The area"), VENUE_MAX, field="area", required=False),
            "start_date": start.isoformat() if start else None,
            "length_days": int(length_days),
        }

    def set_setting(self, key: str, value: str, *, label: str = N_("Change a setting")) -> ChangeSet:
        with self.ctx.change(label) as unit:
            unit.put("setting", key, {"key": key, "value": value})
        return self.done(unit)
