"""Add or edit one of the programme's own glossary terms, with the plain-language rules live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.glossary import (
    EXPLANATION_MAX_WORDS,
    GlossaryEntry,
    explanation_problem,
    word_count,
)
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.i18n import _


class TermDialog(QDialog):
    """Collects a term, its other forms and one plain sentence. Saving is the caller's job."""

    def __init__(self, entry: GlossaryEntry | None = None, parent: QWidget | None = None,
                 replaces: GlossaryEntry | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Add a term") if entry is None else _("Edit a term"))
        self.term = QLineEdit(entry.term if entry else "", self)
        self.term.setAccessibleName(_("Term"))
        self.term.setPlaceholderText(_("For example: Ashbrook Hub"))
        self.aliases = QLineEdit("; ".join(entry.aliases) if entry else "", self)
        self.aliases.setAccessibleName(_("Other ways it is written"))
        self.aliases.setAccessibleDescription(_("Separate each one with a semicolon."))
        self.aliases.setPlaceholderText(_("For example: the Hub; hub"))
        self.explanation = QPlainTextEdit(entry.explanation if entry else "", self)
        self.explanation.setAccessibleName(_("Plain explanation"))
        self.explanation.setAccessibleDescription(
            _("One sentence, under 30 words, without other jargon."))
        self.explanation.setTabChangesFocus(True)
        self.explanation.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.check = QLabel(self)
        self.check.setTextFormat(Qt.TextFormat.PlainText)
        self.check.setWordWrap(True)
        self.check.setAccessibleName(_("Explanation check"))
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setObjectName("termError")  # dark red in ui/console.qss
        self.error.hide()
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        if replaces is not None:
            self.note.setText(_("This will replace the built-in explanation of ‘{term}’ "
                                      "for this programme.").format(term=replaces.term))
        self.note.setVisible(bool(self.note.text()))
        form = QFormLayout()
        form.addRow(_("&Term"), self.term)
        form.addRow(_("&Other ways it is written"), self.aliases)
        form.addRow(_("&Plain explanation"), self.explanation)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.check)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.explanation.textChanged.connect(self._update_check)
        self.term.textChanged.connect(self._update_check)
        self._update_check()
        self.resize(560, self.sizeHint().height())

    def values(self) -> tuple[str, str, str]:
        return self.term.text(), self.explanation.toPlainText(), self.aliases.text()

    def show_error(self, message: str) -> None:
        self.error.setText(said(message))
        self.error.show()

    def _update_check(self) -> None:
        text = self.explanation.toPlainText()
        words = word_count(text)
        problem = explanation_problem(text)
        if problem is None:
            self.check.setText(_("{n} words of {most}: good.").format(
                n=words, most=EXPLANATION_MAX_WORDS))
        else:
            self.check.setText(said(problem).replace(" (nothing has been saved)", ""))
        self.save_button.setEnabled(problem is None and bool(self.term.text().strip()))
