"""One source of the running agenda for the console and the projector.

It keeps the session's stored agenda (re-read only when a ChangeSet names the agenda's tables) and,
on every tick of the one Ticker, works out the live view from `clock.now()`. Nothing here is the
truth: the file is. It also rings the chime when the countdown reaches a new stage.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from coprod_desktop.domain.agenda import Agenda, RunState
from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.facilitation.countdown import Stage
from coprod_desktop.facilitation.live import LiveAgenda, live
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.chime import Chime
from coprod_desktop.services import ChangeSet

log = logging.getLogger(__name__)

AGENDA_TABLES = ("activity", "runner", "session")


class LiveSource(QObject):
    agenda_changed = Signal()  # the stored agenda changed: rebuild lists
    ticked = Signal()  # time moved on: repaint times
    # The room moved to another activity (Start, Next, Previous or an undo): its id and the tool
    # its method opens ("board", "round", "stories", "vote" or "none"), for the console to follow.
    activity_started = Signal(int, str)

    def __init__(self, env: GuiEnv, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.session_id: int | None = None
        self.agenda: Agenda | None = None
        self.chime = Chime(self)
        self._heard: tuple[int, Stage] | None = None
        unsubscribe = env.services.subscribe(self._on_change)
        env.ticker.tick.connect(self._on_tick)
        self.destroyed.connect(lambda *_: unsubscribe())  # type: ignore[operator]

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self._heard = None
        self.reload()

    def reload(self) -> None:
        before = self.agenda.current if self.agenda is not None else None
        try:
            self.agenda = (self.env.services.agenda.agenda(self.session_id)
                           if self.session_id is not None else None)
        except NotFoundError:
            self.agenda = None
            self.session_id = None
        self.agenda_changed.emit()
        self._on_tick()
        current = self.agenda.current if self.agenda is not None else None
        if current is not None and (before is None or before.id != current.id) and \
                self.agenda is not None and self.agenda.state is RunState.RUNNING:
            self.activity_started.emit(current.id, current.tool.value)

    def live(self) -> LiveAgenda | None:
        if self.agenda is None:
            return None
        return live(self.agenda, self.env.clock.now(), self.env.services.agenda.zone)

    def _on_change(self, change: ChangeSet) -> None:
        if self.session_id is None or not change.touches(*AGENDA_TABLES):
            return
        if change.touches("session") and not change.touches("activity", "runner") and \
                self.session_id not in change.ids("session"):
            return
        self.reload()

    def _on_tick(self) -> None:
        state = self.live()
        self._ring_if_due(state)
        self.ticked.emit()

    def _ring_if_due(self, state: LiveAgenda | None) -> None:
        """Chime once when the running activity turns amber, and once when its time is up."""
        if state is None or state.current is None:
            self._heard = None
            return
        if state.state is not RunState.RUNNING:
            return
        now = (state.current.id, state.stage)
        before = self._heard
        self._heard = now
        if before is None or before[0] != now[0]:
            return  # a new activity, or just opened: no chime for the stage it starts in
        order = list(Stage)
        if order.index(now[1]) > order.index(before[1]) and now[1] in (Stage.WARNING,
                                                                       Stage.OVERTIME):
            self.chime.play(now[1])
