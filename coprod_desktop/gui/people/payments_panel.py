"""The Payments panel: the hourly rate, what is owed and to whom, every claim and how long it has
waited, this session's hours, and the claims sheets for the finance team."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.money import ClaimStatus, ageing, pounds_text, totals
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.gui.kit.shown_gate import gate
from coprod_desktop.gui.listen import listen
from coprod_desktop.gui.people.claim_dialog import ClaimDialog
from coprod_desktop.gui.people.claims_view import FILTERS, ClaimsTable, OwedTable
from coprod_desktop.gui.people.session_hours import SessionHours
from coprod_desktop.gui.people.sheets import SheetButtons
from coprod_desktop.gui.people.widgets import plain
from coprod_desktop.gui.scrolling import scroll_inside
from coprod_desktop.i18n import N_, _, count
from coprod_desktop.services import ChangeSet
from coprod_desktop.services.readers import PaymentsReader

WATCHED = ("claim", "attendance", "attendee", "programme", "session")


class PaymentsPanel(QWidget):
    title = N_("Payments")

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentsPanel")
        self.env = env
        self._recolour = False
        self.rate = QLineEdit()
        self.rate.setObjectName("payRate")
        self.rate.setMaximumWidth(110)
        self.rate.setAccessibleName(_("Hourly rate in pounds"))
        self.rate.returnPressed.connect(self.save_rate)
        self.rate_button = QPushButton(_("Save rate"))
        self.rate_button.clicked.connect(self.save_rate)
        self.rate_error = plain("", "fieldError")
        self.rate_error.hide()
        self.summary = plain("", "presentTotal")
        self.detail = plain("")
        self.filter = QComboBox()
        self.filter.setObjectName("claimsFilter")
        for label, _filter in FILTERS:
            self.filter.addItem(_(label))
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.owed = OwedTable()
        self.owed.itemSelectionChanged.connect(self.refresh_claims)
        self.claims = ClaimsTable()
        self.new_button = QPushButton(_("New claim…"))
        self.new_button.setObjectName("newClaim")
        self.new_button.clicked.connect(self.new_claim)
        self.approve_button = QPushButton(_("Approve"))
        self.approve_button.setObjectName("approveClaims")
        self.approve_button.clicked.connect(lambda: self._move(ClaimStatus.APPROVED))
        self.paid_button = QPushButton(_("Mark paid"))
        self.paid_button.setObjectName("payClaims")
        self.paid_button.clicked.connect(lambda: self._move(ClaimStatus.PAID))
        self.delete_button = QPushButton(_("Delete"))
        self.delete_button.setObjectName("deleteClaim")
        self.delete_button.clicked.connect(self.delete_claims)
        self.hours = SessionHours(env)
        self.sheets = SheetButtons(env, self)
        self._layout()
        self.shown_gate = gate(self, self.refresh)  # refreshed while shown, once on showing
        listen(self, env.services, self._changed)
        self.shown_gate.heard()  # read when first shown, not while the programme opens

    def _layout(self) -> None:
        rate_row = QHBoxLayout()
        rate_row.addWidget(QLabel(_("Payment for time: £")))
        rate_row.addWidget(self.rate)
        rate_row.addWidget(QLabel(_("an hour")))
        rate_row.addWidget(self.rate_button)
        rate_row.addWidget(self.rate_error, 1)
        rate_row.addStretch(1)
        rate_row.addWidget(self.sheets)
        owed_box = QGroupBox(_("Owed, by person"))
        owed_layout = QVBoxLayout(owed_box)
        owed_layout.addWidget(self.owed)
        owed_layout.addWidget(plain(_("Choose a person to see only their claims.")))
        claims_box = QGroupBox(_("Claims"))
        claims_layout = QVBoxLayout(claims_box)
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Show")))
        top.addWidget(self.filter)
        top.addStretch(1)
        for button in (self.new_button, self.approve_button, self.paid_button,
                       self.delete_button):
            top.addWidget(button)
        claims_layout.addLayout(top)
        claims_layout.addWidget(self.claims)
        hours_box = QGroupBox(_("This session"))
        hours_layout = QVBoxLayout(hours_box)
        hours_layout.addWidget(self.hours)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.setChildrenCollapsible(False)
        lower.addWidget(owed_box)
        lower.addWidget(hours_box)
        lower.setSizes([480, 700])
        column = QSplitter(Qt.Orientation.Vertical)
        column.setChildrenCollapsible(False)
        column.addWidget(claims_box)
        column.addWidget(lower)
        column.setSizes([430, 330])
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(rate_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.detail)
        layout.addWidget(column, 1)
        # In a narrow window the panel scrolls rather than widening the console.
        scroll_inside(self, content)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour = True  # the waiting-time colours suit the light or the dark theme
            if self.isVisible():
                self._recolour = False
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._recolour:
            self._recolour = False
            self.refresh()

    # Panel protocol
    def set_session(self, session_id: int | None) -> None:
        self.hours.set_session(session_id)

    def today(self) -> date:
        return self.env.clock.now().astimezone().date()

    @property
    def pay(self) -> PaymentsReader:
        return self.env.services.read.payments

    # Showing
    def refresh(self) -> None:
        reader = self.pay
        rate = reader.rate()
        if not self.rate.hasFocus():
            self.rate.setText(f"{rate // 100}.{rate % 100:02d}")
        claims = reader.claims()
        today = self.today()
        sums = totals(claims)
        owed = reader.owed_by_person()
        owed_total = sums[ClaimStatus.CLAIMED] + sums[ClaimStatus.APPROVED]
        self.summary.setText(
            count("Owed: {amount} to {n} person", "Owed: {amount} to {n} people", len(owed),
                  amount=pounds_text(owed_total)) if owed else _("Nothing is owed."))
        by_age = ageing(claims, today)
        self.detail.setText(
            _("Waiting for approval: {claimed}  ·  Approved, not yet paid: {approved}  ·  "
              "Paid so far: {paid}  ·  ").format(claimed=pounds_text(sums[ClaimStatus.CLAIMED]),
                                                 approved=pounds_text(sums[ClaimStatus.APPROVED]),
                                                 paid=pounds_text(sums[ClaimStatus.PAID]))
            + "  ·  ".join(f"{_(k)}: {pounds_text(v)}" for k, v in by_age.items()))
        chosen = self.owed.chosen_person()
        self.owed.blockSignals(True)
        self.owed.show_owed(owed, today)
        for row in range(self.owed.rowCount()):
            if self.owed.item(row, 0).data(Qt.ItemDataRole.UserRole) == chosen:
                self.owed.selectRow(row)
        self.owed.blockSignals(False)
        self.refresh_claims()
        self.hours.refresh()

    def refresh_claims(self) -> None:
        reader = self.pay
        statuses = FILTERS[self.filter.currentIndex()][1]
        claims = reader.claims(statuses=statuses, attendee_id=self.owed.chosen_person())
        people = {p.id: p for p in self.env.services.read.attendees()}
        sessions = {s.id: s for s in self.env.services.read.sessions()}
        self.claims.show_claims(claims, people, sessions, self.today())

    def _changed(self, change: ChangeSet) -> None:
        if change.touches(*WATCHED):
            self.shown_gate.heard()

    # Actions
    def save_rate(self) -> None:
        self.rate_error.hide()
        typed, payments = self.rate.text(), self.env.services.payments

        def refused(exc: object) -> None:
            self.rate_error.setText(said(getattr(exc, "message", str(exc))))
            self.rate_error.show()

        self.env.undo.run(lambda: payments.set_rate(typed), on_error=refused)
        self.rate.clearFocus()
        self.refresh()

    def new_claim(self) -> None:
        dialog = ClaimDialog(self.env.services, self.env.undo, self.today(),
                             person_id=self.owed.chosen_person(),
                             session_id=self.hours.session_id, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _move(self, to: ClaimStatus) -> None:
        chosen, payments = self.claims.chosen(), self.env.services.payments
        action = payments.approve if to is ClaimStatus.APPROVED else payments.mark_paid
        self.env.undo.run(lambda: action(chosen))

    def delete_claims(self) -> None:
        payments = self.env.services.payments
        for claim_id in self.claims.chosen():
            self.env.undo.run(lambda c=claim_id: payments.delete_claim(c))
