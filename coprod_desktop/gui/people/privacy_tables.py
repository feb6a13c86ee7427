"""The Privacy panel's two tables: the record of exports, and withdrawals and erasures."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from coprod_desktop.domain.export_record import ExportRecord
from coprod_desktop.domain.person_file import when
from coprod_desktop.i18n import _
from coprod_desktop.services.readers import PeopleReader


class _Table(QTableWidget):
    def __init__(self, columns: tuple[str, ...], name: str, stretch: int) -> None:
        super().__init__(0, len(columns))
        self.setObjectName(name)
        self.setHorizontalHeaderLabels(columns)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)  # one line each; the whole text is in the tip
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.setMinimumHeight(180)

    def fill(self, rows: list[tuple[str, ...]]) -> None:
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)  # as typed, never markup
                item.setToolTip(text if len(text) > 30 else "")
                self.setItem(r, c, item)

    def column(self, c: int) -> list[str]:
        return [self.item(r, c).text() for r in range(self.rowCount())]


class ExportsTable(_Table):
    def __init__(self) -> None:
        super().__init__((_("When"), _("What"), _("Kind"), _("Held names"), _("Saved to")),
                         "exportsTable", 4)
        self.setAccessibleName(_("Record of exports, latest first"))

    def show_records(self, records: list[ExportRecord]) -> None:
        # What and where were written in English (the record is data): shown in the interface's
        # language where the catalogue knows the words.
        self.fill([(when(r.at), _(r.what), _(r.format.label),
                    _("Yes") if r.held_names else _("No"), _(r.target)) for r in records])


class LogTable(_Table):
    def __init__(self) -> None:
        super().__init__((_("When"), _("Person"), _("What happened")), "privacyLog", 2)
        self.setAccessibleName(_("Withdrawals of consent and erasures, latest first"))

    def show_log(self, reader: PeopleReader) -> None:
        people = {p.id: p for p in reader.attendees()}
        rows: list[tuple[object, tuple[str, ...]]] = []
        for event in reader.withdrawals():
            person = people.get(event.attendee_id)
            who = (person.name if person and not person.erased else
                   _("Person {id}").format(id=event.attendee_id))
            text = _("Withdrew: {what} ({via})").format(what=event.describe(),
                                                       via=_(event.via.label).lower())
            rows.append((event.at, (when(event.at), who, text)))
        for erasure in reader.erasures():
            state = (_("final on {day}").format(day=when(erasure.confirmed_at)) if erasure.final
                     else _("not final yet"))
            rows.append((erasure.requested_at, (when(erasure.requested_at),
                                                _("Person {id}").format(id=erasure.attendee_id),
                                                _("Erased, {state}. {summary}").format(
                                                    state=state, summary=erasure.summary))))
        rows.sort(key=lambda pair: pair[0], reverse=True)  # type: ignore[arg-type, return-value]
        self.fill([row for _, row in rows])
