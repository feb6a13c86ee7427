"""The Run screen's top strip: what is on now, its timer in colour, the runner buttons, what comes
next and how far the session is ahead or behind. Always visible while the room runs.

It shows the Agenda panel's one LiveSource (so there is one chime and one truth) and presses the
same runner commands; its keys are the Run screen's (keymap "run.*"), added by the screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QWidget

from coprod_desktop.domain.agenda import RunState
from coprod_desktop.facilitation.live import LiveAgenda
from coprod_desktop.facilitation.schedule import minutes_text
from coprod_desktop.gui.agenda.live_source import LiveSource
from coprod_desktop.gui.agenda.runner_bar import RUN_KEYS, RunnerBar
from coprod_desktop.gui.kit import keymap
from coprod_desktop.i18n import _


class PresenterStrip(QWidget):
    def __init__(self, source: LiveSource, commands: dict[str, Callable[[], object]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterStrip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.source = source
        # The runner bar keeps the state and the buttons; its pieces are laid out here in rows,
        # so the activity's name has the width it needs.
        self.bar = RunnerBar(commands, self, RUN_KEYS)
        self.bar.hide()
        for name, button in self.bar.buttons.items():
            button.setObjectName(f"run_{name}")
            button.setAccessibleName(button.toolTip())
            button.setText(f"{button.text()}  [{keymap.binding(RUN_KEYS[name]).shown_keys}]")
        big = self.bar.now_label.font()
        big.setPointSizeF(big.pointSizeF() * 1.25)
        self.bar.now_label.setFont(big)
        self.bar.now_label.setObjectName("nowOn")
        self.bar.time_label.setObjectName("runTimer")
        self.bar.drift_label.setObjectName("aheadBehind")
        self.next_label = QLabel(self)
        self.next_label.setObjectName("comesNext")
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.bar.phase_icon)
        top.addWidget(self.bar.now_label, 1)
        top.addWidget(self.bar.drift_label)
        top.addWidget(self.bar.time_label)
        grid.addLayout(top, 0, 0)
        buttons = QHBoxLayout()
        for button in self.bar.buttons.values():
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.next_label, 1)
        grid.addLayout(buttons, 1, 0)
        self.bar.drift_label.setSizePolicy(QSizePolicy.Policy.Preferred,
                                           QSizePolicy.Policy.Preferred)
        source.agenda_changed.connect(self.refresh)
        source.ticked.connect(self.refresh)
        self.refresh()

    def add_keys_to(self, widget: QWidget) -> None:
        self.bar.add_keys_to(widget, RUN_KEYS)

    def refresh(self) -> None:
        state = self.source.live()
        self.bar.show_state(state)
        self.bar.time_label.setVisible(bool(self.bar.time_label.text()))  # no empty pill
        self.next_label.setText(self.comes_next(state))

    @staticmethod
    def comes_next(state: LiveAgenda | None) -> str:
        if state is None or not state.agenda.items:
            return ""
        if state.state is RunState.FINISHED:
            return _("Nothing more on the agenda.")
        following = state.next_item
        if following is None:
            return _("Next: the end of the session")
        minutes = minutes_text(following.activity.duration_s)
        tool = _(following.tool.label) if following.tool.value != "none" else ""
        with_tool = f", {tool.lower()}" if tool else ""
        return _("Next: {title} ({minutes}{with_tool})").format(
            title=following.activity.title, minutes=minutes, with_tool=with_tool)
