"""The speakers strip: who has the floor in open discussion, marked with one click or one key.

Keys while the strip has focus: 1–9 mark that person as speaking, 0 or Space mark nobody,
Alt+1–9 raise or lower that person's hand (as does the Hand button beside their name).
People beyond the ninth are marked by clicking.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QWidget

from coprod_desktop.domain.records import Attendee
from coprod_desktop.facilitation import speaking
from coprod_desktop.facilitation.countdown import clock_text
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit import keymap
from coprod_desktop.gui.levelling.live import SPEAKING_TABLES, follow, settle_session
from coprod_desktop.gui.levelling.widgets import (
    button_text,
    panel_shortcut,
    plain_label,
)
from coprod_desktop.gui.scrolling import scrolled_layout
from coprod_desktop.i18n import N_, _

CELL_WIDTH = 330  # a name button and its Hand button; the strip fits as many columns as it can


class SpeakersPanel(QWidget):
    title = N_("Speakers")

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.session_id: int | None = None
        self.people: list[Attendee] = []
        self.talk: dict[int, float] = {}
        self.speaker: int | None = None
        self.raised: set[int] = set()
        self.name_buttons: dict[int, QPushButton] = {}
        self.hand_buttons: dict[int, QPushButton] = {}
        self._shown: list[tuple[int, str]] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = scrolled_layout(self)
        self.now = plain_label("", size=16, bold=True)
        outer.addWidget(self.now)
        self.grid = QGridLayout()
        self.columns = 0
        outer.addLayout(self.grid)
        # The person with the floor stands out without relying on colour alone (bold, border).
        self.setStyleSheet("QPushButton[speaker=\"true\"]:checked { background: #1E5631; "
                           "color: white; font-weight: bold; border: 3px solid #0B2E16; }")
        row = QHBoxLayout()
        self.nobody = QPushButton(keymap.label("speakers.nobody", _("Nobody speaking")))
        self.nobody.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.nobody.clicked.connect(lambda: self.mark(None))
        row.addWidget(self.nobody)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        panel_shortcut(self, "speakers.nobody", lambda: self.mark(None))
        for n in range(1, 10):
            keymap.shortcut(self, "speakers.mark", lambda n=n: self.mark_number(n), n - 1)
            keymap.shortcut(self, "speakers.hand", lambda n=n: self.toggle_hand_number(n), n - 1)
        follow(self, env, SPEAKING_TABLES, self.reload, lambda: self.session_id, tick=self.on_tick,
               while_shown=True)

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        if session_id is not None:
            settle_session(self.env, session_id)
        self.reload()

    def reload(self) -> None:
        services = self.env.services
        if self.session_id is None:
            self.people, self.talk, self.speaker, self.raised = [], {}, None, set()
        else:
            self.people = services.read.present(self.session_id)
            self.talk = services.speaking.talk(self.session_id)
            current = services.levelling.data.open_segment(self.session_id)
            self.speaker = current.attendee_id if current else None
            self.raised = {h.attendee_id for h in services.levelling.data.hands(self.session_id)}
        shown = [(p.id, p.name) for p in self.people]
        if shown != self._shown:
            self._shown = shown
            self._rebuild()
        self.on_tick()

    def _rebuild(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.name_buttons.clear()
        self.hand_buttons.clear()
        for n, person in enumerate(self.people):
            name = QPushButton()
            name.setCheckable(True)
            name.setProperty("speaker", True)
            name.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            name.setMinimumHeight(44)
            name.clicked.connect(lambda _=False, p=person.id: self.mark(p))
            hand = QPushButton(_("Hand"))
            hand.setCheckable(True)
            hand.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            hand.setToolTip(_("Raise or lower {name}'s hand").format(name=person.name)
                            + (f"  [Alt+{n + 1}]" if n < 9 else ""))
            hand.setFixedWidth(72)
            hand.clicked.connect(lambda _=False, p=person.id: self.toggle_hand(p))
            self.name_buttons[person.id] = name
            self.hand_buttons[person.id] = hand
        self.columns = 0
        self._place()

    def _place(self) -> None:
        """Lay the buttons out in reading order, as many columns as the width allows."""
        columns = max(1, min(4, self.width() // CELL_WIDTH))
        if columns == self.columns:
            return
        self.columns = columns
        for n, person in enumerate(self.people):
            for widget in (self.name_buttons[person.id], self.hand_buttons[person.id]):
                self.grid.removeWidget(widget)
            self.grid.addWidget(self.name_buttons[person.id], n // columns, 2 * (n % columns))
            self.grid.addWidget(self.hand_buttons[person.id], n // columns, 2 * (n % columns) + 1)
        for column in range(8):
            self.grid.setColumnStretch(column, 1 if column % 2 == 0 and column < 2 * columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def on_tick(self) -> None:
        live = dict(self.talk)
        if self.session_id is not None and self.speaker is not None:
            live = self.env.services.speaking.talk(self.session_id)
        for n, person in enumerate(self.people):
            number = f"{n + 1}  " if n < 9 else ""
            spoken = clock_text(live.get(person.id, 0.0))
            button = self.name_buttons[person.id]
            button.setText(button_text(f"{number}{person.name}  ·  {spoken}"))
            button.setChecked(person.id == self.speaker)
            hand = self.hand_buttons[person.id]
            hand.setChecked(person.id in self.raised)
            hand.setText(_("Hand up") if person.id in self.raised else _("Hand"))
        if self.speaker is None:
            self.now.setText(_("Nobody is marked as speaking"))
        else:
            name = next((p.name for p in self.people if p.id == self.speaker), _("Someone"))
            segment = self.env.services.levelling.data.open_segment(self.session_id or 0)
            held = speaking.seconds(segment, self.env.clock.now()) if segment else 0.0
            self.now.setText(_("Speaking: {name}  ({time})").format(name=name,
                                                                     time=clock_text(held)))

    # Actions
    def mark(self, attendee_id: int | None) -> None:
        if self.session_id is None:
            return
        session_id = self.session_id
        self.env.undo.run(lambda: self.env.services.speaking.mark_speaker(session_id, attendee_id))

    def mark_number(self, n: int) -> None:
        if 0 < n <= len(self.people):
            self.mark(self.people[n - 1].id)

    def toggle_hand(self, attendee_id: int) -> None:
        if self.session_id is None:
            return
        session_id = self.session_id
        self.env.undo.run(lambda: self.env.services.speaking.toggle_hand(session_id, attendee_id))

    def toggle_hand_number(self, n: int) -> None:
        if 0 < n <= len(self.people):
            self.toggle_hand(self.people[n - 1].id)
