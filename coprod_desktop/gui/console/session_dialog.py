"""New session / Edit session: title, date, venue, start and end, kind. Stays open on a refusal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.limits import TITLE_MAX, VENUE_MAX
from coprod_desktop.domain.records import Session
from coprod_desktop.gui.console.session_kinds import kind_label
from coprod_desktop.gui.kit.forms import FieldErrors
from coprod_desktop.gui.undo import UndoAdapter
from coprod_desktop.i18n import _
from coprod_desktop.services import ChangeSet
from coprod_desktop.services.sessions import SESSION_KINDS


@dataclass(frozen=True)
class SessionValues:
    title: str
    on: date
    venue: str
    starts_at: time
    ends_at: time
    kind: str
    checkout: bool = False  # a new session: end its agenda with the check-out questions

    def as_kwargs(self) -> dict[str, object]:
        return {"title": self.title, "on": self.on, "venue": self.venue,
                "starts_at": self.starts_at, "ends_at": self.ends_at, "kind": self.kind}


class SessionDialog(QDialog):
    """`apply(values)` is the service call; it runs through the undo adapter."""

    def __init__(self, undo: UndoAdapter, apply: Callable[[SessionValues], ChangeSet], *,
                 session: Session | None = None, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDialog")
        self.setWindowTitle(_("Edit session") if session else _("New session"))
        self.setMinimumWidth(480)
        self.undo = undo
        self._apply = apply
        self.result_change: ChangeSet | None = None
        self.title = QLineEdit()
        self.title.setMaxLength(TITLE_MAX + 20)
        self.title.setPlaceholderText(_("e.g. Team meeting 4: what we learned"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        self.venue = QLineEdit()
        self.venue.setMaxLength(VENUE_MAX + 20)
        self.starts = QTimeEdit()
        self.ends = QTimeEdit()
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("HH:mm")
        self.kind = QComboBox()
        for kind in SESSION_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.errors = FieldErrors(fallback="title")
        form = QFormLayout()
        self.errors.add_row(form, _("Title"), self.title, "title")
        self.errors.add_row(form, _("Date"), self.date, "date")
        self.errors.add_row(form, _("Venue"), self.venue, "venue")
        self.errors.add_row(form, _("Starts"), self.starts, "starts_at", "time")
        self.errors.add_row(form, _("Ends"), self.ends, "ends_at")
        self.errors.add_row(form, _("Kind"), self.kind, "kind")
        self.checkout = QCheckBox(_("End with the check-out questions"))
        self.checkout.setToolTip(_("Four quick anonymous questions on how the session felt, as "
                                   "the last activity. Untick to leave it out, or remove it "
                                   "from the agenda later."))
        self.checkout.setChecked(True)
        self._new = session is None  # a session already planned is never changed by this
        if self._new:
            form.addRow("", self.checkout)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(_("Save") if session else _("Add session"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._fill(session, today or date.today())

    def _fill(self, session: Session | None, today: date) -> None:
        if session is None:
            self.date.setDate(QDate(today.year, today.month, today.day))
            self.starts.setTime(QTime(18, 0))
            self.ends.setTime(QTime(19, 30))
            self.kind.setCurrentIndex(SESSION_KINDS.index("meeting"))
            return
        self.title.setText(session.title)
        self.date.setDate(QDate(session.date.year, session.date.month, session.date.day))
        self.venue.setText(session.venue)
        self.starts.setTime(QTime(session.starts_at.hour, session.starts_at.minute))
        self.ends.setTime(QTime(session.ends_at.hour, session.ends_at.minute))
        index = self.kind.findData(session.kind)
        self.kind.setCurrentIndex(max(0, index))

    def values(self) -> SessionValues:
        day = self.date.date()
        start, end = self.starts.time(), self.ends.time()
        return SessionValues(
            title=self.title.text(), on=date(day.year(), day.month(), day.day()),
            venue=self.venue.text(), starts_at=time(start.hour(), start.minute()),
            ends_at=time(end.hour(), end.minute()), kind=str(self.kind.currentData()),
            checkout=self._new and self.checkout.isChecked())

    def submit(self) -> None:
        self.errors.clear()
        values = self.values()
        change = self.undo.run(lambda: self._apply(values), on_error=self.errors.show)
        if change is not None:
            self.result_change = change
            self.accept()
        else:  # a refusal of a few lines (a date outside the programme) needs the room
            self.adjustSize()
