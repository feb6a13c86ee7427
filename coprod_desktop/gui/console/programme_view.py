"""One open programme in the console: sessions on the left, and three places on the right.

Plan, Run and Follow up (gui/console/panels.py says which panels each holds). Each place shows one
sub-view at a time; Run is a presenter view (gui/console/run_screen.py) with the live tools below
its strip. Keys: Ctrl+1…3 go to a place, Ctrl+Tab / Ctrl+Page Down (and back with Shift or Page
Up) move between the views of a place: the console's Go menu holds those keys (gui/console/menus.py).

Panels talk to each other through the view, never directly, through the hooks they declare
(gui/kit/panel_contract.py):
- `session_requested(int)` selects that session in the side list (and so everywhere);
- `activity_started(int, str)` (the agenda, when the room moves on) reaches every panel's
  `follow_activity(activity_id, tool)` and the Run screen, which brings that tool forward;
- `tool_requested(str)` brings forward the panel whose `tools` name that tool (`show_tool`).

A panel that is not shown does not refresh for a session switch: it is marked stale and gets its
`set_session` once, when it is next shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

from coprod_desktop.gui.agenda.agenda_panel import AgendaPanel
from coprod_desktop.gui.console.panels import PLACE_TITLES, PLACES
from coprod_desktop.gui.console.run_screen import RunScreen
from coprod_desktop.gui.console.sessions_side import SessionsSide
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.panel_contract import PanelHooks, hooks_of
from coprod_desktop.gui.kit.shown_gate import ShownGate, gate
from coprod_desktop.gui.plain.accessible import name_unnamed_controls
from coprod_desktop.i18n import _


class ProgrammeView(QSplitter):
    session_changed = Signal(object)  # session id or None
    place_changed = Signal(str)  # "plan", "run" or "follow_up"

    def __init__(self, env: GuiEnv, places: Mapping[str, Sequence[type]] = PLACES,
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("programmeView")
        self.setChildrenCollapsible(False)
        self.env = env
        self.side = SessionsSide(env)
        self.places = QTabWidget()
        self.places.setObjectName("places")
        self.panels: list[QWidget] = []
        self.hooks: list[PanelHooks] = []
        self.place_of: dict[str, str] = {}  # panel title → place
        self._gates: list[ShownGate] = []
        self.sub_views: dict[str, QTabWidget] = {}
        built: dict[str, list[QWidget]] = {}
        for place, classes in places.items():
            built[place] = [self._add_panel(place, panel_class) for panel_class in classes]
        agenda = next((p for p in self.panels if isinstance(p, AgendaPanel)), None)
        self.run: RunScreen | None = None
        for place, panels in built.items():
            if place == "run":
                self.run = RunScreen(env, panels, agenda)
                self.sub_views[place] = self.run.tools
                self.places.addTab(self.run, _(PLACE_TITLES.get(place, place)))
                continue
            tabs = QTabWidget()
            tabs.setObjectName(f"{place}Views")
            tabs.setDocumentMode(True)
            for panel in panels:
                tabs.addTab(panel, _(str(panel.title)))  # type: ignore[attr-defined]
            self.sub_views[place] = tabs
            self.places.addTab(tabs, _(PLACE_TITLES.get(place, place)))
        self.places.currentChanged.connect(lambda _i: self.place_changed.emit(self.place()))
        # A screen reader hears a name for every control, also those a panel builds when shown.
        self.places.currentChanged.connect(self._name_controls_soon)
        for tabs in self.sub_views.values():
            tabs.currentChanged.connect(self._name_controls_soon)
        self.addWidget(self.side)
        self.addWidget(self.places)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setSizes([240, 1200])
        self.side.current_changed.connect(self._session_chosen)
        self._session_chosen(self.side.current_session())
        self._name_controls_soon()

    def _add_panel(self, place: str, panel_class: type) -> QWidget:
        panel = panel_class(self.env)
        hooks = hooks_of(panel)
        self.panels.append(panel)
        self.hooks.append(hooks)
        self.place_of[str(panel.title)] = place
        if hooks.session_requested is not None:  # e.g. the timeline, the agenda's templates
            hooks.session_requested.connect(self.side.select)
        if hooks.activity_started is not None:  # the agenda's runner
            hooks.activity_started.connect(self._activity_started)
        if hooks.tool_requested is not None:
            hooks.tool_requested.connect(self.show_tool)
        if not hooks.always_current:
            self._gates.append(gate(panel, lambda p=panel: p.set_session(self.current_session())))
        return panel

    # Places and views
    def current_session(self) -> int | None:
        return self.side.current_session()

    def place(self) -> str:
        return list(self.sub_views)[self.places.currentIndex()]

    def show_place(self, place: str) -> None:
        if place in self.sub_views:
            self.places.setCurrentIndex(list(self.sub_views).index(place))
            current = self.sub_views[place].currentWidget()
            if current is not None:
                current.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def step_view(self, step: int) -> None:
        """Ctrl+Tab / Ctrl+Page Down: the next view in this place (round the end)."""
        tabs = self.sub_views[self.place()]
        if tabs.count():
            tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())
            tabs.currentWidget().setFocus(Qt.FocusReason.TabFocusReason)

    def panel(self, title: str) -> QWidget:
        return next(p for p in self.panels if str(p.title) == title)  # type: ignore[attr-defined]

    def show_panel(self, panel: QWidget) -> None:
        """Bring `panel` forward: its place, then its view within the place."""
        place = self.place_of[str(panel.title)]  # type: ignore[attr-defined]
        self.places.setCurrentIndex(list(self.sub_views).index(place))
        if place == "run" and self.run is not None:
            self.run.show_panel(panel)
        else:
            self.sub_views[place].setCurrentWidget(panel)

    def current_panel(self) -> QWidget:
        if self.place() == "run" and self.run is not None:
            return self.run.current_tool()
        return self.sub_views[self.place()].currentWidget()

    def tool_panel(self, tool: str) -> QWidget | None:
        """The panel that does `tool` ("board", "vote", "round", "stories", "actions")."""
        return next((p for p, h in zip(self.panels, self.hooks, strict=True) if tool in h.tools),
                    None)

    def show_tool(self, tool: str) -> None:
        panel = self.tool_panel(tool)
        if panel is None:
            return
        self.show_panel(panel)
        shown = hooks_of(panel).show_tool
        if shown is not None:
            shown(tool)

    def shutdown(self) -> None:
        for hooks in self.hooks:
            if hooks.shutdown is not None:
                hooks.shutdown()

    def _activity_started(self, activity_id: int, tool: str) -> None:
        for hooks in self.hooks:
            if hooks.follow_activity is not None:
                hooks.follow_activity(activity_id, tool)
        if self.run is not None:
            self.run.follow_activity(activity_id, tool)

    def _name_controls_soon(self, *_args: object) -> None:
        QTimer.singleShot(0, self, lambda: name_unnamed_controls(self))

    def _session_chosen(self, session_id: int | None) -> None:
        for panel, hooks in zip(self.panels, self.hooks, strict=True):
            if hooks.always_current:
                panel.set_session(session_id)  # type: ignore[attr-defined]
        for session_gate in self._gates:
            session_gate.heard()  # now if shown, else once when shown
        if self.run is not None:
            self.run.set_session(session_id)
        self.session_changed.emit(session_id)
