"""The projector's top questions: let through, not yet answered, most votes first, large.

Each question's votes are written out in words beside it, so colour is never the only cue.
Attendee text is plain text, never markup; no name is ever shown here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from coprod_desktop.domain.room_questions import PROJECTOR_TOP, RoomQuestion
from coprod_desktop.gui.kit.scale import ScaledView, set_scale
from coprod_desktop.i18n import _, count

VIEW_KEY = "room_questions"
HEADING = 0.062  # shares of the projector's height (capitals ≈ 0.7 of these: ≥ 24 px at 1080p)
TEXT = 0.046
VOTES = 0.046
HINT = 0.036


class RoomQuestionsProjectorView(ScaledView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomQuestionsProjectorView")
        self.questions: list[RoomQuestion] = []
        self.heading = self._label("heading", HEADING)
        self.hint = self._label("muted", HINT)
        self.rows: list[tuple[QLabel, QLabel]] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(40)
        grid.setVerticalSpacing(24)
        for n in range(PROJECTOR_TOP):
            votes = self._label("accent", VOTES)
            votes.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            votes.setWordWrap(False)
            text = self._label("", TEXT)
            grid.addWidget(votes, n, 0)
            grid.addWidget(text, n, 1)
            self.rows.append((votes, text))
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 64, 96, 64)
        layout.setSpacing(32)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.show_questions([])

    def _label(self, name: str, scale: float) -> QLabel:
        label = QLabel(self)
        if name:
            label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        set_scale(label, scale)
        return label

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_questions(self.questions)
        super().changeEvent(event)

    def show_questions(self, questions: list[RoomQuestion]) -> None:
        self.questions = questions[:PROJECTOR_TOP]
        self.setAccessibleName(_("Questions from the room"))
        self.heading.setText(_("Questions from the room"))
        self.hint.setText(_("Ask or vote on your phone: Questions for the room")
                          if self.questions else
                          _("No questions yet. Ask one from your phone: "
                                  "Questions for the room"))
        for n, (votes, text) in enumerate(self.rows):
            question = self.questions[n] if n < len(self.questions) else None
            votes.setVisible(question is not None)
            text.setVisible(question is not None)
            if question is not None:
                votes.setText(count("{n} vote", "{n} votes", question.votes))
                text.setText(question.text)
                text.setAccessibleName(question.text)
        self.rescale()
