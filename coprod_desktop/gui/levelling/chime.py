"""The chime at the end of a turn: the agenda's end-of-time bell, rung once per turn.

Sound may be missing (no device, no QtMultimedia): the agenda's chime then logs one line and the
countdown still changes colour and word.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from coprod_desktop.facilitation.countdown import Stage
from coprod_desktop.gui.kit.chime import Chime

log = logging.getLogger(__name__)


class TurnChime:
    """`ring_once(key)` rings the first time a turn's time runs out, never twice for one turn."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.bell = Chime(parent)
        self._rung: set[str] = set()
        self.count = 0

    def mark_rung(self, key: str) -> None:
        """A turn already over when the panel looked (after a restart): no chime for it now."""
        self._rung.add(key)

    def ring_once(self, key: str, reason: str) -> bool:
        if key in self._rung:
            return False
        self._rung.add(key)
        self.count += 1
        log.info("Chime: %s", reason)
        self.bell.play(Stage.OVERTIME)
        return True
