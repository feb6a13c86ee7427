"""Console panel "Polls": a quick poll made in seconds, opened to phones, revealed when ready.

Choose the kind, write the question (and the options, or the words at the ends of a scale) and
start it: phones see it at once under "Quick polls". Results stay hidden from the room until
"Reveal results", like dots. A word cloud's words can be hidden one by one (every spelling that
groups with them). "Cloud from the board" makes a cloud of the notes, the whole board or a cluster.
An agenda activity planned with a poll card brings this panel forward with its title ready.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.poll_results import PollResults
from coprod_desktop.domain.polls import Poll, PollKind
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.panel_contract import PanelHooks
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.gui.listen import listen
from coprod_desktop.gui.polls.new_poll_form import NewPollForm
from coprod_desktop.gui.polls.projector_view import VIEW_KEY, PollProjectorView
from coprod_desktop.i18n import N_, _, count
from coprod_desktop.services import ChangeSet

ID_ROLE = Qt.ItemDataRole.UserRole
WATCHED = ("poll", "poll_answer", "note", "cluster", "session")
TOOL = "poll"
class PollsPanel(QWidget):
    title = N_("Polls")

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.session_id: int | None = None
        self.activity_id: int | None = None  # the planned activity a new poll belongs to
        self.polls: dict[int, Poll] = {}
        self.shown: PollResults | None = None
        self.counts: dict[int, int] = {}
        self.view = PollProjectorView()
        env.projector.add_view(VIEW_KEY, self.view)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = NewPollForm(self)
        form_ = self.form  # its parts, by the names the panel's tests and shortcuts use
        self.kind, self.question, self.options = form_.kind, form_.question, form_.options
        self.low_label, self.high_label = form_.low_label, form_.high_label
        self.start_button, self.problem = form_.start_button, form_.problem
        self.cluster = QComboBox(self)
        self.board_button = QPushButton(self)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.reveal_button = QPushButton(self)
        self.projector_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.words = QListWidget(self)
        self.hide_button = QPushButton(self)
        board = QHBoxLayout()
        board.addWidget(self.cluster, 1)
        board.addWidget(self.board_button)
        buttons = QGridLayout()
        buttons.addWidget(self.open_button, 0, 0)
        buttons.addWidget(self.reveal_button, 0, 1)
        buttons.addWidget(self.projector_button, 1, 0)
        buttons.addWidget(self.delete_button, 1, 1)
        words = QHBoxLayout()
        words.addWidget(self.words, 1)
        words.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addLayout(board)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(words)
        self.start_button.clicked.connect(self.start_poll)
        self.question.returnPressed.connect(self.start_poll)
        self.board_button.clicked.connect(self.cloud_from_board)
        self.open_button.clicked.connect(self.toggle_open)
        self.reveal_button.clicked.connect(self.toggle_reveal)
        self.projector_button.clicked.connect(self.project)
        self.delete_button.clicked.connect(self.delete_selected)
        self.hide_button.clicked.connect(self.toggle_word)
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.words.currentItemChanged.connect(lambda *_: self._enable())
        listen(self, env.services, self._on_change)
        self.retranslate()
        self.refresh()

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.title = _("Polls")
        self.intro.setText(_(
            "A quick poll in seconds: phones answer under “Quick polls”. The room sees the "
            "results only when you reveal them."))
        self.cluster.setAccessibleName(_("Notes for a word cloud"))
        self.board_button.setText(_("Cloud from the &board"))
        self.list.setAccessibleName(_("This session's polls"))
        self.words.setAccessibleName(_("Words in the cloud"))
        self.projector_button.setText(_("Show on &projector"))
        self.delete_button.setText(_("&Delete poll"))
        self._fill(read=False)  # from what was last read: the file may be closing

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def label_for(self, poll: Poll, answers: int) -> str:
        if poll.source == "board":
            state = _("From the board")
        elif poll.open:
            state = _("Open")
        elif poll.opened_at is None and poll.closed_at is None:
            state = _("Not started")
        else:
            state = _("Closed")
        shown = _("results shown") if poll.revealed else _("results hidden")
        answered = count("{n} answer", "{n} answers", answers)
        return f"{state} · {answered} · {shown}\n{poll.question}"

    # ---------------------------------------------------------------- hooks
    def project(self) -> str:
        self.env.projector.show_view(VIEW_KEY)
        return VIEW_KEY

    def show_tool(self, tool: str) -> None:
        if tool == TOOL:
            self.question.setFocus()

    def follow_activity(self, activity_id: int, tool: str) -> None:
        """A poll activity: the poll planned for it opens for phones as the room reaches it;
        with none planned, its title becomes the question, ready to start."""
        if tool != TOOL or self.session_id is None:
            return
        self.activity_id = activity_id
        planned = self.env.services.planned_polls.planned(activity_id)
        if planned is not None and planned.opened_at is None:  # planned on the agenda: open it
            poll_id = planned.id
            self.env.undo.run(lambda: self.env.services.polls.open(poll_id),
                              on_error=self._error)
            self.refresh()
        planned = next((p for p in self.polls.values() if p.activity_id == activity_id), None)
        if planned is not None:
            self.select(planned.id)
            return
        try:
            items = self.env.services.agenda.agenda(self.session_id).items
        except CoprodError:
            return
        item = next((a for a in items if a.activity.id == activity_id), None)
        if item is not None and not self.question.text().strip():
            self.question.setText(item.activity.title)

    def hooks(self) -> PanelHooks:
        return PanelHooks(tools=(TOOL,), project=self.project, show_tool=self.show_tool,
                          follow_activity=self.follow_activity)

    # ---------------------------------------------------------------- data
    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.activity_id = None
        self.refresh()

    def _on_change(self, change: ChangeSet) -> None:
        if change.touches(*WATCHED):
            self.refresh()

    def refresh(self) -> None:
        service = self.env.services.polls
        found = service.polls.polls(self.session_id) if self.session_id is not None else []
        self.polls = {p.id: p for p in found}
        self.counts = {p.id: service.polls.answer_count(p.id) for p in found}
        clusters = service.board_clusters(self.session_id) if self.session_id else []
        keep = self.cluster.currentData()
        self.cluster.clear()
        self.cluster.addItem(_("The whole board"), None)
        for cluster_id, title in clusters:
            self.cluster.addItem(title or _("Untitled cluster"), cluster_id)
        at = self.cluster.findData(keep)
        self.cluster.setCurrentIndex(max(0, at))
        self._fill()

    def _fill(self, read: bool = True) -> None:
        chosen = self.selected_id()
        self.list.blockSignals(True)
        self.list.clear()
        for poll in self.polls.values():
            item = QListWidgetItem(self.label_for(poll, self.counts.get(poll.id, 0)))
            item.setData(ID_ROLE, poll.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.blockSignals(True)
        if chosen in self.polls:
            self.select(chosen)
        elif self.polls:
            self.select(next(iter(self.polls)))
        self.list.blockSignals(False)
        self._show_selected(read)

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def selected(self) -> Poll | None:
        chosen = self.selected_id()
        return self.polls.get(chosen) if chosen is not None else None

    def select(self, poll_id: int) -> None:
        for n in range(self.list.count()):
            if int(self.list.item(n).data(ID_ROLE)) == poll_id:
                self.list.setCurrentRow(n)

    def _show_selected(self, read: bool = True) -> None:
        poll = self.selected()
        if read:
            self.shown = None
        if poll is not None and read:
            try:
                self.shown = self.env.services.polls.results(poll.id)
            except CoprodError:
                self.shown = None
        self.view.show_results(self.shown)
        self.words.clear()
        if self.shown is not None and poll is not None and poll.kind is PollKind.WORDS:
            for word in self.shown.words:
                item = QListWidgetItem(f"{word.text} · {word.count}")
                item.setData(ID_ROLE, word.key)
                self.words.addItem(item)
            for key in sorted(poll.hidden_words):
                item = QListWidgetItem(_("{word} · hidden").format(word=key))
                item.setData(ID_ROLE, "!" + key)
                self.words.addItem(item)
        self.words.setVisible(poll is not None and poll.kind is PollKind.WORDS)
        self.hide_button.setVisible(self.words.isVisibleTo(self))
        self._enable()

    def _enable(self) -> None:
        poll = self.selected()
        self.open_button.setEnabled(poll is not None and poll.source == "phones")
        self.reveal_button.setEnabled(poll is not None)
        self.delete_button.setEnabled(poll is not None)
        self.projector_button.setEnabled(poll is not None)
        self.open_button.setText(_("&Close poll") if poll is not None and poll.open
                                 else _("&Open to phones"))
        self.reveal_button.setText(_("&Hide results") if poll is not None and poll.revealed
                                   else _("&Reveal results"))
        word = self.words.currentItem()
        hidden = word is not None and str(word.data(ID_ROLE)).startswith("!")
        self.hide_button.setEnabled(word is not None)
        self.hide_button.setText(_("Show word &again") if hidden else _("Hide &word"))

    # ---------------------------------------------------------------- actions
    def _error(self, error: CoprodError) -> None:
        self.problem.setText(said(error.message))

    def start_poll(self) -> None:
        if self.session_id is None:
            return
        asked = self.form.asked()
        session, activity = self.session_id, self.activity_id
        self.problem.setText("")
        done = self.env.undo.run(lambda: self.env.services.polls.create(
            session, asked.kind, asked.question, options=asked.options, low=asked.low,
            high=asked.high, low_label=asked.low_label, high_label=asked.high_label,
            activity_id=activity), on_error=self._error)
        if done is not None:
            self.form.clear()
            if isinstance(done.new_id, int):
                self.select(done.new_id)

    def cloud_from_board(self) -> None:
        if self.session_id is None:
            return
        session, cluster = self.session_id, self.cluster.currentData()
        title = (_("Words from the board") if cluster is None else
                 _("Words from “{cluster}”").format(cluster=self.cluster.currentText()))
        done = self.env.undo.run(lambda: self.env.services.polls.cloud_from_board(
            session, cluster, title), on_error=self._error)
        if done is not None and isinstance(done.new_id, int):
            self.select(done.new_id)

    def toggle_open(self) -> None:
        poll = self.selected()
        if poll is not None:
            service = self.env.services.polls
            self.env.undo.run(lambda: service.close(poll.id) if poll.open
                              else service.open(poll.id), on_error=self._error)

    def toggle_reveal(self) -> None:
        poll = self.selected()
        if poll is not None:
            self.env.undo.run(lambda: self.env.services.polls.reveal(poll.id, not poll.revealed),
                              on_error=self._error)

    def delete_selected(self) -> None:
        poll = self.selected()
        if poll is not None:
            self.env.undo.run(lambda: self.env.services.polls.delete(poll.id),
                              on_error=self._error)

    def toggle_word(self) -> None:
        poll, word = self.selected(), self.words.currentItem()
        if poll is None or word is None:
            return
        key = str(word.data(ID_ROLE))
        hide = not key.startswith("!")
        self.env.undo.run(lambda: self.env.services.polls.hide_word(poll.id, key.lstrip("!"),
                                                                    hidden=hide),
                          on_error=self._error)
