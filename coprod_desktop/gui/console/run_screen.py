"""The Run screen: a presenter view of the live room.

Top, always visible: the agenda's presenter strip (now, timer, runner buttons, what comes next,
ahead or behind). Below it the current activity's tool (sign-in, round, stories, board,
discussion), chosen from the agenda's Tool column as the room moves on and switchable by hand.
Beside it: a live thumbnail of the projector, one "Show this on the projector" control (F6),
"Keep the projector on this" (pinning) and black-out, and the room at a glance.

The projector follows the run: moving to an activity shows that activity's view unless the
facilitator has pinned what is on screen; the sign-in code is shown only while sign-in is the
tool in front (leaving it puts the agenda up instead).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.gui.console.panel_slot import PanelSlot
from coprod_desktop.gui.console.room_glance import RoomGlance
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit import keymap
from coprod_desktop.gui.kit.panel_contract import hooks_of
from coprod_desktop.gui.kit.scroll_page import ScrollPage
from coprod_desktop.gui.scrolling import scroll_inside
from coprod_desktop.gui.signin import VIEW_KEY as SIGNIN_VIEW
from coprod_desktop.i18n import N_, _

THUMB_WIDTH = 256
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

        self.thumbnail = QLabel(self)
        self.thumbnail.setObjectName("projectorThumbnail")
        self.thumbnail.setFixedSize(THUMB_WIDTH, THUMB_WIDTH * 9 // 16)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setAccessibleName(_("What the projector shows"))
        self.thumbnail.setFrameShape(QFrame.Shape.Box)
        self.thumbnail_caption = QLabel(self)
        self.thumbnail_caption.setObjectName("thumbnailCaption")
        self.thumbnail_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.project_button = QPushButton(keymap.label("run.project"), self)
        self.project_button.setObjectName("showThisButton")
        self.project_button.clicked.connect(self.project_current)
        self.pin = QCheckBox(keymap.label("run.pin", _("Pin what it shows")), self)
        self.pin.setToolTip(_("Keep the projector on what it shows now, when the room moves on"))
        self.pin.setObjectName("pinProjector")
        self.blackout = QPushButton(keymap.label("projector.blank", _("Black out")), self)
        self.blackout.setObjectName("blackoutButton")
        self.blackout.setCheckable(True)
        self.blackout.toggled.connect(self._blackout)
        for button in (self.project_button, self.blackout):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        keymap.window_shortcuts(self, "run.project", self.project_current)
        keymap.window_shortcuts(self, "run.pin", self.pin.toggle)
        self.glance = RoomGlance(env, self)
        glance_box = QGroupBox(_("The room"), self)
        QVBoxLayout(glance_box).addWidget(self.glance)

        side = QWidget(self)
        side.setObjectName("runSide")
        side.setFixedWidth(THUMB_WIDTH + 16)
        column = QVBoxLayout(side)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(QLabel(_("On the projector"), side))
        column.addWidget(self.thumbnail)
        column.addWidget(self.thumbnail_caption)
        column.addWidget(self.project_button)
        column.addWidget(self.pin)
        column.addWidget(self.blackout)
        column.addWidget(glance_box)
        column.addStretch(1)
        for label in (self.thumbnail_caption,):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setWordWrap(True)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.tools, 1)
        body.addWidget(side)
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
        self.glance.set_session(session_id)

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
        if self.pin.isChecked():
            return
        # After the runner's own update (it puts the agenda up when the timer starts).
        QTimer.singleShot(0, lambda: self._follow_on_projector(panel))

    def _follow_on_projector(self, panel: QWidget | None) -> None:
        if self.pin.isChecked():
            return
        if panel is not None and hooks_of(panel).project is not None:
            self.project(panel)
        elif self.agenda is not None:
            self.project(self.agenda)

    def _tool_shown(self, index: int) -> None:
        self.tool_changed.emit(self.tools.tabText(index))
        if self.pin.isChecked():
            return
        # The sign-in code stays up only while sign-in is the tool in front.
        if self.env.projector.current_view() == SIGNIN_VIEW and \
                SIGNIN_VIEW not in self._slots[index].ref.tools and self.agenda is not None:
            self.project(self.agenda)

    def _blackout(self, on: bool) -> None:
        self.env.projector.set_blank(on)
        self.refresh_thumbnail()

    def sync_blank(self, blank: bool) -> None:
        self.blackout.blockSignals(True)
        self.blackout.setChecked(blank)
        self.blackout.blockSignals(False)
        self.refresh_thumbnail()

    def _tick(self) -> None:
        self._ticks += 1
        if self._ticks % THUMB_EVERY_TICKS == 0:
            self.refresh_thumbnail()

    def refresh_thumbnail(self) -> None:
        if not self.isVisible():
            return
        from coprod_desktop.gui.agenda.projector_view import VIEW_KEY as AGENDA_VIEW

        projector = self.env.projector
        self.thumbnail.setPixmap(projector.thumbnail(self.thumbnail.width() - 2))
        view = projector.current_view()
        names = {AGENDA_VIEW: _("The agenda"), SIGNIN_VIEW: _("Sign-in code"), "board": _("The board"),
                 "levelling.round": _("The round"), "levelling.story": _("The story"),
                 "levelling.balance": _("Who has spoken"), "welcome": _("Welcome"),
                 "jargon": _("Jargon"), "signin.handout": _("Handout code"),
                 "programme.celebration": _("Celebration"), "programme.tests": _("Rapid tests")}
        text = _("Blacked out") if projector.blanked else names.get(view, view or "Nothing yet")
        self.thumbnail_caption.setText(("📌 " if self.pin.isChecked() else "") + text)

