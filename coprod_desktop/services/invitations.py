"""Import an invitation list: every good row in one step, or none; a report of what was refused."""

from __future__ import annotations

from dataclasses import dataclass, field

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.invitations import InviteRow, Refused, parse_invitations
from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_, Nn_, count
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.store.invitations_reader import InvitationsReader


@dataclass(frozen=True)
class ImportReport:
    """What a file would bring in (`to_add`) and every row left out, with why."""

    to_add: list[InviteRow] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    change: ChangeSet | None = None  # set once imported

    @property
    def problems(self) -> list[Refused]:
        return [r for r in self.refused if not r.duplicate]

    @property
    def duplicates(self) -> list[Refused]:
        return [r for r in self.refused if r.duplicate]

    def summary(self) -> str:
        """'2 to add, 1 already on the list, 1 refused.' in the current language."""
        parts = [count(*Nn_("{n} to add", "{n} to add"), len(self.to_add))
                 if self.change is None else
                 count(*Nn_("{n} added", "{n} added"), len(self.to_add))]
        if self.duplicates:
            parts.append(count(*Nn_("{n} already on the list", "{n} already on the list"),
                               len(self.duplicates)))
        if self.problems:
            parts.append(count(*Nn_("{n} refused", "{n} refused"), len(self.problems)))
        return ", ".join(parts) + "."


class InvitationService(Service):
    @property
    def invitations(self) -> InvitationsReader:
        return InvitationsReader(self.ctx.db)

    def check(self, data: bytes) -> ImportReport:
        """Read the file and say what importing it would do. Writes nothing."""
        parsed = parse_invitations(data)
        known = InvitationsReader(self.ctx.db).keys()
        to_add: list[InviteRow] = []
        refused = list(parsed.refused)
        for row in parsed.rows:
            if row.key in known:
                refused.append(Refused(row.line, Said.of(
                    N_("%(name)s is already on the invitation list."), name=row.name),
                    duplicate=True))
            else:
                to_add.append(row)
        return ImportReport(to_add, sorted(refused, key=lambda r: r.line))

    def import_list(self, data: bytes, *, source: str = "") -> ImportReport:
        """Add every good, new row in one step (undoable as one); refuse the file if none is."""
        report = self.check(data)
        if not report.to_add:
            raise ValidationError(N_("There is nobody new to add from this file. Nothing was "
                                     "imported."))
        label = Said.counted(Nn_("Import %(n)s invitation", "Import %(n)s invitations"),
                             len(report.to_add))
        now = self.ctx.now()
        with self.ctx.change(label) as unit:
            for row in report.to_add:
                unit.insert("invitation", {
                    "name": row.name, "group_name": row.group.value,
                    "contact": row.contact if row.contact_ok else "",
                    "contact_ok": int(row.contact_ok), "imported_at": now, "source": source[:200]})
        return ImportReport(report.to_add, report.refused, self.done(unit))

    def remove(self, invitation_id: int) -> ChangeSet:
        with self.ctx.change(N_("Remove from the invitation list")) as unit:
            unit.delete("invitation", invitation_id)
        return self.done(unit)
