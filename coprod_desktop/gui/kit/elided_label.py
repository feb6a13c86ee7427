"""A one-line label that, when it has too little room, ends at a whole word with "…".

`text()` stays the whole text (what tests, the accessibility tree and a screen reader read), and
the whole text is the tooltip while it is cut short, so nothing the facilitator needs is lost.
Qt's own eliding cuts mid-word ("Starts at 18:00 with ‘Che"); this cuts at the last space that
fits, and mid-word only when not even the first word fits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

ELLIPSIS = "…"
_TRAILING = " ,;:·—–-‘“(/"  # not left dangling before the ellipsis


def elide_at_word(text: str, width: float, measure: Callable[[str], float]) -> str:
    """`text` if it fits in `width`, else the most whole words that fit with "…" after them
    ('Starts at 18:00 with…'); a lone first word too long for the room is cut inside it."""
    if measure(text) <= width:
        return text
    cut = len(text)
    while True:
        cut = text.rfind(" ", 0, cut)
        if cut <= 0:
            break
        shown = text[:cut].rstrip(_TRAILING) + ELLIPSIS
        if measure(shown) <= width:
            return shown
    # Not even the first word fits: keep as many of its letters as do.
    letters = len(text.split(" ", 1)[0])
    while letters > 1 and measure(text[:letters] + ELLIPSIS) > width:
        letters -= 1
    return text[:letters] + ELLIPSIS


class ElidedLabel(QLabel):
    """A plain-text, one-line QLabel that ends at a word with '…' when it is too narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._own_tip = ""
        self.shown_text = ""  # what is drawn just now: the whole text or its start and '…'

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def setToolTip(self, tip: str) -> None:
        self._own_tip = tip
        self._fit()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M" + ELLIPSIS)),
                     hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        self._fit()  # a new font (the presenter strip makes it bigger) changes what fits

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        room = self.contentsRect().width() - 2 * self.margin()
        self.shown_text = elide_at_word(self.text(), room, metrics.horizontalAdvance)
        cut = self.shown_text != self.text()
        super().setToolTip(self.text() if cut and not self._own_tip else self._own_tip)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(),
                                            -self.margin())
        painter.drawText(rect, int(self.alignment()) | int(Qt.TextFlag.TextSingleLine),
                         self.shown_text)
        painter.end()
