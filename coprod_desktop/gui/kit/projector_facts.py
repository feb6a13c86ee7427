"""Tell the file what the projector shows, soon after it changed and without blocking it.

The big screen on a phone follows the projector through the file (`services.projector_view`).
A writer notes what changed for a session; the write happens on the next turn of the event loop,
so the projector has already changed on screen, and a burst of changes is one write. A failed
write (a full disk, already on the console's banner) is logged and never stops the projector.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from PySide6.QtCore import QObject, QTimer

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.services import Services

log = logging.getLogger(__name__)


class ProjectorFacts(QObject):
    """Writes what the projector shows for a session, soon after it changed, never blocking."""

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._pending: dict[int, dict[str, Any]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)

    def note(self, session_id: int | None, **facts: Any) -> None:
        """Remember what changed for that session; written on the next turn of the loop."""
        if session_id is None:
            return
        self._pending.setdefault(session_id, {}).update(facts)
        self._timer.start()

    def flush(self) -> None:
        """Write what is pending now (also before the file closes)."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        for session_id, facts in pending.items():
            try:
                self.services.projector_view.show(session_id, **facts)
            except (CoprodError, sqlite3.Error) as exc:  # a full disk is already on the banner
                log.info("Could not note what the projector shows: %s", exc)
