"""The room at a glance, beside the Run screen's tool: who is signed in (by group), hands up,
stories waiting, phone questions waiting and notes held back. Counts only: no names.

It reads through the services' readers. A ChangeSet marks the counts its tables touch; a burst of
changes (phones signing in) is counted once, a moment later, and only while shown (else once on
showing: gui/kit/shown_gate.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from coprod_desktop.domain.groups import COUNTED, Group
from coprod_desktop.domain.levelling import StoryStatus
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.shown_gate import gate
from coprod_desktop.gui.listen import listen
from coprod_desktop.i18n import _, count
from coprod_desktop.services import ChangeSet

PARTS = {"signed_in": ("attendance", "attendee"), "hands": ("hand",), "stories": ("story",),
         "questions": ("phone_question",), "held": ("note",)}
TABLES = tuple({t for tables in PARTS.values() for t in tables})
SETTLE_MS = 120  # a burst of changes is counted once


class RoomGlance(QWidget):
    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomGlance")
        self.env = env
        self.session_id: int | None = None
        self.values: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for key, text in (("signed_in", _("Signed in")), ("hands", _("Hands up")),
                          ("stories", _("Stories waiting")), ("questions", _("Phone questions")),
                          ("held", _("Notes held back"))):
            value = QLabel("–", self)
            value.setObjectName(f"glance_{key}")
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            form.addRow(QLabel(text, self), value)
            self.values[key] = value
        self._due: set[str] = set(PARTS)
        self.gate = gate(self, self.reload)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.gate.heard)
        listen(self, env.services, self._changed)

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self._due = set(PARTS)
        self.gate.heard()

    def _changed(self, change: ChangeSet) -> None:
        if self.session_id is None or not change.touches(*TABLES) or \
                change.session_id not in (None, self.session_id):
            return
        self._due |= {part for part, tables in PARTS.items() if change.touches(*tables)}
        if not self.settle.isActive():
            self.settle.start()

    def text(self, key: str) -> str:
        return self.values[key].text()

    def reload(self) -> None:
        session_id, due, self._due = self.session_id, self._due, set()
        if session_id is None:
            for label in self.values.values():
                label.setText("–")
            return
        services = self.env.services
        if "signed_in" in due:
            groups = services.read.group_counts(session_id)
            total = sum(groups.values())
            parts = [count(*COUNTED[g], n) for g in Group if (n := groups.get(g, 0))]
            self.values["signed_in"].setText(f"{total}"
                                             + (f": {', '.join(parts)}" if parts else ""))
        if "hands" in due:
            self.values["hands"].setText(str(len(services.speaking.hands_queue(session_id))))
        if "stories" in due:
            waiting = [s for s in services.stories.data.stories(session_id)
                       if s.status is StoryStatus.WAITING]
            self.values["stories"].setText(str(len(waiting)))
        if "questions" in due:
            self.values["questions"].setText(
                str(len(services.phones.phones.questions(session_id))))
        if "held" in due:
            held = sum(1 for n in services.read.notes(session_id) if n.held_back)
            self.values["held"].setText(str(held))
