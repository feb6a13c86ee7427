"""The live balance on the console: each group's share of the room against its share of the talk."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from coprod_desktop.facilitation.speaking import GroupShare, percent
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.levelling.balance_chart import BalanceChart
from coprod_desktop.gui.levelling.balance_view import BalanceProjectorView, talk_summary
from coprod_desktop.gui.levelling.live import SPEAKING_TABLES, follow
from coprod_desktop.gui.levelling.widgets import (
    plain_label,
)
from coprod_desktop.gui.scrolling import scrolled_layout
from coprod_desktop.i18n import N_, _


def describe(shares: list[GroupShare]) -> str:
    """The figures in words, one group a line, for the console and for screen readers."""
    lines = [_("{group}: {room} of the room, {talk} of the talk").format(
        group=_(s.group.label), room=percent(s.room_share), talk=percent(s.talk_share))
        for s in shares]
    return "\n".join([*lines, talk_summary(shares)])


class BalancePanel(QWidget):
    title = N_("Balance")

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.session_id: int | None = None
        self.shares: list[GroupShare] = []
        self._ticks = 0
        self.view = BalanceProjectorView(env)
        env.projector.add_view(BalanceProjectorView.KEY, self.view)
        outer = scrolled_layout(self)
        self.chart = BalanceChart()  # light or dark as the console is, at every paint
        outer.addWidget(self.chart, 1)
        self.figures = plain_label("")
        outer.addWidget(self.figures)
        row = QHBoxLayout()
        self.project_button = QPushButton(_("Show on projector"))
        self.project_button.clicked.connect(self.project)
        row.addStretch(1)
        row.addWidget(self.project_button)
        outer.addLayout(row)
        follow(self, env, SPEAKING_TABLES, self.reload, lambda: self.session_id, tick=self.on_tick,
               while_shown=True)

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.view.set_session(session_id)
        self.reload()

    def reload(self) -> None:
        self.shares = ([] if self.session_id is None
                       else self.env.services.speaking.balance(self.session_id))
        self.chart.set_shares(self.shares)
        self.chart.setAccessibleDescription(describe(self.shares))
        self.figures.setText(describe(self.shares) if self.shares else "")

    def on_tick(self) -> None:
        self._ticks += 1
        if (self.session_id is not None and self.isVisible() and self._ticks % 5 == 0
                and self.env.services.levelling.data.open_segment(self.session_id) is not None):
            self.reload()

    def project(self) -> None:
        self.view.reload()
        self.env.projector.show_view(BalanceProjectorView.KEY)
