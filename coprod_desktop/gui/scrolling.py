"""Panels that scroll inside their tab, so a small console window never has to grow to fit them."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scroll_inside(panel: QWidget, content: QWidget) -> QScrollArea:
    """Fill `panel` with a frameless scroll area that shows `content` at the panel's width."""
    scroll = QScrollArea(panel)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    outer = QVBoxLayout(panel)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll


def scrolled_layout(panel: QWidget) -> QVBoxLayout:
    """Give `panel` a scroll area and return the layout inside it."""
    content = QWidget()
    scroll_inside(panel, content)
    return QVBoxLayout(content)
