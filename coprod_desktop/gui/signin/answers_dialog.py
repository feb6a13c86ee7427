"""The optional "about you" questions for someone signed in by hand (or on a paper form).

The same questions the phones ask, each with "Skip". Answers are added to the session's tallies
and nothing else: the dialog never names the person, and the count is kept out of the undo
history, so nothing in the file sits beside their sign-in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.equalities import QUESTIONS, SKIP
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.i18n import _


class AnswersDialog(QDialog):
    def __init__(self, env: GuiEnv, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answersDialog")
        self.setWindowTitle(_("Optional questions"))
        self.env = env
        self.session_id = session_id
        self.groups: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        inner = QWidget()
        questions = QVBoxLayout(inner)
        intro = QLabel(_("Only if the person wants to answer. Every question can be skipped. "
                       "The answers are counted, not kept with their name."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        scroll = QScrollArea()  # a small laptop screen still shows the buttons
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        for question in QUESTIONS:
            box = QGroupBox(question.text)
            column = QVBoxLayout(box)
            group = QButtonGroup(box)
            for value, label in (*question.choices, (SKIP, _("Skip this question"))):
                button = QRadioButton(label)
                button.setProperty("answer", value)
                button.setObjectName(f"answer_{question.key}_{value or 'skip'}")
                group.addButton(button)
                column.addWidget(button)
                if value == SKIP:
                    button.setChecked(True)
            self.groups[question.key] = group
            questions.addWidget(box)
        self.message = QLabel("")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        box = QDialogButtonBox()
        self.count_button = box.addButton(_("Count these answers"),
                                          QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(_("Skip them all"), QDialogButtonBox.ButtonRole.RejectRole)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(520, 640)

    def choose(self, question: str, answer: str) -> None:
        for button in self.groups[question].buttons():
            if button.property("answer") == answer:
                button.setChecked(True)

    def answers(self) -> dict[str, str]:
        out = {}
        for key, group in self.groups.items():
            checked = group.checkedButton()
            out[key] = str(checked.property("answer")) if checked else SKIP
        return out

    def save(self) -> None:
        answers = self.answers()
        if not any(answers.values()):
            self.reject()
            return
        try:
            self.env.services.reach.record_hand_answers(self.session_id, answers)
        except CoprodError as exc:
            self.message.setText(said(exc.message))
            self.message.setVisible(True)
            return
        self.accept()
