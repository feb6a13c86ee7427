"""Console panel "Questions": the room's questions from phones, ranked by votes.

A new question waits at the top until the facilitator lets it through (only then do phones, the
projector and the handout see it). The facilitator marks questions answered, merges duplicates
(select two or more) and turns a question into an action. A question asked without a name says
so: the file does not know who asked it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.room_questions import RoomQuestion, by_votes, console_order
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.panel_contract import PanelHooks
from coprod_desktop.gui.listen import listen
from coprod_desktop.gui.room_questions.projector_view import VIEW_KEY, RoomQuestionsProjectorView
from coprod_desktop.i18n import N_, _, count
from coprod_desktop.services import ChangeSet

ID_ROLE = Qt.ItemDataRole.UserRole
WATCHED = ("phone_question", "phone_question_vote", "session")


class RoomQuestionsPanel(QWidget):
    title = N_("Questions")

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.title = _("Questions")
        self.session_id: int | None = None
        self.questions: dict[int, RoomQuestion] = {}
        self.view = RoomQuestionsProjectorView()
        env.projector.add_view(VIEW_KEY, self.view)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.release_button = QPushButton(self)
        self.answered_button = QPushButton(self)
        self.merge_button = QPushButton(self)
        self.action_button = QPushButton(self)
        self.projector_button = QPushButton(self)
        row = QGridLayout()  # two rows: the console stays narrow enough for a small laptop
        row.addWidget(self.release_button, 0, 0)
        row.addWidget(self.answered_button, 0, 1)
        row.addWidget(self.projector_button, 0, 3)
        row.addWidget(self.merge_button, 1, 0)
        row.addWidget(self.action_button, 1, 1)
        row.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.release_button.setShortcut(QKeySequence("Ctrl+L"))
        self.release_button.clicked.connect(self.release_selected)
        self.answered_button.clicked.connect(self.answer_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.action_button.clicked.connect(self.action_from_selected)
        self.projector_button.clicked.connect(lambda: env.projector.show_view(VIEW_KEY))
        self.list.itemSelectionChanged.connect(self._enable)
        listen(self, env.services, self._on_change)
        self.retranslate()
        self.refresh()

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.title = _("Questions")
        self.intro.setText(_(
            "Questions for the room from phones. New ones wait here until you let them through; "
            "then everyone can see them and vote. Select two or more to merge duplicates."))
        self.list.setAccessibleName(_("Questions for the room"))
        self.release_button.setText(_("&Let through"))
        self.answered_button.setText(_("Mark as &answered"))
        self.merge_button.setText(_("&Merge duplicates"))
        self.action_button.setText(_("Make an a&ction"))
        self.projector_button.setText(_("Show on &projector"))
        self._fill()  # from what was last read: no reading here (the file may be closing)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def label_for(self, question: RoomQuestion) -> str:
        who = (_("asked by {name}").format(name=question.author_name)
               if not question.anonymous else _("asked without a name"))
        if not question.released:
            state = _("Waiting for you")
        elif question.answered:
            state = _("Answered")
        else:
            state = count("{n} vote", "{n} votes", question.votes)
        extra = _(" · an action") if question.action_id is not None else ""
        return f"{state} · {who}{extra}\n{question.text}"

    def project(self) -> str:
        """The console's one "Show this on the projector" control (F6): the top questions."""
        self.env.projector.show_view(VIEW_KEY)
        return VIEW_KEY

    def hooks(self) -> PanelHooks:
        # The projector's view of the top questions is fed from here, so this panel keeps
        # listening while hidden (questions change at the pace people ask, not per sign-in).
        return PanelHooks(project=self.project)

    # ---------------------------------------------------------------- data
    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.refresh()

    def _on_change(self, change: ChangeSet) -> None:
        if change.touches(*WATCHED):
            self.refresh()

    def refresh(self) -> None:
        reader = self.env.services.room_questions.questions
        found = reader.all(self.session_id) if self.session_id is not None else []
        self.questions = {q.id: q for q in found}
        self._fill()
        self.view.show_questions(reader.top(self.session_id) if self.session_id else [])

    def _fill(self) -> None:
        keep = set(self.selected_ids())
        self.list.blockSignals(True)
        self.list.clear()
        for question in console_order(self.questions.values()):
            item = QListWidgetItem(self.label_for(question))
            item.setData(ID_ROLE, question.id)
            self.list.addItem(item)
            item.setSelected(question.id in keep)
        self.list.blockSignals(False)
        self._enable()

    def selected_ids(self) -> list[int]:
        return [int(item.data(ID_ROLE)) for item in self.list.selectedItems()]

    def _selected(self) -> list[RoomQuestion]:
        return [self.questions[i] for i in self.selected_ids() if i in self.questions]

    def _enable(self) -> None:
        chosen = self._selected()
        one = chosen[0] if len(chosen) == 1 else None
        self.release_button.setEnabled(one is not None and not one.released)
        self.answered_button.setEnabled(one is not None and not one.answered)
        self.action_button.setEnabled(one is not None and one.action_id is None)
        self.merge_button.setEnabled(len(chosen) >= 2)

    # ---------------------------------------------------------------- actions
    def select(self, question_id: int, *, add: bool = False) -> None:
        if not add:
            self.list.clearSelection()
        for n in range(self.list.count()):
            item = self.list.item(n)
            if int(item.data(ID_ROLE)) == question_id:
                item.setSelected(True)

    def _one(self) -> RoomQuestion | None:
        chosen = self._selected()
        return chosen[0] if len(chosen) == 1 else None

    def release_selected(self) -> None:
        question = self._one()
        if question is not None:
            self.env.undo.run(lambda: self.env.services.room_questions.release(question.id))

    def answer_selected(self) -> None:
        question = self._one()
        if question is not None:
            self.env.undo.run(lambda: self.env.services.room_questions.answer(question.id))

    def action_from_selected(self) -> None:
        question = self._one()
        if question is not None:
            self.env.undo.run(lambda: self.env.services.room_questions.to_action(question.id))

    def merge_selected(self) -> None:
        """The question with most votes (else the first asked) keeps the others' votes."""
        chosen = self._selected()
        if len(chosen) < 2:
            return
        keep = by_votes(chosen)[0]
        others = [q.id for q in chosen if q.id != keep.id]
        self.env.undo.run(lambda: self.env.services.room_questions.merge(keep.id, others))
