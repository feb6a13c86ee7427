"""The Stories panel's switch that lets phones join the story queue.

Phones may also join, without this switch, while the agenda's current activity is a story
activity. The switch needs sign-in to have been opened for the session (it is kept with it).
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.i18n import N_, _
from coprod_desktop.services import ChangeSet

LABEL = N_("Phones can join the story queue")
NO_ROOM = N_("Open sign-in for this session first; then phones can join the queue.")
BY_AGENDA = N_("Phones can join now anyway: the current activity is a story activity.")


class PhoneQueueSwitch(QCheckBox):
    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(_(LABEL), parent)
        self.env = env
        self.session_id: int | None = None
        self.toggled.connect(self._toggled)
        unsubscribe = env.services.subscribe(self._changed)
        self.destroyed.connect(lambda *_: unsubscribe())
        self.refresh()

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.refresh()

    def _changed(self, change: ChangeSet) -> None:
        if change.touches("phone_room", "runner", "activity"):
            self.refresh()

    def refresh(self) -> None:
        read = self.env.services.read
        room = read.phones.room(self.session_id) if self.session_id is not None else None
        self.blockSignals(True)
        self.setChecked(bool(room and room.stories_open))
        self.blockSignals(False)
        self.setEnabled(room is not None)
        tip = _(NO_ROOM) if room is None else ""
        if room is not None and self.session_id is not None and \
                read.phone_stories.story_activity_running(self.session_id):
            tip = _(BY_AGENDA)
        self.setToolTip(tip)

    def _toggled(self, checked: bool) -> None:
        if self.session_id is None:
            return
        sid = self.session_id
        try:
            self.env.services.phone_stories.set_stories_open(sid, checked)
        except CoprodError as exc:
            self.env.undo.error.emit(exc.message)
            self.refresh()
