"""The balance chart: per group, its share of the room beside its share of the talk.

Drawn with QPainter (QtCharts is not in PySide6-Essentials). Each group gets two bars on one scale
(0 to 100%): an outlined bar for the room and a solid bar for the talk, each with its percentage
written out, so the chart reads without colour and from the back of a hall.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from coprod_desktop.facilitation.speaking import GroupShare, percent
from coprod_desktop.gui.levelling import paint
from coprod_desktop.gui.levelling.style import BACKGROUND, MUTED, PANEL, TEXT
from coprod_desktop.i18n import _, count


@dataclass(frozen=True)
class Theme:
    background: QColor
    text: QColor
    muted: QColor
    track: QColor


DARK = Theme(BACKGROUND, TEXT, MUTED, PANEL)
LIGHT = Theme(QColor("#FFFFFF"), QColor("#15191E"), QColor("#4A5563"), QColor("#E8ECF0"))


class BalanceChart(QWidget):
    """`theme` None (the console's chart): light or dark as the widget's palette is when it
    paints, so it follows View › Theme like every other console widget."""

    def __init__(self, theme: Theme | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fixed_theme = theme
        self.shares: list[GroupShare] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)

    def set_shares(self, shares: Sequence[GroupShare]) -> None:
        self.shares = list(shares)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme = self.theme
        painter.fillRect(self.rect(), theme.background)
        draw(painter, QRectF(self.rect()), self.shares, theme)
        painter.end()

    @property
    def theme(self) -> Theme:
        if self.fixed_theme is not None:
            return self.fixed_theme
        return DARK if self.palette().window().color().lightness() < 128 else LIGHT


def draw(painter: QPainter, area: QRectF, shares: Sequence[GroupShare], theme: Theme) -> None:
    if not shares:
        paint.line(painter, area, _("Nobody is signed in yet"), theme.muted, area.height() * 0.08)
        return
    rows = len(shares)
    row_h = min(area.height() / rows, area.height() * 0.3)
    top = area.top() + (area.height() - row_h * rows) / 2
    # The names' column keeps its share of the picture's height on a 4:3 projector too (a
    # share of the width alone shrank the names below the wall's minimum at 1024×768).
    label_w = min(area.width() * 0.4, max(area.width() * 0.27, area.height() * 0.635))
    # One size for every group's name, the size at which the longest one fits.
    label_px = min(paint.fitted_size(_(s.group.label), label_w * 0.92, row_h * 0.3, 10, bold=True)
                   for s in shares)
    for n, share in enumerate(shares):
        row = QRectF(area.left(), top + n * row_h, area.width(), row_h)
        _row(painter, row, label_w, label_px, share, theme)


def _row(painter: QPainter, row: QRectF, label_w: float, label_px: float, share: GroupShare,
         theme: Theme) -> None:
    colour = QColor(share.group.colour)
    pad = row.height() * 0.08
    label = QRectF(row.left(), row.top() + pad, label_w - pad, row.height() * 0.5)
    paint.line(painter, label, _(share.group.label), theme.text, label_px, bold=True,
               align=Qt.AlignmentFlag.AlignLeft)
    people = count("{n} person", "{n} people", share.people)
    sub = QRectF(row.left(), label.bottom(), label_w - pad, row.height() * 0.32)
    paint.line(painter, sub, people, theme.muted, min(row.height() * 0.2, label_px * 0.85),
               align=Qt.AlignmentFlag.AlignLeft)

    words_w = row.height() * 0.95
    number_w = row.height() * 1.25
    bars_left = row.left() + label_w + words_w
    bars_w = row.width() - label_w - words_w - number_w
    bar_h = (row.height() - 3 * pad) / 2
    for k, (word, value) in enumerate((("room", share.room_share), ("talk", share.talk_share))):
        y = row.top() + pad + k * (bar_h + pad)
        shown = _("room") if word == "room" else _("talk")
        paint.line(painter, QRectF(row.left() + label_w, y, words_w - pad, bar_h), shown,
                   theme.muted, min(bar_h * 0.6, label_px), align=Qt.AlignmentFlag.AlignRight)
        track = QRectF(bars_left, y, bars_w, bar_h)
        if word == "room":
            _outlined(painter, track, value, colour, theme)
        else:
            paint.bar(painter, track, value, colour, theme.track)
        paint.line(painter, QRectF(track.right() + pad, y, number_w - pad, bar_h), percent(value),
                   theme.text if word == "talk" else theme.muted, bar_h * 0.8, bold=word == "talk",
                   align=Qt.AlignmentFlag.AlignLeft)


def _outlined(painter: QPainter, track: QRectF, value: float, colour: QColor,
              theme: Theme) -> None:
    """The room bar: hatched, so it differs from the solid talk bar even without colour."""
    faint = QColor(colour)
    faint.setAlpha(130)
    paint.bar(painter, track, value, faint, theme.track)
    hatch = QBrush(colour, Qt.BrushStyle.BDiagPattern)
    transform = hatch.transform()
    transform.scale(max(1.0, track.height() / 12), max(1.0, track.height() / 12))
    hatch.setTransform(transform)
    paint.bar(painter, track, value, hatch, QColor(0, 0, 0, 0))
