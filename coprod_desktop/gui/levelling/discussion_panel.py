"""Open discussion on one tab: the speakers strip, the hands queue and the live balance together.

The facilitator marks speakers with number keys while watching the queue and the balance, so the
three sit side by side rather than on separate tabs. Focus starts on the strip, so 1–9 and Space
work as soon as the tab opens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.panel_contract import PanelHooks
from coprod_desktop.gui.levelling.balance_panel import BalancePanel
from coprod_desktop.gui.levelling.hands_panel import HandsPanel
from coprod_desktop.gui.levelling.speakers_panel import SpeakersPanel
from coprod_desktop.i18n import N_


class DiscussionPanel(QWidget):
    title = N_("Discussion")

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.speakers = SpeakersPanel(env)
        self.hands = HandsPanel(env)
        self.balance = BalancePanel(env)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.hands)
        right.addWidget(self.balance)
        right.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.speakers)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.setFocusProxy(self.speakers)

    def hooks(self) -> PanelHooks:
        return PanelHooks(tools=("discussion",), project=self.balance.project)

    def set_session(self, session_id: int | None) -> None:
        for part in (self.speakers, self.hands, self.balance):
            part.set_session(session_id)
