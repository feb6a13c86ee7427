"""Type sizes for the projector, read from 8 metres: they scale with the screen's height.

Sizes are given as a share of the projector's height, so a 720p projector and a 4K one show the
same layout. At 1080p no projector text may have capitals shorter than MIN_CAP_HEIGHT_1080 pixels.
On a picture about 1.7 m tall that is about 38 mm, the usual rule for reading from 8 m
(character height ≥ viewing distance / 200 to 250). The jargon view's own text is larger still.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF

MIN_CAP_HEIGHT_1080 = 24.0  # pixels, for any projector text at 1920×1080
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
