"""The room at a glance, beside the Run screen's tool: who is signed in (by group), hands up,
stories waiting, phone questions waiting and notes held back. Counts only: no names.

It reads through the services' readers; a ChangeSet that names the tables it counts marks it for a
reload, done at once while shown and once on showing otherwise (gui/kit/shown_gate.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.levelling import StoryStatus
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.shown_gate import gate
from coprod_desktop.gui.listen import listen
from coprod_desktop.services import ChangeSet

TABLES = ("attendance", "attendee", "hand", "story", "note", "phone_question")


class RoomGlance(QWidget):
    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomGlance")
        self.env = env
        self.session_id: int | None = None
        self.values: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for key, text in (("signed_in", "Signed in"), ("hands", "Hands up"),
                          ("stories", "Stories waiting"), ("questions", "Phone questions"),
                          ("held", "Notes held back")):
            value = QLabel("–", self)
            value.setObjectName(f"glance_{key}")
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            form.addRow(QLabel(text, self), value)
            self.values[key] = value
        self.gate = gate(self, self.reload)
        listen(self, env.services, self._changed)

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.gate.heard()

    def _changed(self, change: ChangeSet) -> None:
        if self.session_id is not None and change.touches(*TABLES) and \
                change.session_id in (None, self.session_id):
            self.gate.heard()

    def text(self, key: str) -> str:
        return self.values[key].text()

    def reload(self) -> None:
        session_id = self.session_id
        if session_id is None:
            for label in self.values.values():
                label.setText("–")
            return
        services = self.env.services
        groups = services.read.group_counts(session_id)
        total = sum(groups.values())
        parts = [f"{n} {g.label.lower()}" for g in Group if (n := groups.get(g, 0))]
        self.values["signed_in"].setText(f"{total}" + (f": {', '.join(parts)}" if parts else ""))
        self.values["hands"].setText(str(len(services.speaking.hands_queue(session_id))))
        waiting = [s for s in services.stories.data.stories(session_id)
                   if s.status is StoryStatus.WAITING]
        self.values["stories"].setText(str(len(waiting)))
        self.values["questions"].setText(
            str(len(services.phones.phones.questions(session_id))))
        held = sum(1 for n in services.read.notes(session_id) if n.held_back)
        self.values["held"].setText(str(held))
