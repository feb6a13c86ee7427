"""The poll a `poll` activity carries, in the agenda's activity editor: the kind, the question,
and the options (one a line) or the scale's ends and the words at them. Running the activity
opens exactly this poll on the phones (services/planned_polls.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coprod_desktop.domain.polls import CHOICES, Poll, PollChoice, PollDraft, PollKind
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.i18n import N_, _

NONE = "none"
NOT_PLANNED = N_("Not planned yet (write it when the room gets there)")


class PlannedPollBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("The poll"), parent)
        self.kind = QComboBox(self)
        self.kind.addItem(_(NOT_PLANNED), NONE)
        for choice in CHOICES:
            self.kind.addItem(_(choice.label), choice.key)
        self.kind.setAccessibleName(_("Kind of poll"))
        self.question = QLineEdit(self)
        self.question.setPlaceholderText(_("The question"))
        self.question.setAccessibleName(_("The poll's question"))
        self.options = QPlainTextEdit(self)
        self.options.setAccessibleName(_("Options, one a line"))
        self.options.setFixedHeight(80)
        self.low_label = QLineEdit(self)
        self.low_label.setPlaceholderText(_("Lowest, e.g. Not at all"))
        self.low_label.setAccessibleName(_("Words for the lowest point"))
        self.high_label = QLineEdit(self)
        self.high_label.setPlaceholderText(_("Highest, e.g. Completely"))
        self.high_label.setAccessibleName(_("Words for the highest point"))
        self.problem = QLabel(self)
        self.problem.setObjectName("newSessionError")  # red in ui/console.qss
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        ends = QHBoxLayout()
        ends.addWidget(self.low_label)
        ends.addWidget(self.high_label)
        form = QFormLayout(self)
        form.addRow(_("Kind"), self.kind)
        form.addRow(_("Question"), self.question)
        form.addRow(_("Options, one a line"), self.options)
        form.addRow(_("Words at the ends"), ends)
        form.addRow(self.problem)
        self._form, self._ends = form, ends
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _choice(self) -> PollChoice | None:
        """The kind picked, or None for 'not planned yet' (the first item)."""
        index = self.kind.currentIndex()
        return CHOICES[index - 1] if index > 0 else None

    def _kind_changed(self) -> None:
        choice = self._choice()
        kind = choice.kind if choice else None
        self._form.setRowVisible(self.question, kind is not None)
        self._form.setRowVisible(self.options, kind is not None and kind.choice)
        self._form.setRowVisible(self._ends, kind is PollKind.SCALE)

    def show_poll(self, poll: Poll | None) -> None:
        """Fill in the planned poll (or a blank one); a poll that has run can only be read."""
        self.problem.clear()
        key = NONE
        if poll is not None:
            key = poll.kind.value
            if poll.kind is PollKind.SCALE:
                key = "scale10" if poll.high == 10 else "scale5"
        self.kind.setCurrentIndex(max(0, self.kind.findData(key)))
        self.question.setText(poll.question if poll else "")
        self.options.setPlainText("\n".join(poll.options) if poll else "")
        self.low_label.setText(poll.low_label if poll else "")
        self.high_label.setText(poll.high_label if poll else "")
        ran = poll is not None and poll.opened_at is not None
        for widget in (self.kind, self.question, self.options, self.low_label, self.high_label):
            widget.setEnabled(not ran)
        self.setTitle(_("The poll (it has run: start another from the Polls panel)") if ran
                      else _("The poll"))

    def editable(self) -> bool:
        return self.kind.isEnabled()

    def planned(self) -> PollDraft | None:
        """The poll as the box holds it; None: "not planned yet" is chosen."""
        choice = self._choice()
        return choice.draft(self.question.text(), self.options.toPlainText(),
                            self.low_label.text(), self.high_label.text()) if choice else None

    def show_error(self, message: str) -> None:
        self.problem.setText(said(message))
