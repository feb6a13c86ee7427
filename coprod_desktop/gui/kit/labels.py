"""A label that shows text exactly as typed: never read as HTML or rich text, never a link.

Attendee text (names, notes, stories) goes on screen through this, so `<b>` in a note is shown
as written. One helper instead of the ten small copies the feature folders had.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", name: str = "", *, parent: QWidget | None = None,
                wrap: bool = True, selectable: bool = False, bold: bool = False,
                point_size: int | None = None, scale: float = 0.0) -> QLabel:
    """A plain-text label; `name` is its object name (style sheets and tests find it by it).

    `point_size` sets the font's size, `scale` multiplies the current size; `selectable` lets
    the mouse select the text (for something to copy)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold or point_size is not None or scale:
        font = label.font()
        if point_size is not None:
            font.setPointSize(point_size)
        if scale:
            font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
    return label
