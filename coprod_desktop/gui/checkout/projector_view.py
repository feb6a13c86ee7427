"""The projector's check-out results: each question, and how many said Yes, by side of the room.

For the room, like anything outside the console: a side with fewer than 3 answers to a question
is not shown on its own, and where everyone's answers less the sides shown would give away those
of fewer than 3, everyone's are held back (saying why), not a side (domain.checkout's
`CheckoutSummary.shown`). Every bar carries its share in words,
so colour is never the only cue; nothing is under the projector's minimum type.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from coprod_desktop.domain.checkout import KEYS, CheckoutSummary, Side
from coprod_desktop.domain.small_numbers import Held
from coprod_desktop.gui.kit.legibility import font_with_cap_height, min_cap_height
from coprod_desktop.gui.kit.projector_look import ProjectorLook, projector_font, smooth
from coprod_desktop.gui.theme import follow_projector_theme
from coprod_desktop.i18n import _, count

VIEW_KEY = "checkout"
SIDES = (Side.PARENTS, Side.STAFF)


class CheckoutProjectorView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkoutProjectorView")
        follow_projector_theme(self, lambda _theme: self.update())
        self.summary: CheckoutSummary | None = None
        self.statements: dict[str, str] = {}

    def show_summary(self, summary: CheckoutSummary | None, statements: dict[str, str]) -> None:
        self.summary = summary
        self.statements = statements
        self.setAccessibleName(_("Check-out results"))
        self.update()

    def rows(self) -> list[tuple[str, list[tuple[str, float | str | None]]]]:
        """What is drawn, as text: each question with (side, share saying Yes), where a share is
        None when it is held back for a small group, and words when it is held back only so a
        small group's answers cannot be worked out from it, or when nobody on that side has
        answered it yet (never a bar of 0%, which would read as "nobody said Yes")."""
        if self.summary is None or self.summary.total == 0:
            return []
        names = {Side.PARENTS: _("Parents and carers"), Side.STAFF: _("Staff")}
        out = []
        for key in KEYS:
            shown = self.summary.shown(key)
            bars: list[tuple[str, float | str | None]] = []
            for side in SIDES:
                tally = self.summary.tallies[side][key]
                bars.append((names[side], _held(shown.groups[side])
                             if shown.groups[side] is not None
                             else _share(tally.answered, tally.yes_share)))
            everyone = self.summary.everyone[key]
            bars.append((_("Everyone"), _held(shown.total) if shown.total is not None
                         else _share(everyone.answered, everyone.yes_share)))
            out.append((self.statements.get(key, key), bars))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        look = ProjectorLook.of(self)
        painter = QPainter(self)
        smooth(painter)
        painter.fillRect(self.rect(), look.background)
        self._paint(painter, look)
        painter.end()

    def _paint(self, painter: QPainter, look: ProjectorLook) -> None:
        w, h = float(self.width()), float(self.height())
        pad = h * 0.04
        smallest = font_with_cap_height(projector_font(100), min_cap_height(self.height()))
        px = smallest.pixelSize()
        painter.setPen(look.text)
        painter.setFont(projector_font(h * 0.06, bold=True))
        painter.drawText(QRectF(pad, pad, w - 2 * pad, h * 0.09), Qt.AlignmentFlag.AlignLeft,
                         _("Check-out: how did today feel?"))
        total = self.summary.total if self.summary else 0
        painter.setFont(projector_font(px))
        painter.setPen(look.muted)
        if total == 0:  # not a page of "0% Yes", which would read as nobody feeling heard
            painter.setFont(projector_font(px * 2, bold=True))
            painter.setPen(look.text)
            flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
            painter.drawText(QRectF(pad, h * 0.3, w - 2 * pad, h * 0.25), flags,
                             _("No check-outs yet"))
            painter.setFont(projector_font(px))
            painter.setPen(look.muted)
            painter.drawText(QRectF(pad, h * 0.55, w - 2 * pad, h * 0.2), flags,
                             _("The answers appear here as people check out."))
            return
        # Wrapped, not cut, where the words are longer (Polish): the rows start below it.
        subtitle = count("Share saying Yes · {n} check-out · groups under 3 are not shown on "
                         "their own", "Share saying Yes · {n} check-outs · groups under 3 "
                         "are not shown on their own", total)
        wrap = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        sub_box = QRectF(pad, pad + h * 0.085, w - 2 * pad, h)
        used = painter.boundingRect(sub_box, wrap, subtitle)
        painter.drawText(sub_box, wrap, subtitle)
        rows = self.rows()
        if not rows:
            return
        top = max(pad + h * 0.16, used.bottom() + h * 0.02)
        block = (h - top - pad) / len(rows)
        line = QFontMetricsF(projector_font(px)).height()
        label_w = w * 0.3
        for n, (statement, bars) in enumerate(rows):
            y = top + n * block
            painter.setPen(look.text)
            painter.setFont(projector_font(px * 1.1, bold=True))
            painter.drawText(QRectF(pad, y, w - 2 * pad, line * 1.2), Qt.AlignmentFlag.AlignLeft,
                             statement)
            bar_h = (block - line * 1.4) / len(bars)
            for m, (side, share) in enumerate(bars):
                by = y + line * 1.3 + m * bar_h
                painter.setFont(projector_font(px))
                painter.setPen(look.muted)
                painter.drawText(QRectF(pad, by, label_w, bar_h),
                                 Qt.AlignmentFlag.AlignVCenter, side)
                full = w - 2 * pad - label_w - px * 9
                if share is None or isinstance(share, str):
                    painter.setPen(look.text)
                    painter.drawText(QRectF(pad + label_w, by, full + px * 9, bar_h),
                                     Qt.AlignmentFlag.AlignVCenter,
                                     _("not shown, so nobody can be picked out")
                                     if share is None else share)
                    continue
                painter.fillRect(QRectF(pad + label_w, by + bar_h * 0.15, full, bar_h * 0.7),
                                 look.card)
                painter.fillRect(QRectF(pad + label_w, by + bar_h * 0.15, full * share,
                                        bar_h * 0.7), look.accent)
                painter.setPen(look.text)
                painter.setFont(projector_font(px, bold=True))
                painter.drawText(QRectF(pad + label_w + full + px * 0.5, by, px * 8.5, bar_h),
                                 Qt.AlignmentFlag.AlignVCenter,
                                 _("{share}% Yes").format(share=round(share * 100)))


def _held(why: Held) -> str | None:
    """None for a small group (drawn as "not shown, so nobody can be picked out"); words for a
    figure held back only for a smaller group's sake, so the room does not take it for a bug."""
    if why is Held.SMALL:
        return None
    return _("not shown, to protect a smaller group")


def _share(answered: int, yes_share: float) -> float | str:
    """The share saying Yes, or words when nobody has answered (a share of none is no 0%)."""
    return yes_share if answered else _("no answers yet")
