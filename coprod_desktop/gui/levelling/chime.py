"""The sound at the end of a turn. Until the agenda's chime is in, a line in the log says so."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


class Chime:
    """Rings once per turn: `due(key)` is True the first time a turn's time runs out."""

    def __init__(self) -> None:
        self._rung: set[str] = set()
        self.count = 0

    def forget_all_but(self, keys: set[str]) -> None:
        self._rung &= keys

    def mark_rung(self, key: str) -> None:
        """A turn already over when the view opened: no chime for it."""
        self._rung.add(key)

    def ring_once(self, key: str, reason: str) -> bool:
        if key in self._rung:
            return False
        self._rung.add(key)
        self.count += 1
        log.info("Chime: %s", reason)
        return True
