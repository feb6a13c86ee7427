"""The look of a painted projector view: its colours in either theme, its type, smooth drawing.

Shared by every feature that paints a view for the projector (programme, outcomes, ...).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget


class ProjectorLook:
    """Colours for a painted projector view, dark (white and yellow on black) or light."""

    def __init__(self, theme: str = "dark") -> None:
        dark = theme != "light"
        self.theme = "dark" if dark else "light"
        self.background = QColor("#000000" if dark else "#ffffff")
        self.text = QColor("#ffffff" if dark else "#111111")
        self.accent = QColor("#ffd23f" if dark else "#7a4b00")
        self.muted = QColor("#d0d0d0" if dark else "#444444")
        self.card = QColor("#1c1c1c" if dark else "#f1f1ee")
        self.line = QColor("#5a5a5a" if dark else "#b8b8b8")

    @classmethod
    def of(cls, widget: QWidget) -> ProjectorLook:
        """The look of the projector window holding `widget` (dark if it does not say)."""
        return cls(str(getattr(widget.window(), "theme", "dark")))


def projector_font(pixels: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(["Atkinson Hyperlegible", "DejaVu Sans", "Segoe UI", "Helvetica Neue"])
    font.setPixelSize(max(10, int(pixels)))
    font.setBold(bold)
    return font


def smooth(painter: QPainter) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
