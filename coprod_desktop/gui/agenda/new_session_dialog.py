"""New session › from template: pick a plan, give the session a title, a date and a place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from coprod_desktop.domain.methods import Template
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.i18n import _, current
from coprod_desktop.library import shipped_templates


class NewSessionDialog(QDialog):
    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.new_session_id: int | None = None
        self.setWindowTitle(_("New session from a template"))
        self.templates = list(shipped_templates(current()).templates)
        self.template_combo = QComboBox(self)
        for template in self.templates:
            self.template_combo.addItem(_("{name} ({minutes} min)").format(
                name=template.name, minutes=template.minutes), template.id)
        self.about = QLabel(self)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setWordWrap(True)
        self.title_edit = QLineEdit(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        today = env.clock.now().astimezone().date()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.start_edit = QTimeEdit(self)
        self.start_edit.setDisplayFormat("HH:mm")
        self.venue_edit = QLineEdit(self)
        self.checkout = QCheckBox(_("End with the check-out questions"), self)
        self.checkout.setToolTip(_("Four quick anonymous questions on how the session felt, as "
                                   "the last activity. Untick to leave it out."))
        self.checkout.setChecked(True)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setObjectName("newSessionError")  # red in ui/console.qss
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Create session"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(_("Template"), self.template_combo)
        form.addRow("", self.about)
        form.addRow(_("Title"), self.title_edit)
        form.addRow(_("Date"), self.date_edit)
        form.addRow(_("Starts"), self.start_edit)
        form.addRow(_("Venue"), self.venue_edit)
        form.addRow("", self.checkout)
        form.addRow(self.error)
        form.addRow(buttons)
        self.template_combo.currentIndexChanged.connect(self._template_chosen)
        self._template_chosen()

    @property
    def template(self) -> Template:
        return self.templates[self.template_combo.currentIndex()]

    def _template_chosen(self) -> None:
        template = self.template
        self.about.setText(template.description)
        self.title_edit.setText(template.name)
        hours, minutes = (int(x) for x in template.starts_at.split(":"))
        self.start_edit.setTime(QTime(hours, minutes))

    def create(self) -> None:
        picked = self.date_edit.date()
        start = self.start_edit.time()
        self.error.clear()
        self.env.undo.error.connect(self._show_error)
        try:
            change = self.env.undo.run(lambda: self.env.services.agenda.new_session_from_template(
                self.template.id, self.title_edit.text(),
                date(picked.year(), picked.month(), picked.day()),
                starts_at=f"{start.hour():02d}:{start.minute():02d}",
                venue=self.venue_edit.text(), checkout=self.checkout.isChecked(),
                language=current()))
        finally:
            self.env.undo.error.disconnect(self._show_error)
        if change is not None and isinstance(change.new_id, int):
            self.new_session_id = change.new_id
            self.accept()

    def _show_error(self, message: object) -> None:
        self.error.setText(said(message))
