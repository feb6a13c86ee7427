"""New claim: who, travel or childcare, how much (in pounds), for which session, when, and a note.
Stays open on a refusal, with the message under the field it is about."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.limits import VENUE_MAX
from coprod_desktop.domain.money import EXPENSES
from coprod_desktop.gui.formats import short_day
from coprod_desktop.gui.kit.forms import FieldErrors
from coprod_desktop.gui.people.widgets import plain
from coprod_desktop.gui.undo import UndoAdapter
from coprod_desktop.i18n import _
from coprod_desktop.services import ChangeSet, Services


class ClaimDialog(QDialog):
    def __init__(self, services: Services, undo: UndoAdapter, today: date, *,
                 person_id: int | None = None, session_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimDialog")
        self.setWindowTitle(_("New claim"))
        self.setMinimumWidth(480)
        self.services, self.undo = services, undo
        self.result_change: ChangeSet | None = None
        reader = services.read.people
        self.person = QComboBox()
        self.person.setObjectName("claimPerson")
        for p in reader.people(include_erased=False):
            self.person.addItem(f"{p.name} ({_(p.group.label)})", p.id)
        if person_id is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(person_id)))
        self.kind = QComboBox()
        self.kind.setObjectName("claimKind")
        for kind in EXPENSES:
            self.kind.addItem(_(kind.label), kind.value)
        self.amount = QLineEdit()
        self.amount.setObjectName("claimAmount")
        self.amount.setPlaceholderText("£0.00")
        self.session = QComboBox()
        self.session.setObjectName("claimSession")
        self.session.addItem(_("Not for one session"), None)
        for s in reader.sessions():
            self.session.addItem(f"{s.title}, {short_day(s.date)}", s.id)
        if session_id is not None:
            self.session.setCurrentIndex(max(0, self.session.findData(session_id)))
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setObjectName("claimDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMM yyyy")
        self.note = QLineEdit()
        self.note.setObjectName("claimNote")
        self.note.setMaxLength(VENUE_MAX + 20)
        self.note.setPlaceholderText(_("Optional, e.g. “bus, return”"))
        self.errors = FieldErrors(fallback="amount")
        form = QFormLayout()
        self.errors.add_row(form, _("Who"), self.person, "person")
        self.errors.add_row(form, _("What for"), self.kind, "kind")
        self.errors.add_row(form, _("Amount"), self.amount, "amount")
        form.addRow(_("Session"), self.session)
        self.errors.add_row(form, _("Claimed on"), self.day, "claimed_on", "date")
        self.errors.add_row(form, _("Note"), self.note, "note")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain(_("Amounts are in pounds and pence, like 12.50. Payments for "
                               "time come from the hours at each session instead.")))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.errors.clear()
        person_id = self.person.currentData()
        if person_id is None:
            self.errors.show(ValidationError(_("There is nobody in this programme yet."),
                                             field="person"))
            return
        kind, amount = str(self.kind.currentData()), self.amount.text()
        session_id = self.session.currentData()
        on = self.day.date().toPython()
        note = self.note.text()
        payments = self.services.payments
        change = self.undo.run(lambda: payments.add_claim(
            int(person_id), kind, amount, session_id=session_id, claimed_on=on, note=note),
            on_error=self.errors.show)
        if change is not None:
            self.result_change = change
            self.accept()
