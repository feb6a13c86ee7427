"""The Run screen: a presenter view of the live room.

Top, always visible: the agenda's presenter strip (now, timer, runner buttons, what comes next,
ahead or behind). Below it the current activity's tool (sign-in, round, stories, board,
discussion), chosen from the agenda's Tool column as the room moves on and switchable by hand.
Beside it: a live thumbnail of the projector, one "Show this on the projector" control (F6),
"Keep the projector on this" (pinning) and black-out, and the room at a glance.

The projector follows the run: moving to an activity shows that activity's view unless the
facilitator has pinned what is on screen; the sign-in code is shown only while sign-in is the
tool in front (leaving it puts the agenda up instead).

The screen's side (thumbnail, projector controls, the room at a glance) is built the first time
the screen is shown or a control of it is needed, not while the programme is first drawn on Plan
(issue 18); until then nothing is pinned and there is nothing to redraw.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from coprod_desktop.gui.console.panel_slot import PanelSlot
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.panel_contract import hooks_of
from coprod_desktop.gui.kit.scroll_page import ScrollPage
from coprod_desktop.gui.scrolling import scroll_inside
from coprod_desktop.gui.signin import VIEW_KEY as SIGNIN_VIEW
from coprod_desktop.i18n import N_, _

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton

    from coprod_desktop.gui.console.room_glance import RoomGlance
    from coprod_desktop.gui.console.run_side import RunSide

THUMB_EVERY_TICKS = 3  # seconds between redraws of the projector's thumbnail


class RunScreen(QWidget):
    tool_changed = Signal(str)  # the panel title now in front
    title = N_("Run")

    def __init__(self, env: GuiEnv, tools: Sequence[PanelSlot], agenda: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runScreen")
        self.env = env
        self.agenda: QWidget | None = None  # the Agenda panel, once built (`attach_agenda`)
        self.strip: QWidget | None = None  # its presenter strip
        self.tools = QTabWidget(self)
        self.tools.setObjectName("runTools")
        self.tools.setDocumentMode(True)
        self._pages: dict[int, ScrollPage] = {}  # id(slot) → its page
        self._slots: list[PanelSlot] = list(tools)  # each tool's panel is built when first shown
        for slot in tools:
            page = ScrollPage(slot)
            self._pages[id(slot)] = page
            self.tools.addTab(page, slot.ref.shown_title())
        self.tools.currentChanged.connect(self._tool_shown)

        self.side: RunSide | None = None  # built when first shown or needed (`ensure_side`)
        self._session_id: int | None = None

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.tools, 1)
        self._body = body
        content = QWidget(self)
        # In a narrow console the screen scrolls sideways rather than forcing the window wider.
        scroll_inside(self, content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(body, 1)
        self._layout = layout
        # The thumbnail is redrawn when the projector changes view and every few seconds (a
        # picture of the projector costs a full paint of its view).
        self._ticks = 0
        env.ticker.tick.connect(self._tick)
        if agenda is not None:
            self.attach_agenda(agenda)

    def ensure_side(self) -> RunSide:
        """The side column (thumbnail, projector controls, the room), built now if it was not."""
        if self.side is None:
            from coprod_desktop.gui.console.run_side import RunSide

            self.side = RunSide(self.env, self.project_current, self._blackout, self)
            self.side.glance.set_session(self._session_id)
            self._body.addWidget(self.side)
            self.side.show()  # with the screen (now, if it is on screen), not a turn later
        return self.side

    # The side's parts, built if need be.
    @property
    def glance(self) -> RoomGlance:
        return self.ensure_side().glance

    @property
    def thumbnail(self) -> QLabel:
        return self.ensure_side().thumbnail

    @property
    def pin(self) -> QCheckBox:
        return self.ensure_side().pin

    @property
    def blackout(self) -> QPushButton:
        return self.ensure_side().blackout

    def _pinned(self) -> bool:
        return self.side is not None and self.side.pinned()

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_side()
        super().showEvent(event)

    def attach_agenda(self, agenda: QWidget) -> None:
        """The Agenda panel (built just after the programme is first drawn) gives the strip its
        live source and runner: the strip goes on top, its keys work from then on."""
        from coprod_desktop.gui.agenda.agenda_panel import AgendaPanel
        from coprod_desktop.gui.agenda.presenter_strip import PresenterStrip

        if self.agenda is not None or not isinstance(agenda, AgendaPanel):
            return
        self.agenda = agenda
        strip = PresenterStrip(agenda.source, agenda.runner_commands, self)
        strip.add_keys_to(self)
        self._layout.insertWidget(0, strip)
        self.strip = strip

    # Tools
    def panels(self) -> list[QWidget]:
        """The tools' panels built so far."""
        return [slot.panel for slot in self._slots if slot.panel is not None]

    def page_of(self, slot: PanelSlot) -> ScrollPage:
        return self._pages[id(slot)]

    def tool_panel(self, tool: str) -> QWidget | None:
        """The panel that does `tool`, built if need be."""
        slot = next((s for s in self._slots if tool in s.ref.tools), None)
        return slot.ensure() if slot is not None else None

    def current_tool(self) -> QWidget:
        return self._slots[self.tools.currentIndex()].ensure()

    def show_panel(self, panel: QWidget) -> None:
        slot = next(s for s in self._slots if s.panel is panel)
        self.tools.setCurrentWidget(self._pages[id(slot)])

    def focus_tool(self) -> None:
        """Put the keyboard in the tool in front (the room moved on while it was in the tool
        before), so the new tool's keys work at once."""
        if not self.isVisible():
            return
        panel = self.current_tool()
        if panel.focusProxy() is not None or panel.focusPolicy() != Qt.FocusPolicy.NoFocus:
            panel.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        first = next((w for w in panel.findChildren(QWidget)
                      if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible()
                      and w.isEnabled()), None)
        (first or panel).setFocus(Qt.FocusReason.OtherFocusReason)

    def set_session(self, session_id: int | None) -> None:
        self._session_id = session_id
        if self.side is not None:
            self.side.glance.set_session(session_id)

    # The projector
    def project_current(self) -> None:
        """F6: put the tool in front on the projector (and keep it there if pinned)."""
        self.project(self.current_tool())

    def project(self, panel: QWidget) -> None:
        hooks = hooks_of(panel)
        if hooks.project is not None:
            hooks.project()
        self.refresh_thumbnail()
        QTimer.singleShot(0, self, self.refresh_thumbnail)  # once the view has laid itself out

    def follow_activity(self, _activity_id: int, tool: str) -> None:
        """The room moved on: bring the tool forward; the projector follows unless pinned."""
        panel = self.tool_panel(tool) if tool and tool != "none" else None
        if panel is not None and panel is not self.current_tool():
            focused = QApplication.focusWidget()
            in_tools = focused is not None and self.tools.isAncestorOf(focused)
            self.show_panel(panel)
            if in_tools or QApplication.focusWidget() is None:
                self.focus_tool()
        if self._pinned():
            return
        # After the runner's own update (it puts the agenda up when the timer starts).
        QTimer.singleShot(0, lambda: self._follow_on_projector(panel))

    def _follow_on_projector(self, panel: QWidget | None) -> None:
        if self._pinned():
            return
        hooks = hooks_of(panel) if panel is not None else None
        if panel is not None and hooks is not None and hooks.project is not None and (
                hooks.ready is None or hooks.ready()):
            self.project(panel)
        elif self.agenda is not None:
            self.project(self.agenda)

    def _tool_shown(self, index: int) -> None:
        self.tool_changed.emit(self.tools.tabText(index))
        if self._pinned():
            return
        # The sign-in code stays up only while sign-in is the tool in front.
        if self.env.projector.current_view() == SIGNIN_VIEW and \
                SIGNIN_VIEW not in self._slots[index].ref.tools and self.agenda is not None:
            self.project(self.agenda)

    def _blackout(self, on: bool) -> None:
        self.env.projector.set_blank(on)
        self.refresh_thumbnail()

    def sync_blank(self, blank: bool) -> None:
        if self.side is None:  # it reads the projector's state when it is built
            return
        self.side.blackout.blockSignals(True)
        self.side.blackout.setChecked(blank)
        self.side.blackout.blockSignals(False)
        self.refresh_thumbnail()

    def _tick(self) -> None:
        self._ticks += 1
        if self._ticks % THUMB_EVERY_TICKS == 0:
            self.refresh_thumbnail()

    def refresh_thumbnail(self) -> None:
        if not self.isVisible() or self.side is None:
            return
        from coprod_desktop.gui.agenda.projector_view import VIEW_KEY as AGENDA_VIEW

        projector = self.env.projector
        side = self.side
        side.thumbnail.setPixmap(projector.thumbnail(side.thumbnail.width() - 2))
        view = projector.current_view()
        names = {AGENDA_VIEW: _("The agenda"), SIGNIN_VIEW: _("Sign-in code"), "board": _("The board"),
                 "levelling.round": _("The round"), "levelling.story": _("The story"),
                 "levelling.balance": _("Who has spoken"), "welcome": _("Welcome"),
                 "jargon": _("Jargon"), "signin.handout": _("Handout code"),
                 "programme.celebration": _("Celebration"), "programme.tests": _("Rapid tests")}
        text = _("Blacked out") if projector.blanked else names.get(view, view or "Nothing yet")
        side.thumbnail_caption.setText(("📌 " if side.pinned() else "") + text)

