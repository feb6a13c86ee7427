"""Text that says something went wrong, readable on either theme (WCAG AA, 4.5:1 or better).

Dark red on a dark grey window cannot be read; the colour is picked from the window's background.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

ON_LIGHT = "#A00000"  # 8.4:1 on white, 7.3:1 on #EFEFEF
ON_DARK = "#FF9E94"  # 7.1:1 on #2B2B2B, 8.4:1 on #1E1E1E


def problem_colour(widget: QWidget) -> str:
    background = widget.palette().color(QPalette.ColorRole.Window)
    return ON_DARK if background.lightnessF() < 0.5 else ON_LIGHT


def problem_style(widget: QWidget, failed: bool = True) -> str:
    """A style sheet for `widget`'s text: the problem colour, or nothing."""
    return f"color: {problem_colour(widget)};" if failed else ""
