"""The selected activity's details: title, minutes, phase and the projector instructions."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from coprod_desktop.domain.agenda import MAX_MINUTES, MIN_MINUTES, AgendaItem
from coprod_desktop.domain.methods import Tool
from coprod_desktop.domain.phases import Phase
from coprod_desktop.domain.polls import Poll
from coprod_desktop.gui.agenda.phase_art import phase_icon
from coprod_desktop.gui.agenda.planned_poll_box import PlannedPollBox
from coprod_desktop.i18n import _


class ActivityForm(QWidget):
    saved = Signal(int, str, int, str, str)  # id, title, minutes, phase, instructions
    poll_saved = Signal(int, object)  # a poll activity's id and its PollDraft, or None
    removed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._id: int | None = None
        self._poll_activity = False
        self.title_edit = QLineEdit(self)
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes_spin.setSuffix(_(" min"))
        self.phase_combo = QComboBox(self)
        for phase in Phase:
            self.phase_combo.addItem(phase_icon(phase), _(phase.label), phase.value)
        self.instructions_edit = QPlainTextEdit(self)
        self.instructions_edit.setPlaceholderText(_("What the room reads on the projector: "
                                                  "a few short lines."))
        self.instructions_edit.setMaximumHeight(110)
        self.save_button = QPushButton(_("Save changes"), self)
        self.remove_button = QPushButton(_("Remove from agenda"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)
        top = QHBoxLayout()
        top.addWidget(self.title_edit, 3)
        top.addWidget(self.minutes_spin)
        top.addWidget(self.phase_combo, 1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 4, 0, 0)
        form.addRow(_("Activity"), top)
        form.addRow(_("Instructions"), self.instructions_edit)
        self.poll_box = PlannedPollBox(self)  # only for a poll activity
        self.poll_box.hide()
        form.addRow(self.poll_box)
        form.addRow(buttons)
        self.save_button.clicked.connect(self._save)
        self.title_edit.returnPressed.connect(self._save)
        self.remove_button.clicked.connect(
            lambda: self._id is not None and self.removed.emit(self._id))
        self.show_item(None)

    def show_item(self, item: AgendaItem | None, poll: Poll | None = None) -> None:
        """The activity's details; a poll activity's planned poll (`poll`) below them."""
        self._id = item.id if item else None
        self._poll_activity = item is not None and item.tool is Tool.POLL
        self.poll_box.setVisible(self._poll_activity)
        self.poll_box.show_poll(poll)
        for widget in (self.title_edit, self.minutes_spin, self.phase_combo,
                       self.instructions_edit, self.save_button, self.remove_button):
            widget.setEnabled(item is not None)
        if item is None:
            self.title_edit.clear()
            self.instructions_edit.clear()
            return
        activity = item.activity
        self.title_edit.setText(activity.title)
        self.minutes_spin.setValue(activity.duration_s // 60)
        self.phase_combo.setCurrentIndex(self.phase_combo.findData(activity.phase.value))
        self.instructions_edit.setPlainText(activity.instructions)

    def _save(self) -> None:
        if self._id is None:
            return
        self.saved.emit(self._id, self.title_edit.text(), self.minutes_spin.value(),
                        self.phase_combo.currentData(), self.instructions_edit.toPlainText())
        if self._poll_activity and self.poll_box.editable():
            self.poll_box.show_error("")
            self.poll_saved.emit(self._id, self.poll_box.planned())
