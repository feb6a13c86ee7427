"""Settings › Accessibility: interface size, the easy-reading font, language, read aloud."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.gui.plain import fonts, i18n, settings
from coprod_desktop.gui.plain.speech import Speaker
from coprod_desktop.i18n import _


class AccessibilityDialog(QDialog):
    """Changes apply when OK is pressed; the interface size from the next start."""

    changed = Signal()

    def __init__(self, speaker: Speaker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Accessibility"))
        self.scale = QComboBox(self)
        for value in settings.UI_SCALES:
            self.scale.addItem(f"{round(value * 100)} %", value)
        self.scale.setCurrentIndex(settings.UI_SCALES.index(settings.ui_scale()))
        self.scale.setAccessibleName(_("Interface size"))
        self.font_choice = QComboBox(self)
        for key, label in (("off", _("Off")), ("projector", _("On the projector")),
                           ("everywhere", _("On the projector and this window"))):
            self.font_choice.addItem(label, key)
        self.font_choice.setCurrentIndex(settings.FONT_CHOICES.index(settings.reading_font()))
        self.font_choice.setAccessibleName(_("Easy-reading font (Lexend)"))
        self.font_choice.setEnabled(fonts.reading_font_available())
        self.language = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.setAccessibleName(_("Language"))
        speech = QLabel(self)
        speech.setTextFormat(Qt.TextFormat.PlainText)
        speech.setWordWrap(True)
        available = speaker is None or speaker.available
        speech.setText(_("Read aloud uses this computer's voice.") if available else
                       _("Read aloud is not available: this computer has no voice "
                               "installed."))
        note = QLabel(_("A new interface size takes effect the next time Coprod Desktop "
                        "starts. A new language changes the menus at once, and the rest of the "
                        "console when a programme is next opened or Coprod Desktop starts."),
                      self)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_("Interface &size"), self.scale)
        form.addRow(_("Easy-reading &font"), self.font_choice)
        form.addRow(_("&Language"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(speech)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.apply()
        super().accept()

    def apply(self) -> None:
        settings.set_ui_scale(float(self.scale.currentData()))
        settings.set_reading_font(str(self.font_choice.currentData()))
        fonts.apply_console_font()
        code = str(self.language.currentData())
        settings.set_language(code)
        if code != i18n.current_language():
            i18n.install_language(code)
        self.changed.emit()
