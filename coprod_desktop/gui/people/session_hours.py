"""This session's hours: for each person who came, the hours paid for and whether a payment applies.

Hours start from the session's length (less if someone signed out early); a change here is kept on
the attendance and followed by its time claim while that is not yet approved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.money import MAX_MINUTES, pounds_text
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.people.widgets import plain
from coprod_desktop.i18n import N_, _
from coprod_desktop.services.readers import AttendancePay

COLUMNS = (N_("Name"), N_("Group"), N_("Hours"), N_("Payment applies"), N_("Amount"), N_("Time claim"))


class SessionHours(QWidget):
    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.session_id: int | None = None
        self.heading = plain("", "sectionHeading")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("sessionHours")
        self.table.setHorizontalHeaderLabels([_(c) for c in COLUMNS])
        self.table.setAccessibleName(_("Hours and payment for each person at this session"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(_("Add time payments for this session"))
        self.add_button.setObjectName("addTimeClaims")
        self.add_button.setToolTip(_("A claim for each person to whom a payment applies, once"))
        self.add_button.clicked.connect(self.add_time_claims)
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.refresh()

    def refresh(self) -> None:
        self.table.setRowCount(0)
        self.add_button.setEnabled(self.session_id is not None)
        if self.session_id is None:
            self.heading.setText(_("Choose a session to set its hours."))
            return
        reader = self.env.services.read.payments
        rate = reader.rate()
        session = self.env.services.read.session(self.session_id)
        lines = reader.attendance_pay(self.session_id)
        self.heading.setText(_("Hours at ‘{title}’ (£ an hour: {rate})").format(
            title=session.title, rate=pounds_text(rate) if rate else _("not set")))
        self.table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            self._row(r, line, rate)

    def _row(self, r: int, line: AttendancePay, rate: int) -> None:
        person = line.person
        name = person.name if not person.erased else _("Erased person ({id})").format(id=person.id)
        for c, text in enumerate((name, _(person.group.label))):
            self.table.setItem(r, c, QTableWidgetItem(text))
        hours = QDoubleSpinBox()
        hours.setObjectName(f"hours_{person.id}")
        hours.setRange(0, MAX_MINUTES / 60)
        hours.setSingleStep(0.25)
        hours.setDecimals(2)
        hours.setSuffix(" h" if line.minutes_set else _(" h (auto)"))
        hours.setValue(line.minutes / 60)
        hours.setAccessibleName(_("Hours for {name}").format(name=name))
        hours.editingFinished.connect(
            lambda p=person.id, box=hours: self._set_minutes(p, round(box.value() * 60)))
        self.table.setCellWidget(r, 2, hours)
        applies = QCheckBox(_("Yes") if line.payment else _("No"))
        applies.setObjectName(f"payment_{person.id}")
        applies.setChecked(line.payment)
        applies.setToolTip(_("Set by hand") if line.payment_set
                           else _("Follows whether they agreed to be paid"))
        applies.toggled.connect(lambda on, p=person.id: self._set_payment(p, on))
        self.table.setCellWidget(r, 3, applies)
        self.table.setItem(r, 4, QTableWidgetItem(pounds_text(line.amount(rate))))
        claim = line.recognition
        self.table.setItem(r, 5, QTableWidgetItem(_(claim.status.label) if claim else _("None yet")))
        for c in (4, 5):
            self.table.item(r, c).setTextAlignment(Qt.AlignmentFlag.AlignVCenter
                                                   | Qt.AlignmentFlag.AlignRight)

    def _set_minutes(self, person_id: int, minutes: int) -> None:
        line = self._line(person_id)
        if line is None or line.minutes == minutes or self.session_id is None:
            return
        sid, payments = self.session_id, self.env.services.payments
        self.env.undo.run(lambda: payments.set_attendance(sid, person_id, minutes=minutes))

    def _set_payment(self, person_id: int, on: bool) -> None:
        if self.session_id is None:
            return
        sid, payments = self.session_id, self.env.services.payments
        self.env.undo.run(lambda: payments.set_attendance(sid, person_id, payment=on))

    def _line(self, person_id: int) -> AttendancePay | None:
        if self.session_id is None:
            return None
        return next((a for a in self.env.services.read.payments
                     .attendance_pay(self.session_id) if a.person.id == person_id), None)

    def add_time_claims(self) -> None:
        if self.session_id is None:
            return
        sid, payments = self.session_id, self.env.services.payments
        self.env.undo.run(lambda: payments.add_time_claims(sid))
