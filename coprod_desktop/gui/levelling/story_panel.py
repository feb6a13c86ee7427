"""Console panel for story turns: the queue and story wall, the timed turn, "what I heard" notes.

Keys while the panel has focus: T start the selected story, Space pause or carry on, E end it,
Ctrl+Return add the "what I heard" note, Delete remove the story.
(F5 and B belong to the projector window itself.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from coprod_desktop.domain.levelling import STORY_PROMPTS, Story, StoryStatus
from coprod_desktop.domain.records import WordsUse
from coprod_desktop.facilitation import stories, turn_clock
from coprod_desktop.facilitation.countdown import clock_text
from coprod_desktop.facilitation.stories import StoryStage
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit import keymap
from coprod_desktop.gui.kit.panel_contract import PanelHooks
from coprod_desktop.gui.levelling.chime import TurnChime
from coprod_desktop.gui.levelling.live import STORY_TABLES, follow, settle_session
from coprod_desktop.gui.levelling.story_phones import PhoneQueueSwitch
from coprod_desktop.gui.levelling.story_view import StoryProjectorView, picture
from coprod_desktop.gui.levelling.widgets import (
    control_buttons,
    panel_shortcut,
    plain_label,
)
from coprod_desktop.gui.programme.action_dialog import new_action_from_story
from coprod_desktop.gui.scrolling import scrolled_layout
from coprod_desktop.i18n import N_, _

STATUS_WORDS = {StoryStatus.WAITING: N_("waiting"), StoryStatus.TELLING: N_("telling now"),
                StoryStatus.TOLD: N_("told")}


class StoryPanel(QWidget):
    title = N_("Stories")
    tools = ("stories",)  # what an agenda step with the story queue opens

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.session_id: int | None = None
        self.stories: list[Story] = []
        self.names: dict[int, str] = {}
        self.chime = TurnChime(self)
        self.view = StoryProjectorView(env)
        env.projector.add_view(StoryProjectorView.KEY, self.view)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        follow(self, env, STORY_TABLES, self.reload, lambda: self.session_id, tick=self.on_tick,
               while_shown=True)

    def _build(self) -> None:
        outer = scrolled_layout(self)
        form = QFormLayout()
        self.teller = QComboBox()
        self.teller.currentIndexChanged.connect(self._teller_changed)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(_("A short title, if they would like one"))
        self.prompt = QComboBox()
        self.prompt.setEditable(True)
        self.prompt.addItem("")
        for text in STORY_PROMPTS:
            self.prompt.addItem(text)
        self.prompt.lineEdit().setPlaceholderText(_("Prompt card (optional): Tell us about a time when…"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 20)
        self.minutes.setValue(3)
        self.minutes.setSuffix(_(" min"))
        consent_row = QHBoxLayout()
        self.consent = QButtonGroup(self)
        self.consent_buttons: dict[WordsUse, QRadioButton] = {}
        for choice in WordsUse:
            radio = QRadioButton(_(choice.label))
            self.consent.addButton(radio)
            self.consent_buttons[choice] = radio
            consent_row.addWidget(radio)
        self.consent_buttons[WordsUse.ROOM_ONLY].setChecked(True)
        form.addRow(_("Storyteller"), self.teller)
        form.addRow(_("Title"), self.title_edit)
        form.addRow(_("Prompt"), self.prompt)
        form.addRow(_("Their choice"), consent_row)
        form.addRow(_("Time"), self.minutes)
        outer.addLayout(form)
        self.add_button = QPushButton(_("Add to the story queue"))
        self.add_button.clicked.connect(self.add_story)
        outer.addWidget(self.add_button)
        self.phones_switch = PhoneQueueSwitch(self.env)
        outer.addWidget(self.phones_switch)

        self.wall = QListWidget()
        self.wall.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.wall.model().rowsMoved.connect(lambda *_: QTimer.singleShot(0, self._dropped))
        self.wall.currentItemChanged.connect(lambda *_: self._show_selected())
        self.wall.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.wall.customContextMenuRequested.connect(self._wall_menu)
        outer.addWidget(self.wall, 1)

        self.story_line = plain_label("", size=13, bold=True)
        outer.addWidget(self.story_line)
        self.timer = plain_label("", size=22, bold=True)
        outer.addWidget(self.timer)
        controls = QGridLayout()
        specs: list[tuple[str, str, str, Callable[[], None]]] = [
            ("start", _("Start story"), "stories.start", lambda: self._turn("start_story")),
            ("pause", _("Pause"), "stories.pause", self.toggle_pause),
            ("end", _("End story"), "stories.end", lambda: self._turn("end_story")),
            ("project", _("Show on projector"), "", self.project),
            ("delete", _("Remove story"), "stories.delete", self.delete_selected),
        ]
        self.buttons = control_buttons(self, controls, specs)
        # Something a story brought up that someone will do: an action (only a link to the story
        # is kept, never its words, so a story kept in the room stays there).
        self.action_button = QPushButton(_("Make an action from this story…"))
        self.action_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.action_button.clicked.connect(lambda: self.make_action())
        controls.addWidget(self.action_button, len(specs) // 3, len(specs) % 3)
        outer.addLayout(controls)

        # The teller may give the title, or change their mind about sharing, after telling it.
        fix = QHBoxLayout()
        self.fix_title = QLineEdit()
        self.fix_title.setPlaceholderText(_("Title of the selected story"))
        self.fix_choice = QComboBox()
        for choice in WordsUse:
            self.fix_choice.addItem(_(choice.label), choice.value)
        self.fix_button = QPushButton(_("Save title and choice"))
        self.fix_button.clicked.connect(self.save_selected)
        fix.addWidget(self.fix_title, 1)
        fix.addWidget(self.fix_choice)
        fix.addWidget(self.fix_button)
        outer.addLayout(fix)

        outer.addWidget(plain_label(_("What I heard (linked to the selected story)"), bold=True))
        self.heard_list = QListWidget()
        self.heard_list.setMaximumHeight(140)
        outer.addWidget(self.heard_list)
        self.heard_edit = QPlainTextEdit()
        self.heard_edit.setPlaceholderText(_("A listener's note about this story"))
        self.heard_edit.setMaximumHeight(70)
        outer.addWidget(self.heard_edit)
        self.heard_button = QPushButton(keymap.label("stories.heard", _("Add note")))
        self.heard_button.clicked.connect(self.add_heard)
        outer.addWidget(self.heard_button)
        panel_shortcut(self, "stories.heard", self.add_heard)

    # Data
    def hooks(self) -> PanelHooks:
        return PanelHooks(tools=self.tools, project=self.project, ready=self.under_way)

    def under_way(self) -> bool:
        """A story is being told: until then the room keeps its activity card."""
        return stories.telling(self.stories) is not None

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        if session_id is not None:
            settle_session(self.env, session_id)
        self.view.set_session(session_id)
        self.phones_switch.set_session(session_id)
        self.reload()
        story = stories.telling(self.stories)
        pic = picture(story, self.env.clock.now())
        if pic is not None and pic.key and pic.stage is StoryStage.OVERTIME:
            self.chime.mark_rung(pic.key)  # already over when we looked: no chime now

    def reload(self) -> None:
        services = self.env.services
        chosen = self.selected_id()
        self.stories = [] if self.session_id is None else services.stories.data.stories(
            self.session_id)
        present = [] if self.session_id is None else services.read.present(self.session_id)
        attended = [] if self.session_id is None else services.levelling.data.attended(
            self.session_id)
        self.names = {a.id: a.name for a in attended}
        keep = self.teller.currentData()
        self.teller.blockSignals(True)
        self.teller.clear()
        for person in present:
            self.teller.addItem(person.name, person.id)
        if keep is not None and self.teller.findData(keep) >= 0:
            self.teller.setCurrentIndex(self.teller.findData(keep))
        self.teller.blockSignals(False)
        self._teller_changed()
        self.wall.blockSignals(True)
        self.wall.clear()
        for n, story in enumerate(self.stories, start=1):
            length = f", {clock_text(story.duration_s)}" if story.duration_s else ""
            via = _(" — from their phone") if story.added_via == "phone" else ""
            text = (f"{n}. {story.title or _('Untitled')} — {self.names.get(story.teller_id, '?')} — "
                    f"{_(STATUS_WORDS[story.status])}{length} — {_(story.consent.label).lower()}{via}")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, story.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if story.status is StoryStatus.WAITING:
                flags |= Qt.ItemFlag.ItemIsDragEnabled
            item.setFlags(flags)
            self.wall.addItem(item)
        telling = stories.telling(self.stories)
        target = chosen if chosen in {s.id for s in self.stories} else (
            telling.id if telling else (self.stories[0].id if self.stories else None))
        for i in range(self.wall.count()):
            if self.wall.item(i).data(Qt.ItemDataRole.UserRole) == target:
                self.wall.setCurrentRow(i)
        self.wall.blockSignals(False)
        self._show_selected()

    def selected_id(self) -> int | None:
        item = self.wall.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def selected(self) -> Story | None:
        found = self.selected_id()
        return next((s for s in self.stories if s.id == found), None)

    def _show_selected(self) -> None:
        story = self.selected()
        self.fix_title.setText(story.title if story else "")
        if story is not None:
            self.fix_choice.setCurrentIndex(self.fix_choice.findData(story.consent.value))
        for widget in (self.fix_title, self.fix_choice, self.fix_button):
            widget.setEnabled(story is not None)
        self.heard_list.clear()
        if story is not None and story.id is not None:
            for note in self.env.services.stories.data.heard_notes(story.id):
                self.heard_list.addItem(QListWidgetItem(note.text))
        telling = stories.telling(self.stories)
        self.buttons["start"].setEnabled(story is not None and story.status is StoryStatus.WAITING
                                         and telling is None)
        is_telling = story is not None and story.status is StoryStatus.TELLING
        self.buttons["pause"].setEnabled(is_telling)
        self.buttons["end"].setEnabled(is_telling)
        self.buttons["delete"].setEnabled(story is not None)
        self.buttons["project"].setEnabled(story is not None)
        self.action_button.setEnabled(story is not None)
        self.heard_button.setEnabled(story is not None)
        paused = story is not None and turn_clock.paused(story)
        self.buttons["pause"].setText(keymap.label("stories.pause", _("Carry on") if paused else _("Pause")))
        self.on_tick()

    def on_tick(self) -> None:
        story = stories.telling(self.stories) or self.selected()
        pic = picture(story, self.env.clock.now())
        if pic is None or story is None:
            self.story_line.setText(_("No stories yet: add a storyteller above."))
            self.timer.setText("")
            return
        name = self.names.get(story.teller_id, "?")
        self.story_line.setText(f"{pic.heading}: {story.title or 'untitled'} ({name})")
        clock = pic.countdown
        if story.status is StoryStatus.TELLING and not clock:
            over = -turn_clock.remaining(story, self.env.clock.now())
            clock = _("{time} over").format(time=clock_text(over))
        self.timer.setText("  ·  ".join(b for b in (clock, pic.message) if b))
        if pic.key and pic.stage is StoryStage.OVERTIME and pic.message != "Paused":
            self.chime.ring_once(pic.key, _("a story's time is up"))

    def _teller_changed(self) -> None:
        person = self.teller.currentData()
        if person is None:
            return
        words = self.env.services.read.attendee(person).consent.words
        self.consent_buttons[words].setChecked(True)

    def chosen_consent(self) -> WordsUse:
        return next(c for c, b in self.consent_buttons.items() if b.isChecked())

    # Actions
    def add_story(self) -> None:
        teller = self.teller.currentData()
        if self.session_id is None or teller is None:
            self.env.undo.error.emit("Nobody is signed in to add a story for.")
            return
        consent = self.chosen_consent()
        person = self.env.services.read.attendee(teller)
        if consent is WordsUse.NAMED and person.consent.words is not WordsUse.NAMED:
            self.ask_before_naming(person.name, person.consent.words,
                                   lambda named: self._add_story(
                                       teller, WordsUse.NAMED if named else person.consent.words))
            return
        self._add_story(teller, consent)

    def ask_before_naming(self, name: str, chose: WordsUse,
                          answered: Callable[[bool], None]) -> QMessageBox:
        """They did not agree to their name going with their words: ask before recording it."""
        box = QMessageBox(QMessageBox.Icon.Question, _("Share this story with their name?"),
                          _("When signing in, {name} chose “{choice}”. Did they tell you now "
                            "that this story may be shared with their name?").format(
                              name=name, choice=_(chose.label)),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("askBeforeNaming")
        box.setTextFormat(Qt.TextFormat.PlainText)  # their name as typed
        yes = box.addButton(_("Yes, with their name"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("yesNamed")
        keep = box.addButton(_("No: {choice}").format(
            choice=_(chose.label).lower()), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keepChoice")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: answered(button is yes))
        box.open()
        return box

    def _add_story(self, teller: int, consent: WordsUse) -> None:
        if self.session_id is None:
            return
        session_id = self.session_id
        change = self.env.undo.run(lambda: self.env.services.stories.add_story(
            session_id, teller, title=self.title_edit.text(),
            prompt=self.prompt.currentText(), consent=consent,
            limit_s=self.minutes.value() * 60))
        if change is not None:
            self.title_edit.clear()
            self._select(change.new_id)

    def _select(self, story_id: object) -> None:
        for i in range(self.wall.count()):
            if self.wall.item(i).data(Qt.ItemDataRole.UserRole) == story_id:
                self.wall.setCurrentRow(i)

    def _turn(self, method: str) -> None:
        story = self.selected()
        if story is None or story.id is None:
            return
        story_id = story.id
        done = self.env.undo.run(lambda: getattr(self.env.services.stories, method)(story_id))
        if done is not None and method == "start_story":
            self.project()

    def save_selected(self) -> None:
        story = self.selected()
        if story is None or story.id is None:
            return
        story_id, title = story.id, self.fix_title.text()
        choice = WordsUse(self.fix_choice.currentData())
        self.env.undo.run(lambda: self.env.services.stories.edit_story(
            story_id, title=title, prompt=story.prompt, consent=choice, limit_s=story.limit_s))

    def toggle_pause(self) -> None:
        story = self.selected()
        if story is not None and story.status is StoryStatus.TELLING:
            self._turn("resume_story" if turn_clock.paused(story) else "pause_story")

    def add_heard(self) -> None:
        story = self.selected()
        if story is None or story.id is None:
            return
        story_id, text = story.id, self.heard_edit.toPlainText()
        if self.env.undo.run(lambda: self.env.services.stories.add_heard_note(story_id, text)):
            self.heard_edit.clear()

    def delete_selected(self) -> None:
        story = self.selected()
        if story is not None and story.id is not None:
            story_id = story.id
            self.env.undo.run(lambda: self.env.services.stories.delete_story(story_id))

    def _dropped(self) -> None:
        if self.session_id is None:
            return
        ids = [self.wall.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.wall.count())]
        waiting = {s.id for s in self.stories if s.status is StoryStatus.WAITING}
        order = [i for i in ids if i in waiting]
        session_id = self.session_id
        if self.env.undo.run(lambda: self.env.services.stories.reorder_stories(session_id,
                                                                               order)) is None:
            self.reload()

    def _wall_menu(self, where: QPoint) -> None:
        item = self.wall.itemAt(where)
        if item is None:
            return
        self.wall.setCurrentItem(item)
        menu = QMenu(self)
        menu.setObjectName("storyMenu")
        menu.addAction(_("Make an action from this story…")).triggered.connect(
            lambda: self.make_action())
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.wall.viewport().mapToGlobal(where))

    def make_action(self) -> int | None:
        """The programme's action dialog for the selected story; the new action is undoable."""
        story = self.selected()
        if story is None or story.id is None:
            return None
        return new_action_from_story(self.env, story.id, self.session_id, self)

    def project(self) -> None:
        self.view.show_story(self.selected_id())
        self.env.projector.show_view(StoryProjectorView.KEY)

