"""The hands queue: people waiting to speak, whoever has spoken least so far first.

Ties go to whoever raised a hand first. Enter gives the floor to the selected person (or the first),
Delete lowers their hand. Hands are raised from the speakers strip (Hand, or Alt+number) or here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from coprod_desktop.domain.levelling import Hand
from coprod_desktop.facilitation.countdown import clock_text
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit import keymap
from coprod_desktop.gui.levelling.live import SPEAKING_TABLES, follow
from coprod_desktop.gui.levelling.widgets import (
    panel_shortcut,
    plain_label,
)
from coprod_desktop.gui.scrolling import scrolled_layout
from coprod_desktop.i18n import N_, _


class HandsPanel(QWidget):
    title = N_("Hands")

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.session_id: int | None = None
        self.queue: list[Hand] = []
        self.names: dict[int, str] = {}
        self._ticks = 0
        outer = scrolled_layout(self)
        outer.addWidget(plain_label(_("Waiting to speak: whoever has spoken least goes first.")))
        self.list = QListWidget()
        self.list.itemActivated.connect(lambda _item: self.give_floor())
        outer.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.give = QPushButton(keymap.label("hands.give", _("Give the floor")))
        self.give.clicked.connect(self.give_floor)
        self.lower = QPushButton(keymap.label("hands.lower", _("Lower hand")))
        self.lower.clicked.connect(self.lower_selected)
        row.addWidget(self.give)
        row.addWidget(self.lower)
        outer.addLayout(row)
        raise_row = QHBoxLayout()
        self.who = QComboBox()
        self.raise_button = QPushButton(_("Raise a hand"))
        self.raise_button.clicked.connect(self.raise_chosen)
        raise_row.addWidget(self.who, 1)
        raise_row.addWidget(self.raise_button)
        outer.addLayout(raise_row)
        panel_shortcut(self, "hands.give", self.give_floor)
        panel_shortcut(self, "hands.lower", self.lower_selected)
        follow(self, env, SPEAKING_TABLES, self.reload, lambda: self.session_id, tick=self.on_tick,
               while_shown=True)

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.reload()

    def reload(self) -> None:
        services = self.env.services
        self.queue = [] if self.session_id is None else services.speaking.hands_queue(self.session_id)
        present = [] if self.session_id is None else services.read.present(self.session_id)
        self.names = {p.id: p.name for p in present}
        talk = {} if self.session_id is None else services.speaking.talk(self.session_id)
        selected = self.selected_person()
        self.list.clear()
        now = self.env.clock.now()
        for n, hand in enumerate(self.queue, start=1):
            waited = clock_text((now - hand.raised_at).total_seconds())
            spoken = clock_text(talk.get(hand.attendee_id, 0.0))
            name = self.names.get(hand.attendee_id) or _("Someone who left")
            item = QListWidgetItem(_("{n}. {name}  —  has spoken {spoken}, waiting {waited}")
                                   .format(n=n, name=name, spoken=spoken, waited=waited))
            item.setData(Qt.ItemDataRole.UserRole, hand.attendee_id)
            self.list.addItem(item)
            if hand.attendee_id == selected:
                self.list.setCurrentItem(item)
        self.who.clear()
        waiting = {h.attendee_id for h in self.queue}
        for person in present:
            if person.id not in waiting:
                self.who.addItem(person.name, person.id)
        self.give.setEnabled(bool(self.queue))
        self.lower.setEnabled(bool(self.queue))

    def on_tick(self) -> None:
        self._ticks += 1
        if self.queue and self.isVisible() and self._ticks % 5 == 0:
            self.reload()  # waiting times and talk move on

    def selected_person(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def give_floor(self) -> None:
        if self.session_id is None or not self.queue:
            return
        person = self.selected_person() or self.queue[0].attendee_id
        session_id = self.session_id
        self.env.undo.run(lambda: self.env.services.speaking.mark_speaker(session_id, person))

    def lower_selected(self) -> None:
        person = self.selected_person()
        if self.session_id is None or person is None:
            return
        session_id = self.session_id
        self.env.undo.run(lambda: self.env.services.speaking.lower_hand(session_id, person))

    def raise_chosen(self) -> None:
        person = self.who.currentData()
        if self.session_id is None or person is None:
            return
        session_id = self.session_id
        self.env.undo.run(lambda: self.env.services.speaking.raise_hand(session_id, person))
