"""Console panel "Jargon": terms that came up, a glossary search, programme terms, the projector.

One click on "Show on projector" puts the selected term, huge, with its explanation on the
projector. The list of terms that came up refreshes when notes, the agenda, stories, actions or
the glossary change (several changes in a burst cause one refresh).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.glossary import Glossary, GlossaryEntry
from coprod_desktop.domain.jargon_uses import TermUse
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit import keymap
from coprod_desktop.gui.kit.labels import plain_label
from coprod_desktop.gui.kit.panel_contract import PanelHooks
from coprod_desktop.gui.kit.projector_facts import ProjectorFacts
from coprod_desktop.gui.plain.places import place_text, where_summary
from coprod_desktop.gui.plain.projector_view import VIEW_KEY, JargonProjectorView
from coprod_desktop.gui.plain.questions import QuestionsTab
from coprod_desktop.gui.plain.speech import Speaker
from coprod_desktop.gui.plain.term_actions import TermEditing
from coprod_desktop.i18n import N_, SOURCE, _, current
from coprod_desktop.services import ChangeSet

WATCHED = ("note", "activity", "story", "action", "glossary_term", "phone_question")
KEY_ROLE = Qt.ItemDataRole.UserRole


class JargonPanel(TermEditing):
    title = N_("Jargon")

    def __init__(self, env: GuiEnv, parent: QWidget | None = None,
                 speaker: Speaker | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.title = _("Jargon")
        self.session_id: int | None = None
        # Read on the first refresh (set_session, which the console calls as it builds the panel):
        # explanations in the interface's language where we have them (terms stay English: they
        # are what the room's words are matched against).
        self.glossary = Glossary(())
        self.uses: dict[str, TermUse] = {}
        self.selected: GlossaryEntry | None = None
        # Whether this computer has a voice is looked up a turn after the panel is built (it
        # loads Qt's speech library); "Read aloud" shows once it is known that there is one.
        self.speaker = speaker if speaker is not None else Speaker(parent=self, check_later=True)
        self.view = JargonProjectorView()
        env.projector.add_view(VIEW_KEY, self.view)
        self._facts = ProjectorFacts(env.services, self)  # the word, for the big screen on phones
        self._previous_view = ""
        self._closed = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(120)
        self._refresh_timer.timeout.connect(self.refresh)
        self._build()
        unsubscribe = env.services.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: unsubscribe())

    # ---------------------------------------------------------------- building
    def _build(self) -> None:
        self.tabs = QTabWidget(self)
        self.session_list = QListWidget(self)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        came_up = QWidget(self)
        box = QVBoxLayout(came_up)
        box.addWidget(self.empty)
        box.addWidget(self.session_list)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.glossary_list = QListWidget(self)
        self.add_button = QPushButton(self)
        whole = QWidget(self)
        box = QVBoxLayout(whole)
        box.addWidget(self.search)
        box.addWidget(self.glossary_list)
        box.addWidget(self.add_button)
        self.questions = QuestionsTab(self)
        self.tabs.addTab(came_up, "")
        self.tabs.addTab(whole, "")
        self.tabs.addTab(self.questions, "")

        self.term_label = self._plain_label("jargonDetailTerm")
        font = self.term_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.term_label.setFont(font)
        self.explanation_label = self._plain_label("jargonDetailExplanation")
        self.where_label = self._plain_label("jargonDetailWhere")
        self.show_button = QPushButton(self)
        self.hide_button = QPushButton(self)
        self.speak_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        projector_row = QHBoxLayout()
        for button in (self.show_button, self.hide_button):
            projector_row.addWidget(button)
        projector_row.addStretch(1)
        term_row = QHBoxLayout()
        for button in (self.speak_button, self.edit_button, self.remove_button):
            term_row.addWidget(button)
        term_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 3)
        layout.addWidget(self.term_label)
        layout.addWidget(self.explanation_label)
        layout.addWidget(self.where_label)
        layout.addLayout(projector_row)
        layout.addLayout(term_row)

        self.session_list.currentItemChanged.connect(self._on_current)
        self.glossary_list.currentItemChanged.connect(self._on_current)
        self.session_list.itemActivated.connect(lambda *_: self.show_on_projector())
        self.glossary_list.itemActivated.connect(lambda *_: self.show_on_projector())
        self.questions.chosen.connect(self._select)
        self.questions.answer_requested.connect(self.mark_answered)
        self.search.textChanged.connect(self._fill_glossary_list)
        self.search.returnPressed.connect(self._pick_first_result)
        self.add_button.clicked.connect(self.add_term)
        self.show_button.clicked.connect(self.show_on_projector)
        keymap.window_shortcuts(self, "jargon.project", self.show_button.click)
        self.hide_button.clicked.connect(self.back_on_projector)
        self.speak_button.clicked.connect(self.read_aloud)
        self.speaker.checked.connect(lambda: self.speak_button.setVisible(self.speaker.available))
        self.edit_button.clicked.connect(self.edit_term)
        self.remove_button.clicked.connect(self.remove_term)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every fixed text in the current language (again after the language changes)."""
        self.title = _("Jargon")
        tabs = self.parent().parent() if self.parent() is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(self) >= 0:  # the console's tab
            tabs.setTabText(tabs.indexOf(self), self.title)
        self.session_list.setAccessibleName(_("Terms that came up in this session"))
        self.empty.setText(_("No jargon spotted yet in this session's notes, agenda, "
                                   "stories or actions."))
        self.search.setPlaceholderText(_("Search the glossary"))
        self.search.setAccessibleName(_("Search the glossary"))
        self.glossary_list.setAccessibleName(_("Glossary terms"))
        self.add_button.setText(_("&Add a term…"))
        self.add_button.setAccessibleDescription(
            _("Add a word or abbreviation this programme uses, with a plain explanation."))
        self.tabs.setTabText(1, _("Whole glossary"))
        self.show_button.setText(_("&Show on projector"))
        self.show_button.setAccessibleDescription(
            _("Shows the term and its explanation in large type on the projector."))
        self.hide_button.setText(_("Back to what was s&hown"))
        self.hide_button.setAccessibleDescription(
            _("Puts the projector back to what it showed before the term."))
        self.speak_button.setText(_("&Read aloud"))
        self.edit_button.setText(_("&Edit…"))
        self.remove_button.setText(_("Re&move"))
        self._set_session_tab_text()
        self._select(self.selected)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.questions.retranslate()
            self._render()  # from what was read last: no file access here
        super().changeEvent(event)

    def _set_session_tab_text(self) -> None:
        self.tabs.setTabText(0, _("In this session ({n})").format(n=len(self.uses)))
        self.tabs.setTabText(2, _("Questions ({n})").format(n=self.questions.count()))

    def _plain_label(self, name: str) -> QLabel:
        return plain_label(name=name, parent=self, selectable=True)

    # ---------------------------------------------------------------- data
    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.refresh()

    def hooks(self) -> PanelHooks:
        return PanelHooks(shutdown=self.shutdown)

    def shutdown(self) -> None:
        """The programme's file is about to close: no more reading from it."""
        self._closed = True
        self._refresh_timer.stop()
        self._facts.flush()
        self.speaker.stop()

    def _on_change(self, change: ChangeSet) -> None:
        if self._closed or not change.touches(*WATCHED):
            return
        if change.touches("glossary_term") or change.session_id in (None, self.session_id):
            self._refresh_timer.start()

    def refresh(self) -> None:
        self._refresh_timer.stop()
        if self._closed:
            return
        read = self.env.services.read
        english, matcher = read.glossary_and_matcher()
        glossary = english if current() == SOURCE else read.glossary(language=current())
        self.glossary = glossary
        uses = read.term_uses(self.session_id) if self.session_id is not None else []
        self.uses = {use.entry.key: use for use in uses}
        waiting = (read.phones.questions(self.session_id)
                   if self.session_id is not None and "phone_question" in read.db.table_names()
                   else [])
        self.questions.show_questions(waiting, glossary, matcher)
        self._render()

    def _render(self) -> None:
        uses = list(self.uses.values())
        keep = self.selected.key if self.selected else None
        self.session_list.blockSignals(True)
        self.session_list.clear()
        for use in sorted(uses, key=lambda u: (-u.count, u.entry.key)):
            item = QListWidgetItem(f"{use.entry.term}  ·  {where_summary(use)}")
            item.setData(KEY_ROLE, use.entry.key)
            shown = self.glossary.lookup(use.entry.key) or use.entry
            item.setToolTip(shown.explanation)
            self.session_list.addItem(item)
        self.session_list.blockSignals(False)
        self.empty.setVisible(not uses)
        self.session_list.setVisible(bool(uses))
        self._set_session_tab_text()
        self._fill_glossary_list(self.search.text())
        self._select(self.glossary.lookup(keep) if keep else None)

    def _fill_glossary_list(self, query: str) -> None:
        self.glossary_list.blockSignals(True)
        self.glossary_list.clear()
        for entry in self.glossary.search(query, limit=400):
            mark = "  ★" if entry.from_programme else ""
            item = QListWidgetItem(f"{entry.term}{mark}")
            item.setData(KEY_ROLE, entry.key)
            item.setToolTip(entry.explanation)
            self.glossary_list.addItem(item)
        self.glossary_list.blockSignals(False)

    def _pick_first_result(self) -> None:
        if self.glossary_list.count():
            self.glossary_list.setCurrentRow(0)
            self.glossary_list.setFocus()

    def _on_current(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        if current is not None:
            self._select(self.glossary.lookup(str(current.data(KEY_ROLE))))

    def _select(self, entry: GlossaryEntry | None) -> None:
        self.selected = entry
        has = entry is not None
        self.term_label.setText(entry.term if entry else _("Pick a term to see what it means."))
        self.explanation_label.setText(entry.explanation if entry else "")
        where = ""
        if entry is not None and entry.key in self.uses:
            labels = [place_text(p) for p in self.uses[entry.key].places]
            shown = ", ".join(labels[:6]) + (" …" if len(labels) > 6 else "")
            where = _("Came up in: {places}").format(places=shown)
        self.where_label.setText(where)
        self.where_label.setVisible(bool(where))
        for button in (self.show_button, self.speak_button):
            button.setEnabled(has)
        self.speak_button.setVisible(self.speaker.available)
        own = bool(entry and entry.from_programme)
        self.edit_button.setEnabled(own)
        self.remove_button.setEnabled(own)
        self.hide_button.setEnabled(self.env.projector.current_view() == VIEW_KEY)

    # ---------------------------------------------------------------- actions
    def show_on_projector(self) -> None:
        if self.selected is None:
            return
        current = self.env.projector.current_view()
        if current != VIEW_KEY:
            self._previous_view = current
        self.view.show_entry(self.selected)
        self._facts.note(self.session_id, term=self.selected.term,  # written before the view
                         explanation=self.selected.explanation)
        self.env.projector.show_view(VIEW_KEY)
        self.hide_button.setEnabled(True)

    def back_on_projector(self) -> None:
        if self._previous_view:
            self.env.projector.show_view(self._previous_view)
        self.hide_button.setEnabled(False)

    def read_aloud(self) -> None:
        if self.selected is not None:
            self.speaker.speak(f"{self.selected.term}. {self.selected.explanation}")
        self.speak_button.setVisible(self.speaker.available)

    def mark_answered(self, question_id: int) -> None:
        self.env.undo.run(lambda: self.env.services.phones.answer_question(question_id))
        self.refresh()
