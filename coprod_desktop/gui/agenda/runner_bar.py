"""The live runner controls: Previous, Start/Pause, Next, +1, +5, with keys a presenter remote sends.

The keys come from the one keyboard map (gui/kit/keymap.py): in Plan › Agenda Space, Page Down,
Page Up, F7 and F8; on the Run screen F9, Alt+Page Down, Alt+Page Up, F7 and F8 (Space and the
Page keys belong to the tool below there); on the projector's agenda view what a clicker sends.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from coprod_desktop.domain.agenda import RunState
from coprod_desktop.domain.phases import Phase
from coprod_desktop.facilitation.countdown import Stage, clock_text
from coprod_desktop.facilitation.live import LiveAgenda
from coprod_desktop.facilitation.schedule import drift_text, minutes_text
from coprod_desktop.gui.agenda.phase_art import phase_pixmap
from coprod_desktop.gui.kit import keymap
from coprod_desktop.gui.kit.elided_label import ElidedLabel
from coprod_desktop.i18n import N_, _, count

NAMES = ("previous", "toggle", "next", "plus1", "plus5")
AGENDA_KEYS = {name: f"agenda.{name}" for name in NAMES}
RUN_KEYS = {name: f"run.{name}" for name in NAMES}
PROJECTOR_KEYS = {name: f"projector.{name}" for name in NAMES}
KEY_HINT = N_("Keys: Space start or pause · Page Down next · Page Up back · F7 +1 min · "
              "F8 +5 min")
PILL = {Stage.NOT_STARTED: ("#E4E7EB", "#1B1F24"), Stage.NORMAL: ("#1B1F24", "#FFFFFF"),
        Stage.WARNING: ("#FFB000", "#111111"), Stage.OVERTIME: ("#C62828", "#FFFFFF")}


class RunnerBar(QWidget):
    def __init__(self, commands: dict[str, Callable[[], object]],
                 parent: QWidget | None = None, keys: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        self.commands = commands
        labels = {"previous": _("◀  Previous"), "toggle": _("Start"), "next": _("Next  ▶"),
                  "plus1": _("+1 min"), "plus5": _("+5 min")}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.keys = keys or AGENDA_KEYS
        for name, text in labels.items():
            button = QPushButton(text, self)
            button.setToolTip(f"{text.strip('◀▶ ')} "
                              f"({keymap.binding(self.keys[name]).shown_keys})")
            button.clicked.connect(commands[name])
            row.addWidget(button)
            self.buttons[name] = button
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must not click a focused button
        self.buttons["toggle"].setMinimumWidth(96)
        self.phase_icon = QLabel(self)
        self.phase_icon.setFixedSize(28, 28)
        # The headline ends at a whole word with '…' when the row is narrow (an activity's title
        # can be long); the whole headline stays its text and its tooltip.
        self.now_label = ElidedLabel(self)
        now_font = self.now_label.font()
        now_font.setPointSizeF(now_font.pointSizeF() * 1.3)
        now_font.setBold(True)
        self.now_label.setFont(now_font)
        self.time_label = QLabel(self)
        self.time_label.setTextFormat(Qt.TextFormat.PlainText)
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_label.setMinimumWidth(96)
        font = self.time_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.time_label.setFont(font)
        self.drift_label = ElidedLabel(self)
        bold = self.drift_label.font()
        bold.setBold(True)
        self.drift_label.setFont(bold)
        # The headline takes the room left; ahead/behind takes only what its words need (none
        # when it says nothing), so an empty one no longer halves the headline's room.
        self.drift_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.now_label.setMinimumWidth(60)  # may be cut short in a narrow window
        row.addSpacing(8)
        row.addWidget(self.phase_icon)
        row.addWidget(self.now_label, 1)
        row.addWidget(self.time_label)
        row.addSpacing(8)
        row.addWidget(self.drift_label)
        self._pill: tuple[str, str] | None = None
        self._phase: Phase | None = None
        self.show_state(None)

    def add_keys_to(self, widget: QWidget, keys: dict[str, str] | None = None) -> None:
        """Make the runner keys (binding ids by button name) work while `widget` is showing in
        the active window."""
        for name, key_id in (keys or self.keys).items():
            keymap.window_shortcuts(widget, key_id, lambda n=name: self._press(n))

    def _press(self, name: str) -> None:
        if self.buttons[name].isEnabled():
            self.commands[name]()

    def show_state(self, state: LiveAgenda | None) -> None:
        has_items = bool(state and state.agenda.items)
        run = state.state if state else RunState.NOT_STARTED
        toggle = self.buttons["toggle"]
        toggle.setText({RunState.NOT_STARTED: _("▶  Start"), RunState.RUNNING: _("❚❚  Pause"),
                        RunState.PAUSED: _("▶  Resume"), RunState.FINISHED: _("Finished")}[run])
        toggle.setEnabled(has_items and run is not RunState.FINISHED)
        started = run in (RunState.RUNNING, RunState.PAUSED)
        self.buttons["next"].setEnabled(started)
        self.buttons["previous"].setEnabled(
            run is RunState.FINISHED or (started and (state.current_index or 0) > 0)
            if state else False)
        self.buttons["plus1"].setEnabled(started)
        self.buttons["plus5"].setEnabled(started)
        shown = state.current or state.agenda.items[0] if state and has_items else None
        self._set_phase(shown.activity.phase if shown and run is not RunState.FINISHED else None)
        if state is None or not has_items:
            self.now_label.setText(_("No activities yet: add some from the library."))
            self._time("")
            self.drift_label.setText("")
            self._set_pill(Stage.NOT_STARTED)
            return
        assert state is not None
        if run is RunState.FINISHED:
            self.now_label.setText(count("Finished: {n} activity", "Finished: {n} activities",
                                         len(state.agenda.items)))
            self._time("")
            self._set_pill(Stage.NOT_STARTED)
        elif run is RunState.NOT_STARTED:
            self.now_label.setText(_("Starts at {time} with ‘{title}’").format(
                time=state.hhmm(state.start), title=state.agenda.items[0].activity.title))
            self._time(clock_text(state.agenda.items[0].activity.duration_s))
            self._set_pill(Stage.NOT_STARTED)
        else:
            current = state.current
            assert current is not None
            paused = _(" (paused)") if run is RunState.PAUSED else ""
            self.now_label.setText(_("Now: {title}{paused}").format(title=current.activity.title,
                                                                    paused=paused))
            self._time(clock_text(state.remaining_s))
            self._set_pill(state.stage)
        self.drift_label.setText(self._drift(state))

    def _time(self, text: str) -> None:
        """The time pill: hidden when it has nothing to say (an empty coloured pill beside
        'Finished' looked like a broken control)."""
        self.time_label.setText(text)
        self.time_label.setVisible(bool(text))

    @staticmethod
    def _drift(state: LiveAgenda) -> str:
        if state.state is RunState.NOT_STARTED:
            late = state.drift_s
            return _("{time} past the planned start").format(
                time=minutes_text(late)) if 60 <= late < 12 * 3600 else ""
        if state.state is RunState.FINISHED:
            return _("Finished {drift}").format(drift=drift_text(state.drift_s).lower())
        return _("Session: {drift}").format(drift=drift_text(state.drift_s).lower())

    def _set_phase(self, phase: Phase | None) -> None:
        if phase is self._phase:
            return
        self._phase = phase
        if phase is None:
            self.phase_icon.clear()
        else:
            self.phase_icon.setPixmap(phase_pixmap(phase, 28, self.devicePixelRatioF()))
            self.phase_icon.setToolTip(_(phase.label))

    def _set_pill(self, stage: Stage) -> None:
        colours = PILL[stage]
        if colours != self._pill:
            self._pill = colours
            self.time_label.setStyleSheet(
                f"background: {colours[0]}; color: {colours[1]}; border-radius: 6px; "
                "padding: 2px 10px;")
