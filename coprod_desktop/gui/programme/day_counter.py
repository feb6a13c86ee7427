""""Day 37 of 100" as a small label for the projector (or anywhere): the shell places it.

It reads the calendar when the programme changes and works out the day on each tick, so it turns
over at local midnight in the programme's time zone without touching the file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from coprod_desktop.facilitation.programme_calendar import ProgrammeCalendar
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.scale import set_scale
from coprod_desktop.gui.listen import listen
from coprod_desktop.services import ChangeSet
from coprod_desktop.services.programme_report import programme_calendar

# The share of the projector's height the label's type takes (see gui/kit/scale.py).
PROJECTOR_SCALE = 0.038


class DayCounterLabel(QLabel):
    """Shows `DayCount.label`; empty (and hidden) while the programme has no start date."""

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kicker")  # the projector style sheets colour this in the accent
        set_scale(self, PROJECTOR_SCALE)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.env = env
        self.calendar: ProgrammeCalendar | None = None
        listen(self, env.services, self._changed)
        env.ticker.tick.connect(self.update_text)
        self.reload()

    def _changed(self, change: ChangeSet) -> None:
        if change.touches("programme"):
            self.reload()

    def reload(self) -> None:
        self.calendar = programme_calendar(self.env.services.ctx.db)
        self.update_text()

    def update_text(self) -> None:
        text = self.calendar.count(self.env.clock).label if self.calendar else ""
        if text != self.text():
            self.setText(text)
        self.setVisible(bool(text))
