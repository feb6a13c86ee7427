"""The balance on the projector: each group's share of the room beside its share of the talk."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from coprod_desktop.facilitation.speaking import GroupShare
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.levelling import balance_chart, paint
from coprod_desktop.gui.levelling.live import SPEAKING_TABLES, follow
from coprod_desktop.gui.levelling.style import Look
from coprod_desktop.gui.levelling.themed import ThemedProjectorView
from coprod_desktop.i18n import _, count


def talk_summary(shares: list[GroupShare]) -> str:
    total = sum(s.talk_s for s in shares)
    if total <= 0:
        return _("No talk recorded yet")
    minutes = round(total / 60)
    if minutes < 1:
        return count("From {n} second of open discussion",
                     "From {n} seconds of open discussion", round(total))
    return count("From {n} minute of open discussion", "From {n} minutes of open discussion",
                 minutes)


def chart_theme(look: Look) -> balance_chart.Theme:
    """The chart in the projector's look: its bars' tracks are the look's panel colour."""
    return balance_chart.Theme(look.background, look.text, look.muted, look.panel)


class BalanceProjectorView(ThemedProjectorView):
    KEY = "levelling.balance"

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.session_id: int | None = None
        self.shares: list[GroupShare] = []
        follow(self, env, SPEAKING_TABLES, self.reload, lambda: self.session_id, tick=self.on_tick)

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.reload()

    def reload(self) -> None:
        self.shares = ([] if self.session_id is None
                       else self.env.services.speaking.balance(self.session_id))
        self.update()

    def on_tick(self) -> None:
        # Someone speaking moves the shares: worked out again only while it is on show.
        if (self.isVisible() and self.session_id is not None
                and self.env.services.levelling.data.open_segment(self.session_id) is not None):
            self.reload()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        look = self.look
        painter.fillRect(self.rect(), look.background)
        w, h = self.width(), self.height()
        margin = w * 0.05
        paint.line(painter, QRectF(margin, h * 0.03, w - 2 * margin, h * 0.11),
                   _("Who is doing the talking?"), look.text, h * 0.075, bold=True,
                   align=Qt.AlignmentFlag.AlignLeft)
        paint.line(painter, QRectF(margin, h * 0.13, w - 2 * margin, h * 0.06),
                   _("Each group's share of the people here, and of the talk so far"), look.muted,
                   h * 0.04, align=Qt.AlignmentFlag.AlignLeft)
        balance_chart.draw(painter, QRectF(margin, h * 0.22, w - 2 * margin, h * 0.68),
                           self.shares, chart_theme(look))
        paint.line(painter, QRectF(margin, h * 0.91, w - 2 * margin, h * 0.06),
                   talk_summary(self.shares), look.muted, h * 0.04, align=Qt.AlignmentFlag.AlignLeft)
        painter.end()
