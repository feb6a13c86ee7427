"""The console's Board panel: toolbar, vote strip, the board itself and a line for messages.

It builds the scene for the session's board, registers the projector view, and keeps the toolbar
in step with the board's settings. Errors from any command appear in the message line.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QMessageBox, QVBoxLayout, QWidget
from shiboken6 import isValid

from coprod_desktop.domain.board import BoardScope
from coprod_desktop.gui.board.commands import BoardCommands
from coprod_desktop.gui.board.note_item import NoteItem
from coprod_desktop.gui.board.projector import FOLLOW, WHOLE, BoardProjectorView
from coprod_desktop.gui.board.room_tools import RoomTools
from coprod_desktop.gui.board.scene import BoardScene
from coprod_desktop.gui.board.toolbar import BoardToolbar
from coprod_desktop.gui.board.view import BoardView
from coprod_desktop.gui.board.vote_bar import VoteBar
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit import keymap
from coprod_desktop.gui.kit.panel_contract import PanelHooks
from coprod_desktop.gui.kit.projector_facts import ProjectorFacts
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.gui.listen import listen
from coprod_desktop.i18n import N_, _, count

PROJECTOR_KEY = "board"


class BoardPanel(QWidget):
    title = N_("Board")
    tools = ("board", "vote")  # what agenda steps with the board or a dot vote open

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.session_id: int | None = None
        self._scope = BoardScope.SESSION
        self.scene = BoardScene(env.services)
        self.commands = BoardCommands(env, self.scene, self.ask_keep_notes)
        self.view = BoardView(self.scene, self.commands)
        self.toolbar = BoardToolbar(self.commands, self.view)
        self.activity = QComboBox()
        self.activity.setToolTip(_("Which activity's board to show"))
        self.activity.currentIndexChanged.connect(self._activity_chosen)
        self.activity_action = self.toolbar.insertWidget(self.toolbar.actions()[0], self.activity)
        self._action_tool()
        self._projector_actions()
        self.vote_bar = VoteBar(self.commands, self.scene)
        self.message = QLabel("")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.vote_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        self.setFocusProxy(self.view)  # the board's keys (N, Ctrl+A…) work as the panel comes up
        self.room = RoomTools(self.commands, self.scene, self, self.show_message)
        self._room_actions()
        self.projector = BoardProjectorView(self.scene)
        env.projector.add_view(PROJECTOR_KEY, self.projector)
        self.view.viewport_changed.connect(self.projector.follow)
        self._facts = ProjectorFacts(env.services, self)  # the dots, for the big screen on phones
        self.projector.results_shown.connect(
            lambda round_id: self._facts.note(self.session_id, dots_round_id=round_id))
        env.undo.error.connect(self.show_message)
        self.scene.summary_changed.connect(self._summary)
        self.toolbar.search.textChanged.connect(self._search)
        self.toolbar.search.returnPressed.connect(self._next_hit)
        self._hits: list[NoteItem] = []
        self._hit = -1
        listen(self, env.services, self.scene.apply)  # the scene follows the model

    def hooks(self) -> PanelHooks:
        return PanelHooks(tools=self.tools, follow_activity=self.follow_activity,
                          project=self.project, shutdown=self.shutdown)

    def project(self) -> str:
        self.env.projector.show_view(PROJECTOR_KEY)
        return PROJECTOR_KEY

    def set_session(self, session_id: int | None) -> None:
        self.commands.finish_editing()
        self.session_id = session_id
        activities = self.env.services.read.activities(session_id) if session_id else []
        scope = (self.env.services.board.read.settings(session_id).scope if session_id
                 else BoardScope.SESSION)
        per_activity = scope is BoardScope.ACTIVITY and bool(activities)
        self._scope = scope
        self.activity.blockSignals(True)
        self.activity.clear()
        for activity in activities if per_activity else []:
            self.activity.addItem(activity.title, activity.id)
        if per_activity and session_id is not None:  # the live activity's board, as phones use
            live = self.env.services.board.read.board_for_new_notes(session_id)
            self.activity.setCurrentIndex(max(0, self.activity.findData(live)))
        self.activity.blockSignals(False)
        self.activity_action.setVisible(per_activity)
        self.scene.show_board(session_id, self.activity.currentData() if per_activity else None)

    def follow_activity(self, activity_id: int, _tool: str = "") -> None:
        """The room moved on in the agenda: with one board per activity, show that activity's
        board here and on the projector (they share the scene)."""
        if self._scope is not BoardScope.ACTIVITY or self.session_id is None:
            return
        index = self.activity.findData(activity_id)
        if index < 0:  # added to the agenda since the list was filled: fill it again
            if activity_id in {a.id for a in self.env.services.read.activities(self.session_id)}:
                self.set_session(self.session_id)  # which opens on the live activity's board
            return
        if index != self.activity.currentIndex():
            self.activity.setCurrentIndex(index)  # _activity_chosen shows that board

    def shutdown(self) -> None:
        """Before the file closes: keep a note still being typed (nothing typed is lost)."""
        self.commands.finish_editing()
        self._facts.flush()

    def _activity_chosen(self) -> None:
        self.commands.finish_editing()
        self.scene.show_board(self.session_id, self.activity.currentData())

    def _action_tool(self) -> None:
        self.toolbar.addSeparator()
        make = self.toolbar.addAction(_("Make action…"))
        make.setToolTip(_("Make an action from the selected note (right-click a note for the same)"))
        make.triggered.connect(lambda: self.make_action())
        make.setEnabled(False)
        self.toolbar.actions_by_name["make_action"] = make
        self.scene.selectionChanged.connect(self._selection_changed)
        self.view.note_menu_requested.connect(self._note_menu)

    def _selection_changed(self) -> None:
        if isValid(self.scene):  # the scene clears its selection as it is destroyed
            self.toolbar.actions_by_name["make_action"].setEnabled(
                len(self.scene.selected_notes()) == 1)

    def note_menu(self, note_id: int) -> QMenu:
        """What a right-click on a note offers."""
        menu = QMenu(self)
        menu.setObjectName("noteMenu")
        make = menu.addAction(_("Make an action from this note…"))
        make.triggered.connect(lambda: self.make_action(note_id))
        later = menu.addAction(_("We'll come back to this…"))
        later.triggered.connect(lambda: self.come_back_to(note_id))
        menu.addAction(_("Edit the note")).triggered.connect(lambda: self._edit_note(note_id))
        return menu

    def come_back_to(self, note_id: int) -> None:
        """The outcomes' "We'll come back to this" dialog, filled from the note."""
        from coprod_desktop.gui.outcomes.register import come_back_to_note  # when first asked

        come_back_to_note(self.env, note_id, self)

    def _edit_note(self, note_id: int) -> None:
        item = self.scene.notes.get(note_id)
        if item is not None:
            self.commands.start_edit(item)

    def _note_menu(self, note_id: int, where: QPoint) -> None:
        menu = self.note_menu(note_id)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(where)

    def make_action(self, note_id: int | None = None) -> int | None:
        """The programme's action dialog, filled from the note; the new action is undoable."""
        if note_id is None:
            chosen = self.scene.selected_notes()
            if len(chosen) != 1:
                return None
            note_id = chosen[0]
        self.commands.finish_editing()
        # The programme's dialog (and what it imports) loads when first asked, not with the board.
        from coprod_desktop.gui.programme.action_dialog import new_action_from_note

        return new_action_from_note(self.env, note_id, self)

    def _room_actions(self) -> None:
        """Paste lines, import a file, Arrange; and make room after a frame grows."""
        bar = self.toolbar
        before = bar.actions_by_name["cluster"]
        for name, text, tip, slot in (
                ("paste", _("Paste lines"), _("Each line on the clipboard becomes a note"),
                 lambda: self.room.paste_lines()),
                ("import", _("Import…"), _("Notes from a text file (one a line) or a CSV file"),
                 lambda: self.room.import_file()),
                ("arrange", _("Arrange"), _("Lay every cluster and note out with no overlaps"),
                 lambda: self.room.arrange())):
            action = QAction(text, bar)
            action.setToolTip(tip)
            action.triggered.connect(slot)
            bar.insertAction(before, action)
            bar.actions_by_name[name] = action
        bar.insertSeparator(before)
        keymap.shortcuts(self, "board.paste", self.room.paste_lines)
        keymap.shortcuts(self, "board.arrange", self.room.arrange)
        keymap.shortcuts(self, "board.cluster", bar.actions_by_name["cluster"].trigger)
        votes = self.vote_bar
        keymap.shortcuts(self, "board.open_vote", lambda: votes.press(votes.open_button))
        keymap.shortcuts(self, "board.close_vote", lambda: votes.press(votes.close_button))
        keymap.shortcuts(self, "board.focus", lambda: votes.press(votes.focus_button))
        for name in ("cluster", "tidy", "merge"):  # after the command itself has run
            bar.actions_by_name[name].triggered.connect(self._make_room)

    def _make_room(self) -> None:
        around = self.scene.selected_clusters() or list(self.scene.clusters)
        self.room.make_room([("cluster", c) for c in around])

    def _projector_actions(self) -> None:
        self.toolbar.addSeparator()
        show = self.toolbar.addAction(_("On projector"))
        show.setToolTip(_("Show the board on the projector"))
        show.triggered.connect(lambda: self.env.projector.show_view(PROJECTOR_KEY))
        follow = self.toolbar.addAction(_("Projector follows me"))
        follow.setCheckable(True)
        follow.setToolTip(_("On: the projector shows what you see here. Off: the whole board"))
        follow.toggled.connect(lambda on: self.projector.set_mode(FOLLOW if on else WHOLE))
        self.toolbar.actions_by_name["follow"] = follow
        results = self.toolbar.addAction(_("Results on projector"))
        results.setCheckable(True)
        results.setChecked(True)
        results.setToolTip(_("Show the last vote's ranked results beside the board on the projector"))
        results.toggled.connect(lambda on: self.projector.set_show_results(on))
        self.toolbar.actions_by_name["results"] = results

    def _summary(self) -> None:
        settings = self.scene.settings
        if settings is not None:
            self.toolbar.show_settings(settings.silent_writing, settings.show_author_groups,
                                       settings.scope is BoardScope.ACTIVITY)
            if settings.scope is not self._scope:  # one board per activity, or one for all
                self._scope = settings.scope
                QTimer.singleShot(0, self, lambda: self.set_session(self.session_id))
        results = self.toolbar.actions_by_name["results"]
        results.blockSignals(True)
        results.setChecked(self.projector.show_results)
        results.setEnabled(bool(self.scene.results))
        results.blockSignals(False)
        waiting = self.scene.waiting
        self.toolbar.actions_by_name["reveal"].setText(
            _("Reveal all ({waiting})").format(waiting=waiting) if waiting else _("Reveal all"))

    def _search(self, text: str) -> None:
        self._hits = self.scene.search(text)
        self._hit = -1
        self.toolbar.found.setText(count("{n} found", "{n} found", len(self._hits)) if text.strip() else "")

    def _next_hit(self) -> None:
        if self._hits:
            self._hit = (self._hit + 1) % len(self._hits)
            self.view.centerOn(self._hits[self._hit])

    def show_message(self, text: str) -> None:
        self.message.setText(said(text))

    def ask_keep_notes(self, clusters: int, notes: int) -> bool | None:
        what = count("this cluster", "these {n} clusters", clusters)
        box = QMessageBox(QMessageBox.Icon.Question, _("Delete cluster"),
                          (count("Delete {what}. What should happen to the {n} note in it?",
                                 "Delete {what}. What should happen to the {n} notes in it?",
                                 notes, what=what) if clusters == 1 else
                           count("Delete {what}. What should happen to the {n} note in them?",
                                 "Delete {what}. What should happen to the {n} notes in them?",
                                 notes, what=what)),
                          parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        keep = box.addButton(_("Keep the notes"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(_("Delete them too"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is keep else False if clicked is drop else None
