"""Console panel for equal-time rounds: make one from the people present, drag the order, run it.

Keys (declared in gui/kit/keymap.py) while the panel has focus: Enter start, N next, P pass,
S skip, Backspace back, Space pause or carry on, L add someone late, Ctrl+Shift+E end the round,
Delete take a waiting person out. A presentation clicker works too: Page Down next, Page Up back.
F6 on the Run screen shows the round on the projector.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QWidget,
)

from coprod_desktop.domain.levelling import DEFAULT_TURN_S, RoundOrder, RoundStatus, TurnStatus
from coprod_desktop.facilitation.countdown import Stage, clock_text
from coprod_desktop.facilitation.rounds import RoundState
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit import keymap
from coprod_desktop.gui.kit.panel_contract import PanelHooks
from coprod_desktop.gui.levelling.chime import TurnChime
from coprod_desktop.gui.levelling.live import ROUND_TABLES, follow, settle_session
from coprod_desktop.gui.levelling.round_view import RoundProjectorView, picture
from coprod_desktop.gui.levelling.widgets import (
    button_text,
    control_buttons,
    plain_label,
)
from coprod_desktop.gui.scrolling import scrolled_layout
from coprod_desktop.i18n import N_, _

# How a round's state reads in the list of rounds.
ROUND_STATUS = {RoundStatus.READY: N_("ready"), RoundStatus.RUNNING: N_("running"),
                RoundStatus.FINISHED: N_("finished")}

# The console's countdown colour for each stage, under a light and a dark console (View › Theme);
# at least 7:1 on the console's window colour either way.
STAGE_CSS = {
    "light": {Stage.NOT_STARTED: "#15191E", Stage.NORMAL: "#15191E", Stage.WARNING: "#6B4000",
              Stage.OVERTIME: "#9A0018"},
    "dark": {Stage.NOT_STARTED: "#ECECEC", Stage.NORMAL: "#ECECEC", Stage.WARNING: "#FFB000",
             Stage.OVERTIME: "#FF9E9E"},
}


class RoundPanel(QWidget):
    title = N_("Rounds")
    tools = ("round",)  # what an agenda step with an equal-time round opens

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.session_id: int | None = None
        self.round_id: int | None = None
        self.state: RoundState | None = None
        self.names: dict[int, str] = {}
        self.present: list[int] = []
        self.chime = TurnChime(self)
        self.view = RoundProjectorView(env)
        env.projector.add_view(RoundProjectorView.KEY, self.view)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        follow(self, env, ROUND_TABLES, self.reload, lambda: self.session_id, tick=self.on_tick,
               while_shown=True)
        self.reload()

    # Layout
    def _build(self) -> None:
        outer = scrolled_layout(self)
        pick = QHBoxLayout()
        self.rounds = QComboBox()
        self.rounds.setToolTip(_("Rounds in this session"))
        self.rounds.activated.connect(self._picked)
        pick.addWidget(QLabel(_("Round:")))
        pick.addWidget(self.rounds, 1)
        outer.addLayout(pick)

        new = QHBoxLayout()
        self.name_edit = QLineEdit(_("Check-in"))
        self.name_edit.setPlaceholderText(_("Name of the round, e.g. Check-in"))
        self.seconds = QSpinBox()
        self.seconds.setRange(10, 1800)
        self.seconds.setSingleStep(15)
        self.seconds.setValue(DEFAULT_TURN_S)
        self.seconds.setSuffix(_(" s each"))
        self.order = QComboBox()
        for kind in RoundOrder:
            self.order.addItem(_(kind.label), kind.value)
        self.make = QPushButton(keymap.label("round.new", _("New round from people here")))
        self.make.clicked.connect(self.create_round)
        # Space and Return belong to the round (pause, start): like the round's other buttons this
        # one never takes the focus, and has a key of its own.
        self.make.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        keymap.shortcuts(self, "round.new", self.create_round)
        new.addWidget(QLabel(_("New round:")))
        for widget in (self.name_edit, self.seconds, self.order, self.make):
            new.addWidget(widget)
        outer.addLayout(new)

        self.turns = QListWidget()
        self.turns.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.turns.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.turns.model().rowsMoved.connect(lambda *_: QTimer.singleShot(0, self._dropped))
        outer.addWidget(self.turns, 1)

        self.speaker = plain_label("", size=18, bold=True)
        self.countdown = plain_label("", size=30, bold=True)
        self.countdown.setWordWrap(False)
        self.status = plain_label("")
        self.next_up = plain_label("", size=12)
        self.next_up.setWordWrap(False)
        now = QGridLayout()
        now.setColumnStretch(0, 1)
        now.addWidget(self.speaker, 0, 0)
        now.addWidget(self.countdown, 0, 1, Qt.AlignmentFlag.AlignRight)
        now.addWidget(self.status, 1, 0)
        now.addWidget(self.next_up, 1, 1, Qt.AlignmentFlag.AlignRight)
        outer.addLayout(now)

        controls = QGridLayout()
        specs: list[tuple[str, str, str, Callable[[], None]]] = [
            ("start", _("Start"), "round.start", self.start),
            ("next", _("Next"), "round.next", lambda: self._move("next_turn")),
            ("pass", _("Pass"), "round.pass", lambda: self._move("pass_turn")),
            ("skip", _("Skip for now"), "round.skip", lambda: self._move("skip_turn")),
            ("back", _("Back"), "round.back", lambda: self._move("back")),
            ("pause", _("Pause"), "round.pause", lambda: self._move("toggle_pause")),
            ("late", _("Add someone late…"), "round.late", self.show_late_menu),
            ("end", _("End round"), "round.end", lambda: self._move("end_round")),
            ("project", _("Show on projector"), "", self.project),
        ]
        self.buttons = control_buttons(self, controls, specs)
        # The same clicker keys while the round is on the projector and its window is active.
        keymap.window_shortcuts(self.view, "projector.next", lambda: self._move("next_turn"))
        keymap.window_shortcuts(self.view, "projector.previous", lambda: self._move("back"))
        keymap.shortcut(self.turns, "round.remove", self.remove_selected, widget_only=True)
        outer.addLayout(controls)

    # Session and data
    def hooks(self) -> PanelHooks:
        return PanelHooks(tools=self.tools, project=self.project, ready=self.under_way)

    def under_way(self) -> bool:
        """A round is running: until then the room keeps its activity card (Start projects)."""
        return self.state is not None and self.state.round.status is RoundStatus.RUNNING

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.round_id = None
        if session_id is not None:
            settle_session(self.env, session_id)
        self.view.set_session(session_id)
        self.reload()
        self._quiet_chime()

    def reload(self) -> None:
        lv = self.env.services.levelling
        self.state = None
        found = lv.data.rounds(self.session_id) if self.session_id is not None else []
        if self.round_id not in {r.id for r in found}:
            self.round_id = None
        if self.round_id is None and self.session_id is not None:
            active = lv.active_round(self.session_id)
            self.round_id = active.round.id if active else None
        if self.round_id is not None:
            self.state = lv.state(self.round_id)
        if self.session_id is not None:
            self.names = {a.id: a.name for a in lv.data.attended(self.session_id)}
            self.present = [a.id for a in self.env.services.read.present(self.session_id)]
        self.rounds.clear()
        for rnd in found:
            self.rounds.addItem(f"{rnd.title} ({_(ROUND_STATUS[rnd.status])})", rnd.id)
        if self.round_id is not None:
            self.rounds.setCurrentIndex(self.rounds.findData(self.round_id))
        self._fill_turns()
        self._enable()
        self.on_tick()

    def _fill_turns(self) -> None:
        self.turns.blockSignals(True)
        self.turns.clear()
        for n, turn in enumerate(self.state.ordered if self.state else [], start=1):
            bits = [f"{n}. {self.names.get(turn.attendee_id, '?')}"]
            if turn.late:
                bits.append(_("(late)"))
            if turn.status is TurnStatus.DONE and turn.duration_s is not None:
                bits.append(_("— done, {time}").format(time=clock_text(turn.duration_s)))
            elif turn.status is not TurnStatus.WAITING:
                bits.append(f"— {_(turn.status.label).lower()}")
            if turn.skips:
                bits.append(_("(skipped once)") if turn.skips == 1 else _("(skipped {skips}×)").format(
                    skips=turn.skips))
            item = QListWidgetItem(" ".join(bits))
            item.setData(Qt.ItemDataRole.UserRole, turn.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if turn.status is TurnStatus.WAITING:
                flags |= Qt.ItemFlag.ItemIsDragEnabled
            item.setFlags(flags)
            if turn.status is TurnStatus.SPEAKING:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.turns.addItem(item)
        self.turns.blockSignals(False)

    def _enable(self) -> None:
        status = self.state.round.status if self.state else None
        running = status is RoundStatus.RUNNING
        current = self.state.current if self.state else None
        speaking = current is not None
        self.buttons["start"].setEnabled(status is RoundStatus.READY)
        for key in ("next", "end", "late"):
            self.buttons[key].setEnabled(running or (key == "late" and status is not None))
        for key in ("pass", "skip", "pause"):
            self.buttons[key].setEnabled(running and speaking)
        self.buttons["back"].setEnabled(status in (RoundStatus.RUNNING, RoundStatus.FINISHED))
        self.buttons["project"].setEnabled(self.state is not None)
        paused = current is not None and current.paused_at is not None
        self.buttons["pause"].setText(keymap.label("round.pause",
                                                   _("Carry on") if paused else _("Pause")))

    def on_tick(self) -> None:
        pic = picture(self.state, self.names, set(self.present), self.env.clock.now())
        if pic is None:
            self.speaker.setText(_("No round yet: make one from the people here."))
            for label in (self.countdown, self.status, self.next_up):
                label.setText("")
            return
        finished = self.state is not None and self.state.round.status is RoundStatus.FINISHED
        self.speaker.setText(f"{pic.heading}: {pic.name}" if pic.name and not finished
                             else pic.heading)
        self.countdown.setText(pic.countdown)
        theme = "dark" if self.palette().window().color().lightness() < 128 else "light"
        self.countdown.setStyleSheet(f"color: {STAGE_CSS[theme][pic.stage]}")
        words = pic.box_words if pic.stage in (Stage.WARNING, Stage.OVERTIME) or pic.paused else ""
        self.status.setText(" · ".join(p for p in (pic.progress, words, pic.note) if p))
        self.next_up.setText(pic.next_line)
        if pic.key and pic.stage is Stage.OVERTIME and not pic.paused:
            self.chime.ring_once(pic.key, _("{name}'s turn is over").format(name=pic.name))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # View › Theme: the countdown's colour (once the panel is built).
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "countdown"):
            self.on_tick()

    def _quiet_chime(self) -> None:
        pic = picture(self.state, self.names, set(self.present), self.env.clock.now())
        if pic and pic.key and pic.stage is Stage.OVERTIME:
            self.chime.mark_rung(pic.key)  # already over when we looked: no chime now

    # Actions
    def create_round(self) -> None:
        if self.session_id is None:
            return
        session_id = self.session_id
        change = self.env.undo.run(lambda: self.env.services.levelling.create_round(
            session_id, self.name_edit.text(), turn_s=self.seconds.value(),
            order=RoundOrder(self.order.currentData())))
        if change is not None and isinstance(change.new_id, int):
            self.round_id = change.new_id
            self.view.show_round(change.new_id)
            self.reload()

    def start(self) -> None:
        self._move("start_round")
        self.project()

    def _move(self, method: str) -> None:
        if self.round_id is None:
            return
        round_id = self.round_id
        self.env.undo.run(lambda: getattr(self.env.services.levelling, method)(round_id))

    def _picked(self, index: int) -> None:
        self.round_id = self.rounds.itemData(index)
        self.view.show_round(self.round_id)
        self.reload()

    def _dropped(self) -> None:
        if self.round_id is None:
            return
        ids = [self.turns.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.turns.count())]
        round_id = self.round_id
        if self.env.undo.run(lambda: self.env.services.levelling.reorder_round(round_id, ids)) is None:
            self.reload()  # refused: put the list back as it is saved

    def late_choices(self) -> list[tuple[int, str]]:
        taken = {t.attendee_id for t in (self.state.turns if self.state else ())
                 if t.status in (TurnStatus.WAITING, TurnStatus.SPEAKING)}
        return [(p, self.names.get(p, "?")) for p in self.present if p not in taken]

    def add_late(self, attendee_id: int) -> None:
        if self.round_id is not None:
            round_id = self.round_id
            self.env.undo.run(lambda: self.env.services.levelling.add_late(round_id, attendee_id))

    def show_late_menu(self) -> None:
        menu = QMenu(self)
        choices = self.late_choices()
        if not choices:
            menu.addAction(_("Everyone here is already in the round")).setEnabled(False)
        for person, name in choices:
            menu.addAction(button_text(name), lambda p=person: self.add_late(p))
        button = self.buttons["late"]
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def remove_selected(self) -> None:
        item = self.turns.currentItem()
        if item is not None and self.round_id is not None:
            round_id, turn_id = self.round_id, item.data(Qt.ItemDataRole.UserRole)
            self.env.undo.run(lambda: self.env.services.levelling.remove_from_round(round_id,
                                                                                   turn_id))

    def project(self) -> None:
        self.view.show_round(self.round_id)
        self.env.projector.show_view(RoundProjectorView.KEY)

