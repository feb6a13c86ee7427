"""One open programme in the console: sessions on the left, the chosen session's panels in tabs."""

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

    def _session_chosen(self, session_id: int | None) -> None:
        for panel in self.panels:
            panel.set_session(session_id)  # type: ignore[attr-defined]
        self.session_changed.emit(session_id)
