"""A note's text laid out once and drawn many times, exactly as QPainter.drawText would draw it.

QPainter.drawText(rect, flags, text) lays the text out afresh on every call: it finds the
scripts, shapes every word and breaks the lines, then draws. A note is drawn again whenever the
view's scale changes (each view caches notes in device pixels), so a zoom step re-did that work
for every note on screen. Here the same layout is made once per text, size and width, and kept
on the note: a zoom then only draws the glyphs. The text stays plain text: a layout never reads
markup, so "<b>" is drawn as the three characters people typed.

The steps follow Qt's own (qt_format_text): a line break becomes a line separator, a carriage
return or tab a space; the paragraph's direction comes from its text (a note in Arabic reads
right to left); lines are as wide as the box, each placed on a whole pixel after the font's
leading; what spills out of the box is clipped. tests/gui/test_note_text.py compares the two
drawings pixel for pixel.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption

_WRAP = {int(Qt.TextFlag.TextWordWrap): QTextOption.WrapMode.WordWrap,
         int(Qt.TextFlag.TextWrapAnywhere): QTextOption.WrapMode.WrapAnywhere}


def plain(text: str) -> str:
    """The characters drawText draws for `text` in a box (no mnemonics, no tab stops)."""
    return text.replace("\r", " ").replace("\t", " ").replace("\n", "\u2028")


class NoteText:
    """One text, laid out for one font and box width; draw() puts it at a box's top left."""

    def __init__(self, text: str, font: QFont, width: float, flags: int) -> None:
        self.text, self.font, self.width, self.flags = text, font, width, flags
        option = QTextOption()
        option.setWrapMode(next((mode for flag, mode in _WRAP.items() if flags & flag),
                                QTextOption.WrapMode.NoWrap))
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # a painter's default
        layout = QTextLayout(plain(text), font)
        layout.setTextOption(option)
        layout.setCacheEnabled(True)  # keep the shaped glyphs, not only the lines
        leading = QFontMetricsF(font).leading()
        height = used = 0.0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(0.0, width))
            height = math.ceil(height + leading)
            line.setPosition(QPointF(0.0, height))
            height += line.height()
            used = max(used, line.naturalTextWidth())
        layout.endLayout()
        self.layout = layout
        self.height = height
        self.used_width = used

    def matches(self, text: str, font: QFont, width: float, flags: int) -> bool:
        return (text, width, flags) == (self.text, self.width, self.flags) and font == self.font

    def draw(self, painter: QPainter, box: QRectF) -> None:
        """Draw in `box`; text that would spill out is clipped to it, as drawText does."""
        if self.height <= box.height() and self.used_width <= box.width():
            self.layout.draw(painter, box.topLeft())
            return
        painter.save()
        painter.setClipRect(box, Qt.ClipOperation.IntersectClip)
        self.layout.draw(painter, box.topLeft())
        painter.restore()


def shortened(text: str, font: QFont, width: float, height: float, flags: int) -> str:
    """`text` cut after a word, with an ellipsis, so that laid out in `font` `width` wide it is
    no taller than `height` (a first word too long for that is cut within itself). The
    projector draws a long note this way at the size the rest of the board is read at, rather
    than shrink the whole board to the note's small type."""
    def fits(candidate: str) -> bool:
        return NoteText(candidate, font, width, flags).height <= height

    if fits(text):
        return text
    words = text.split()
    kept, over = 0, len(words)  # "…" after words[:kept] fits (kept 0: try within a word)
    while over - kept > 1:
        middle = (kept + over) // 2
        if fits(" ".join(words[:middle]) + "…"):
            kept = middle
        else:
            over = middle
    if kept:
        return " ".join(words[:kept]) + "…"
    first = words[0] if words else ""
    kept, over = 0, len(first)
    while over - kept > 1:
        middle = (kept + over) // 2
        if fits(first[:middle] + "…"):
            kept = middle
        else:
            over = middle
    return first[:kept] + "…"
