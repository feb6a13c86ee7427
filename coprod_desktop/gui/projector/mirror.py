"""Keep the file told what the projector shows, so the big screen on a phone follows it.

The projector window says when its view changes or it is blacked out; the mirror notes that for
the console's session (`gui/kit/projector_facts.py` writes it on the next turn of the loop).
Panels that put something on a view (the jargon panel's word, the board's dots) note their part
themselves with their own `ProjectorFacts`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from coprod_desktop.gui.kit.projector_facts import ProjectorFacts
from coprod_desktop.gui.projector.window import ProjectorWindow
from coprod_desktop.services import Services


class ProjectorMirror(ProjectorFacts):
    """Follows the projector window: its view and its black-out, for the console's session."""

    def __init__(self, services: Services, projector: ProjectorWindow,
                 parent: QObject | None = None) -> None:
        super().__init__(services, parent)
        self.projector = projector
        self.session_id: int | None = None
        projector.view_changed.connect(self._view_changed)
        projector.blank_changed.connect(self._blank_changed)

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.note(session_id, view=self.projector.current_view(), blank=self.projector.blanked)

    def _view_changed(self, key: str) -> None:
        self.note(self.session_id, view=key)

    def _blank_changed(self, blank: bool) -> None:
        self.note(self.session_id, blank=blank)
