"""The poll a `poll` activity carries, in the agenda's activity editor: the kind, the question,
and the options (one a line) or the scale's ends and the words at them. Running the activity
opens exactly this poll on the phones (services/planned_polls.py)."""

from __future__ import annotations

from dataclasses import dataclass

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

from coprod_desktop.domain.polls import Poll, PollKind
from coprod_desktop.i18n import N_, _

NONE = "none"
# (key, label, kind, low, high)
KINDS = ((NONE, N_("Not planned yet (write it when the room gets there)"), None, 1, 5),
         ("scale5", N_("Scale 1 to 5"), PollKind.SCALE, 1, 5),
         ("scale10", N_("Scale 0 to 10"), PollKind.SCALE, 0, 10),
         ("single", N_("Choose one"), PollKind.SINGLE, 1, 5),
         ("multiple", N_("Choose any"), PollKind.MULTIPLE, 1, 5),
         ("words", N_("Word cloud (three words each)"), PollKind.WORDS, 1, 5))


@dataclass(frozen=True)
class PlannedPoll:
    kind: PollKind | None  # None: no poll planned
    question: str
    options: list[str]
    low: int
    high: int
    low_label: str
    high_label: str


class PlannedPollBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("The poll"), parent)
        self.kind = QComboBox(self)
        for key, label, *_rest in KINDS:
            self.kind.addItem(_(label), key)
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

    def _kind_changed(self) -> None:
        kind = KINDS[max(0, self.kind.currentIndex())][2]
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

    def planned(self) -> PlannedPoll:
        _key, _label, kind, low, high = KINDS[max(0, self.kind.currentIndex())]
        return PlannedPoll(kind, self.question.text(), self.options.toPlainText().splitlines(),
                           low, high, self.low_label.text(), self.high_label.text())

    def show_error(self, message: str) -> None:
        self.problem.setText(message)
