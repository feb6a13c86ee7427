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

A panel is built the first time it is shown or asked for (`panel(title)`, `tool_panel(tool)`,
`show_tool`), and gets its session then; until then its tab holds an empty `PanelSlot`
(gui/console/panel_slot.py). `self.panels` and `self.hooks` hold the panels built so far, in the
order they were built; a panel built after the room moved on hears the latest `follow_activity`
when it is built. `build_all()` builds the rest (tests that walk every panel).

A built panel that is not shown does not refresh for a session switch: it is marked stale and
gets its `set_session` once, when it is next shown. Controls a panel leaves without a name for a
screen reader are named when the panel is built and each time its view comes forward (only that
panel's, not the whole window's); what is built for the first drawing is named in the turn after
it, or as soon as anything goes to another view or asks for a panel, whichever comes first.

The first drawing holds only what it shows: the sessions list and Plan › Programme. After it, a
turn each: the naming, the agenda's import, the agenda (whose runner is live); the Run screen's
side is built when Run is first shown (gui/console/run_screen.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

from coprod_desktop.gui.console.after_paint import after_first_paint
from coprod_desktop.gui.console.panel_slot import PanelSlot
from coprod_desktop.gui.console.panels import PLACE_TITLES, PLACES, PanelRef
from coprod_desktop.gui.console.run_screen import RunScreen
from coprod_desktop.gui.console.sessions_side import SessionsSide
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.panel_contract import PanelHooks, hooks_of
from coprod_desktop.gui.kit.shown_gate import ShownGate, gate
from coprod_desktop.i18n import _


def name_unnamed(*roots: QWidget | None) -> None:
    """Name the controls under each root that a screen reader has no name for."""
    from coprod_desktop.gui.plain.accessible import name_unnamed_controls  # not for the drawing

    for root in roots:
        if root is not None:
            name_unnamed_controls(root)


class ProgrammeView(QSplitter):
    session_changed = Signal(object)  # session id or None
    place_changed = Signal(str)  # "plan", "run" or "follow_up"

    def __init__(self, env: GuiEnv, places: Mapping[str, Sequence[PanelRef]] = PLACES,
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("programmeView")
        self.setChildrenCollapsible(False)
        self.env = env
        self.side = SessionsSide(env)
        self.places = QTabWidget()
        self.places.setObjectName("places")
        self.panels: list[QWidget] = []  # built so far
        self.hooks: list[PanelHooks] = []  # theirs, in the same order
        self.place_of: dict[str, str] = {}  # panel title → place
        self.slots: list[PanelSlot] = []
        self._gates: list[ShownGate] = []
        self._last_activity: tuple[int, str] | None = None
        self._closed = False  # shut down: its file is closing, so nothing more is built
        # Built for the first drawing and not yet named for screen readers (None: all named).
        self._unnamed: list[QWidget] | None = []
        self.sub_views: dict[str, QTabWidget] = {}
        slots: dict[str, list[PanelSlot]] = {}
        for place, refs in places.items():
            slots[place] = [self._add_slot(place, ref) for ref in refs]
        self.run: RunScreen | None = None
        for place, place_slots in slots.items():
            if place == "run":
                self.run = RunScreen(env, place_slots)
                self.sub_views[place] = self.run.tools
                self.places.addTab(self.run, _(PLACE_TITLES.get(place, place)))
                continue
            tabs = QTabWidget()
            tabs.setObjectName(f"{place}Views")
            tabs.setDocumentMode(True)
            for slot in place_slots:
                tabs.addTab(slot, slot.ref.shown_title())
            self.sub_views[place] = tabs
            self.places.addTab(tabs, _(PLACE_TITLES.get(place, place)))
        self.places.currentChanged.connect(self._name_pending)  # before anything else hears
        for tabs in self.sub_views.values():
            tabs.currentChanged.connect(self._name_pending)
        self.places.currentChanged.connect(lambda _i: self.place_changed.emit(self.place()))
        self.places.currentChanged.connect(self._place_shown)
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
        if self.run is not None:  # a panel gets its session when it is built
            self.run.set_session(self.current_session())
        # Once the programme is on screen: its controls are named, then the agenda (its runner
        # and chime are live) is built.
        after_first_paint(self.side, self._first_drawn)

    def _add_slot(self, place: str, ref: PanelRef) -> PanelSlot:
        slot = PanelSlot(ref, self._build)
        self.slots.append(slot)
        self.place_of[ref.title] = place
        return slot

    def _build(self, slot: PanelSlot) -> None:
        """Build the panel `slot` holds: wire its hooks and give it its session."""
        panel = slot.ref.load()(self.env)
        slot.adopt(panel)
        hooks = hooks_of(panel)
        self.panels.append(panel)
        self.hooks.append(hooks)
        self.place_of[str(panel.title)] = self.place_of[slot.ref.title]  # type: ignore[attr-defined]
        if hooks.session_requested is not None:  # e.g. the timeline, the agenda's templates
            hooks.session_requested.connect(self.side.select)
        if hooks.activity_started is not None:  # the agenda's runner
            hooks.activity_started.connect(self._activity_started)
        if hooks.tool_requested is not None:
            hooks.tool_requested.connect(self.show_tool)
        if not hooks.always_current:
            self._gates.append(gate(panel, lambda p=panel: p.set_session(self.current_session())))
        panel.set_session(self.current_session())  # type: ignore[attr-defined]
        if self._last_activity is not None and hooks.follow_activity is not None:
            hooks.follow_activity(*self._last_activity)
        self._retitle(slot)  # the tab takes the panel's own title
        if slot.ref.at_start and self.run is not None:
            self.run.attach_agenda(panel)  # the presenter strip follows the agenda's runner
        if self._unnamed is None:
            name_unnamed(panel)
        else:  # with the rest of the first drawing
            self._unnamed.append(panel)

    def _retitle(self, slot: PanelSlot) -> None:
        place = self.place_of[slot.ref.title]
        tabs = self.sub_views[place]
        page = self.run.page_of(slot) if place == "run" and self.run is not None else slot
        index = tabs.indexOf(page)
        if index >= 0 and slot.panel is not None:
            tabs.setTabText(index, _(str(slot.panel.title)))  # type: ignore[attr-defined]

    def _place_shown(self, _index: int) -> None:
        if self.place() == "run":
            self.build_live()  # the strip, at once, even if the first drawing has not happened

    def _first_drawn(self) -> None:
        if self._closed:  # the programme closed before its first drawing was followed up
            return
        self._name_pending()
        QTimer.singleShot(0, self, self._load_live)

    def _load_live(self) -> None:
        """Import the live panels' modules in a turn of their own, then build them in the next:
        the agenda's import and its build each hold the loop for less than the two together."""
        if self._closed:
            return
        for slot in self.slots:
            if slot.ref.at_start and not slot.built:
                slot.ref.load()
        QTimer.singleShot(0, self, self.build_live)

    def _name_pending(self, *_args: object) -> None:
        """Name what the first drawing holds (the sessions list, the Run screen's shell, the
        panels built so far), once; from then on each panel is named as it is built."""
        if self._unnamed is None:
            return
        pending, self._unnamed = self._unnamed, None
        name_unnamed(self.side, self.run, *pending)

    def build_live(self) -> None:
        """Build the panels that hold something live from the start (`at_start`: the agenda)."""
        if self._closed:  # the programme closed before its first drawing was followed up
            return
        for slot in self.slots:
            if slot.ref.at_start:
                slot.ensure()

    def build_all(self) -> list[QWidget]:
        """Build every panel not built yet (hidden), and the Run screen's side; returns every
        panel."""
        self._name_pending()
        if self.run is not None:
            self.run.ensure_side()
        return [slot.ensure() for slot in self.slots]

    def _slot_of(self, panel: QWidget) -> PanelSlot:
        return next(s for s in self.slots if s.panel is panel)
    # Places and views
    def current_session(self) -> int | None:
        return self.side.current_session()

    def place(self) -> str:
        return list(self.sub_views)[self.places.currentIndex()]

    def show_place(self, place: str) -> None:
        self._name_pending()
        if place in self.sub_views:
            self.places.setCurrentIndex(list(self.sub_views).index(place))
            current = self.sub_views[place].currentWidget()
            if current is not None:
                current.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def step_view(self, step: int) -> None:
        """Ctrl+Tab / Ctrl+Page Down: the next view in this place (round the end)."""
        self._name_pending()
        tabs = self.sub_views[self.place()]
        if tabs.count():
            tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())
            tabs.currentWidget().setFocus(Qt.FocusReason.TabFocusReason)

    def panel(self, title: str) -> QWidget:
        """The panel titled `title` (its title in the registry or its own), built if need be."""
        self._name_pending()
        built = next((p for p in self.panels if str(p.title) == title),  # type: ignore[attr-defined]
                     None)
        return built or next(s for s in self.slots if s.ref.title == title).ensure()

    def show_panel(self, panel: QWidget) -> None:
        """Bring `panel` forward: its place, then its view within the place."""
        self._name_pending()
        slot = self._slot_of(panel)
        place = self.place_of[slot.ref.title]
        self.places.setCurrentIndex(list(self.sub_views).index(place))
        if place == "run" and self.run is not None:
            self.run.show_panel(panel)
        else:
            self.sub_views[place].setCurrentWidget(slot)

    def current_panel(self) -> QWidget:
        if self.place() == "run" and self.run is not None:
            return self.run.current_tool()
        page = self.sub_views[self.place()].currentWidget()
        return page.ensure() if isinstance(page, PanelSlot) else page

    def tool_panel(self, tool: str) -> QWidget | None:
        """The panel that does `tool` ("board", "vote", "round", "stories", "actions"), built if
        need be (the registry says which panel does which tools)."""
        self._name_pending()
        slot = next((s for s in self.slots if tool in s.ref.tools), None)
        return slot.ensure() if slot is not None else None

    def show_tool(self, tool: str) -> None:
        panel = self.tool_panel(tool)
        if panel is None:
            return
        self.show_panel(panel)
        shown = hooks_of(panel).show_tool
        if shown is not None:
            shown(tool)

    def shutdown(self) -> None:
        self._closed = True
        for hooks in self.hooks:
            if hooks.shutdown is not None:
                hooks.shutdown()

    def _activity_started(self, activity_id: int, tool: str) -> None:
        self._last_activity = (activity_id, tool)  # for a panel built later
        for hooks in list(self.hooks):
            if hooks.follow_activity is not None:
                hooks.follow_activity(activity_id, tool)
        if self.run is not None:
            self.run.follow_activity(activity_id, tool)

    def _name_controls_soon(self, *_args: object) -> None:
        """Name what the view in front left unnamed (a panel may build controls when shown)."""
        QTimer.singleShot(0, self, self._name_controls_in_front)

    def _name_controls_in_front(self) -> None:
        front = self.places.currentWidget()
        if self.place() != "run":
            front = self.sub_views[self.place()].currentWidget()
        name_unnamed(self.side, front)

    def _session_chosen(self, session_id: int | None) -> None:
        for panel, hooks in zip(self.panels, self.hooks, strict=True):
            if hooks.always_current:
                panel.set_session(session_id)  # type: ignore[attr-defined]
        for session_gate in self._gates:
            session_gate.heard()  # now if shown, else once when shown
        if self.run is not None:
            self.run.set_session(session_id)
        self.session_changed.emit(session_id)
