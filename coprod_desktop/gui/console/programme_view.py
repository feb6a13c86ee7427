"""One open programme in the console: sessions on the left, the chosen session's panels in tabs.

Panels talk to each other through the view, never directly:
- `session_requested(int)` on any panel selects that session in the side list (and so everywhere);
- `activity_started(int, str)` on any panel (the agenda, when the room moves on) is passed to every
  panel's `follow_activity(activity_id, tool)`, e.g. the board turns to that activity's board;
- `tool_requested(str)` on any panel brings forward the panel whose `tools` name that tool, and
  calls its `show_tool(tool)` if it has one (the Actions panel opens its review).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

from coprod_desktop.gui.console.panels import PANELS
from coprod_desktop.gui.console.sessions_side import SessionsSide
from coprod_desktop.gui.env import GuiEnv


class ProgrammeView(QSplitter):
    session_changed = Signal(object)  # session id or None

    def __init__(self, env: GuiEnv, panels: Sequence[type] = PANELS,
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("programmeView")
        self.setChildrenCollapsible(False)
        self.env = env
        self.side = SessionsSide(env)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sessionTabs")
        self.tabs.setDocumentMode(True)
        self.panels: list[QWidget] = []
        for panel_class in panels:
            panel = panel_class(env)
            self.panels.append(panel)
            self.tabs.addTab(panel, panel.title)
            requested = getattr(panel, "session_requested", None)  # e.g. the timeline
            if requested is not None:
                requested.connect(self.side.select)
            started = getattr(panel, "activity_started", None)  # the agenda's runner
            if started is not None:
                started.connect(self._activity_started)
            wanted = getattr(panel, "tool_requested", None)
            if wanted is not None:
                wanted.connect(self.show_tool)
        self.addWidget(self.side)
        self.addWidget(self.tabs)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setSizes([340, 1100])
        self.side.current_changed.connect(self._session_chosen)
        self._session_chosen(self.side.current_session())

    def current_session(self) -> int | None:
        return self.side.current_session()

    def panel(self, title: str) -> QWidget:
        return next(p for p in self.panels if getattr(p, "title", "") == title)

    def tool_panel(self, tool: str) -> QWidget | None:
        """The panel that does `tool` ("board", "vote", "round", "stories", "actions")."""
        return next((p for p in self.panels if tool in getattr(p, "tools", ())), None)

    def show_tool(self, tool: str) -> None:
        panel = self.tool_panel(tool)
        if panel is None:
            return
        self.tabs.setCurrentWidget(panel)
        shown = getattr(panel, "show_tool", None)
        if callable(shown):
            shown(tool)

    def _activity_started(self, activity_id: int, tool: str) -> None:
        for panel in self.panels:
            follow = getattr(panel, "follow_activity", None)
            if callable(follow):
                follow(activity_id, tool)

    def _session_chosen(self, session_id: int | None) -> None:
        for panel in self.panels:
            panel.set_session(session_id)  # type: ignore[attr-defined]
        self.session_changed.emit(session_id)
