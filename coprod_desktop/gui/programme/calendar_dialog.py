"""Dates and meetings: start, length, time zone, the regular meeting, and the milestones."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.calendar import (
    DEFAULT_ZONE,
    MAX_EVERY,
    MAX_LENGTH,
    MIN_EVERY,
    MIN_LENGTH,
    zone_names,
)
from coprod_desktop.domain.limits import TITLE_MAX, VENUE_MAX
from coprod_desktop.facilitation.programme_calendar import long_date
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.programme.common import error_line, lay_out_dialog, run_showing_errors
from coprod_desktop.i18n import _

ID_ROLE = Qt.ItemDataRole.UserRole


def to_qdate(on: date) -> QDate:
    return QDate(on.year, on.month, on.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(on: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(on))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    return edit


def time_edit(at: time) -> QTimeEdit:
    edit = QTimeEdit(QTime(at.hour, at.minute))
    edit.setDisplayFormat("HH:mm")
    return edit


class CalendarDialog(QDialog):
    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Dates and meetings"))
        self.env = env
        plan = env.services.calendar.plan
        settings = plan.calendar_settings()
        today = env.clock.now().date()
        start = settings.start_date or today
        self.start = date_edit(start)
        self.length = QSpinBox()
        self.length.setRange(MIN_LENGTH, MAX_LENGTH)
        self.length.setValue(settings.length_days)
        self.length.setSuffix(_(" days"))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(zone_names())
        self.zone.setCurrentText(settings.time_zone or DEFAULT_ZONE)
        pattern = settings.pattern
        self.first = date_edit(pattern.first_date or start)
        self.every = QSpinBox()
        self.every.setRange(MIN_EVERY, MAX_EVERY)
        self.every.setValue(pattern.every_days)
        self.every.setSuffix(_(" days"))
        self.starts = time_edit(pattern.starts_at)
        self.ends = time_edit(pattern.ends_at)
        self.venue = QLineEdit(pattern.venue)
        self.venue.setMaxLength(VENUE_MAX)
        self.venue.setPlaceholderText(_("Same place every time, such as the church hall"))
        self.message = error_line()
        self.milestones = QListWidget()
        self.milestones.setObjectName("milestoneList")
        self._build()
        self._fill_milestones()

    def _build(self) -> None:
        dates = QGroupBox(_("The programme"))
        form = QFormLayout(dates)
        form.addRow(_("Day 1"), self.start)
        form.addRow(_("Length"), self.length)
        form.addRow(_("Count days in"), self.zone)
        meetings = QGroupBox(_("The regular team meeting"))
        form2 = QFormLayout(meetings)
        form2.addRow(_("First meeting"), self.first)
        form2.addRow(_("Every"), self.every)
        times = QHBoxLayout()
        times.addWidget(self.starts)
        times.addWidget(QLabel(_("to")))
        times.addWidget(self.ends)
        times.addStretch(1)
        form2.addRow(_("Time"), times)
        form2.addRow(_("Place"), self.venue)
        stones = QGroupBox(_("Milestones"))
        col = QVBoxLayout(stones)
        col.addWidget(self.milestones)
        buttons = QHBoxLayout()
        for text, slot in ((_("Add…"), self._add_milestone), (_("Edit…"), self._edit_milestone),
                           (_("Delete"), self._delete_milestone)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        lay_out_dialog(self, [dates, meetings, stones], self.message, self.save,
                       QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)

    def _fill_milestones(self) -> None:
        self.milestones.clear()
        for m in self.env.services.calendar.plan.milestones():
            item = QListWidgetItem(f"{long_date(m.on)}: {m.title}")
            item.setData(ID_ROLE, m.id)
            self.milestones.addItem(item)

    def save(self) -> None:
        """Save the dates, then the meeting pattern; stay open on a refusal to show why."""
        services = self.env.services
        done = run_showing_errors(self.env, self.message, lambda: services.calendar.set_calendar(
            from_qdate(self.start.date()), self.length.value(), self.zone.currentText()))
        if done is None:
            return
        done = run_showing_errors(self.env, self.message, lambda: services.calendar.set_meeting_pattern(
            from_qdate(self.first.date()), every_days=self.every.value(),
            starts_at=self.starts.time().toString("HH:mm"),
            ends_at=self.ends.time().toString("HH:mm"), venue=self.venue.text()))
        if done is not None:
            self.accept()

    def _selected(self) -> int | None:
        item = self.milestones.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def _add_milestone(self) -> None:
        MilestoneDialog(self.env, None, self).exec()
        self._fill_milestones()

    def _edit_milestone(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            MilestoneDialog(self.env, chosen, self).exec()
            self._fill_milestones()

    def _delete_milestone(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            run_showing_errors(self.env, self.message,
                               lambda: self.env.services.calendar.delete_milestone(chosen))
            self._fill_milestones()


class MilestoneDialog(QDialog):
    def __init__(self, env: GuiEnv, milestone_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.milestone_id = milestone_id
        self.setWindowTitle(_("Milestone"))
        found = env.services.calendar.plan.milestone(milestone_id) if milestone_id else None
        cal = env.services.calendar.calendar()
        self.name = QLineEdit(found.title if found else "")
        self.name.setMaxLength(TITLE_MAX)
        self.name.setPlaceholderText(_("Such as: Share what we found with the council board"))
        default = found.on if found else (cal.date_of_day(75) if cal else env.clock.now().date())
        self.when = date_edit(default)
        self.note = QPlainTextEdit(found.note if found else "")
        self.note.setFixedHeight(70)
        self.message = error_line()
        form = QFormLayout()
        form.addRow(_("Name"), self.name)
        form.addRow(_("Date"), self.when)
        form.addRow(_("Note"), self.note)
        lay_out_dialog(self, [form], self.message, self.save)

    def save(self) -> None:
        calendar = self.env.services.calendar
        on = from_qdate(self.when.date())
        if self.milestone_id is None:
            done = run_showing_errors(self.env, self.message, lambda: calendar.add_milestone(
                self.name.text(), on, note=self.note.toPlainText()))
        else:
            mid = self.milestone_id
            done = run_showing_errors(self.env, self.message, lambda: calendar.edit_milestone(
                mid, title=self.name.text(), on=on, note=self.note.toPlainText()))
        if done is not None:
            self.accept()


class MoveMeetingDialog(QDialog):
    """Move one meeting to another date and time; a date outside the programme is refused here,
    with the reason, and nothing moves."""

    def __init__(self, env: GuiEnv, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env, self.session_id = env, session_id
        session = env.services.read.session(session_id)
        self.setWindowTitle(_("Move ‘{title}’").format(title=session.title))
        self.when = date_edit(session.date)
        self.when.setObjectName("moveDate")
        self.starts = time_edit(session.starts_at)
        self.ends = time_edit(session.ends_at)
        self.message = error_line()
        times = QHBoxLayout()
        times.addWidget(self.starts)
        times.addWidget(QLabel(_("to")))
        times.addWidget(self.ends)
        times.addStretch(1)
        form = QFormLayout()
        form.addRow(_("Date"), self.when)
        form.addRow(_("Time"), times)
        lay_out_dialog(self, [form], self.message, self.save)

    def save(self) -> None:
        calendar = self.env.services.calendar
        on = from_qdate(self.when.date())
        start, end = self.starts.time().toString("HH:mm"), self.ends.time().toString("HH:mm")
        done = run_showing_errors(self.env, self.message, lambda: calendar.move_meeting(
            self.session_id, on, starts_at=start, ends_at=end))
        if done is not None:
            self.accept()
