"""Small widgets the levelling panels share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


def plain_label(text: str = "", *, size: int | None = None, bold: bool = False,
                parent: QWidget | None = None) -> QLabel:
    """A label that shows text exactly as typed: never read as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    if size is not None or bold:
        font = label.font()
        if size is not None:
            font.setPointSize(size)
        font.setBold(bold)
        label.setFont(font)
    return label


def button_text(text: str) -> str:
    """Text for a button or menu item shown as typed: "&" would otherwise become a shortcut key."""
    return text.replace("&", "&&")


def scroll_body(panel: QWidget) -> QVBoxLayout:
    """Give `panel` a scrolling body and return the body's layout.

    The console may be narrow (a laptop beside a projector); a dense panel then scrolls rather than
    forcing the whole window wider.
    """
    area = QScrollArea(panel)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget()
    area.setWidget(body)
    outer = QVBoxLayout(panel)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return QVBoxLayout(body)
