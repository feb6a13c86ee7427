"""Type sizes for the projector, read from 8 metres: they scale with the screen's height.

Sizes are given as a share of the projector's height, so a 720p projector and a 4K one show the
same layout; at 1080p the smallest projector text has a cap height of at least MIN_CAP_HEIGHT_1080
pixels (about 1/27 of the screen height), which reads from the back of a community hall.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF

MIN_CAP_HEIGHT_1080 = 40.0  # pixels, for any projector text at 1920×1080
REFERENCE_HEIGHT = 1080


def min_cap_height(screen_height: int) -> float:
    return MIN_CAP_HEIGHT_1080 * screen_height / REFERENCE_HEIGHT


def font_with_cap_height(base: QFont, cap_px: float) -> QFont:
    """A copy of `base` sized so its capital letters are `cap_px` pixels tall."""
    font = QFont(base)
    font.setPixelSize(100)
    ratio = QFontMetricsF(font).capHeight() / 100 or 0.7
    font.setPixelSize(max(1, round(cap_px / ratio + 0.49)))
    return font


def cap_height(font: QFont) -> float:
    return QFontMetricsF(font).capHeight()
