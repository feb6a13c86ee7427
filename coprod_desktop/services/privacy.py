"""The organisation's privacy notice and the date personal data is kept until."""

from __future__ import annotations

from datetime import date

from coprod_desktop.domain import validate
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.privacy import NOTICE_MAX, PrivacyNotice
from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.store.privacy_reader import PrivacyReader

RETENTION_YEARS_MAX = 7


class PrivacyService(Service):
    @property
    def privacy(self) -> PrivacyReader:
        return PrivacyReader(self.ctx.db)

    def set_notice(self, notice: PrivacyNotice) -> ChangeSet:
        """Each part in the organisation's words; an empty part shows the standard words."""
        parts = {}
        for field, what, value in (("privacy_holder", "Who holds it", notice.holder),
                                   ("privacy_why", "Why", notice.why),
                                   ("privacy_how_long", "For how long", notice.how_long),
                                   ("privacy_contact", "Who to ask", notice.contact)):
            parts[field] = validate.text(value, what, NOTICE_MAX, field=field, required=False)
        programme = self.read.programme()
        with self.ctx.change(N_("Edit the privacy notice")) as unit:
            unit.update("programme", programme.id, **parts)
        return self.done(unit)

    def set_retention(self, until: date | str | None) -> ChangeSet:
        """Keep personal data until this date (None: no date set)."""
        programme = self.read.programme()
        day = validate.iso_date(until, N_("The date to keep data until")) if until else None
        today = self.ctx.clock.now().astimezone().date()
        if day is not None and day.year > today.year + RETENTION_YEARS_MAX:
            raise ValidationError(Said.of(N_("Please choose a date within %(retention_years_max)s years."),
                                          retention_years_max=RETENTION_YEARS_MAX),
                                  field="retention")
        label = Said(f"Keep personal data until {day:%d %b %Y}", N_("Keep personal data until %(day)s"),
                     day=day) if day else N_("No date to delete data")
        with self.ctx.change(label) as unit:
            unit.update("programme", programme.id,
                        retention_until=day.isoformat() if day else None)
        return self.done(unit)
