"""Small pieces the outcomes and reach widgets share: plain labels, the projector's colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QLabel, QWidget

ERROR = "#C0392B"


def plain_label(text: str = "", name: str = "", *, wrap: bool = True) -> QLabel:
    """A label that shows text exactly as typed: never rich text, never a link."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


def error_line(name: str = "fieldError") -> QLabel:
    label = plain_label("", name)
    label.setStyleSheet(f"color: {ERROR}; font-weight: bold;")
    label.setVisible(False)
    return label


class Look:
    """A painted projector view's colours, dark (white and yellow on black) or light."""

    def __init__(self, theme: str = "dark") -> None:
        dark = theme != "light"
        self.background = QColor("#000000" if dark else "#ffffff")
        self.text = QColor("#ffffff" if dark else "#111111")
        self.accent = QColor("#ffd23f" if dark else "#7a4b00")
        self.muted = QColor("#d0d0d0" if dark else "#444444")
        self.card = QColor("#1c1c1c" if dark else "#f1f1ee")

    @classmethod
    def of(cls, widget: QWidget) -> Look:
        return cls(str(getattr(widget.window(), "theme", "dark")))


def big_font(pixels: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(["Atkinson Hyperlegible", "DejaVu Sans", "Segoe UI", "Helvetica Neue"])
    font.setPixelSize(max(10, int(pixels)))
    font.setBold(bold)
    return font


def smooth(painter: QPainter) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
