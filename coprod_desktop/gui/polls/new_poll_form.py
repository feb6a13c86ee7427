"""The Polls panel's "new poll" form: the kind, the question, and the options or a scale's ends.

Only what the kind needs is shown: options (one a line) for a choice, the words at the ends for
a scale, nothing more for a word cloud. The panel reads `asked()` and sends it to the service.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from coprod_desktop.domain.polls import CHOICES, PollDraft, PollKind
from coprod_desktop.i18n import _


class NewPollForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        self.question = QLineEdit(self)
        self.options = QPlainTextEdit(self)
        self.options.setFixedHeight(90)
        self.low_label = QLineEdit(self)
        self.high_label = QLineEdit(self)
        self.start_button = QPushButton(self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #D9463B; font-weight: bold;")
        self.options_label, self.ends_label = QLabel(self), QLabel(self)
        form = QGridLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(self.kind, 0, 0)
        form.addWidget(self.question, 0, 1)
        form.addWidget(self.options_label, 1, 0)
        form.addWidget(self.options, 1, 1)
        form.addWidget(self.ends_label, 2, 0)
        ends = QHBoxLayout()
        ends.addWidget(self.low_label)
        ends.addWidget(self.high_label)
        form.addLayout(ends, 2, 1)
        form.addWidget(self.start_button, 3, 1)
        form.addWidget(self.problem, 4, 0, 1, 2)
        form.setColumnStretch(1, 1)
        for choice in CHOICES:
            self.kind.addItem("", choice.key)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.retranslate()

    def retranslate(self) -> None:
        for n, choice in enumerate(CHOICES):
            self.kind.setItemText(n, _(choice.label))
        self.kind.setAccessibleName(_("Kind of poll"))
        self.question.setPlaceholderText(_("The question"))
        self.question.setAccessibleName(_("The question"))
        self.options_label.setText(_("Options, one a line"))
        self.options.setAccessibleName(_("Options, one a line"))
        self.ends_label.setText(_("Words at the ends"))
        self.low_label.setPlaceholderText(_("Lowest, e.g. Not at all"))
        self.low_label.setAccessibleName(_("Words for the lowest point"))
        self.high_label.setPlaceholderText(_("Highest, e.g. Completely"))
        self.high_label.setAccessibleName(_("Words for the highest point"))
        self.start_button.setText(_("&Start poll"))
        self._kind_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _kind_changed(self) -> None:
        kind = CHOICES[max(0, self.kind.currentIndex())].kind
        for widget in (self.options_label, self.options):
            widget.setVisible(kind.choice)
        for widget in (self.ends_label, self.low_label, self.high_label):
            widget.setVisible(kind is PollKind.SCALE)

    def asked(self) -> PollDraft:
        choice = CHOICES[max(0, self.kind.currentIndex())]
        return choice.draft(self.question.text(), self.options.toPlainText(),
                            self.low_label.text(), self.high_label.text())

    def clear(self) -> None:
        for box in (self.question, self.low_label, self.high_label):
            box.clear()
        self.options.clear()
