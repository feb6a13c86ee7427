"""Projector type grows with the window: a label asks for a fraction of the height, not points.

A widget marked with `set_scale(label, 0.07)` gets a pixel size of 7% of its view's height, so a
heading is the same share of the wall on a 720p projector and on a 4K screen.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

SCALE_PROPERTY = "projectorScale"
MIN_PIXELS = 12


def set_scale(widget: QWidget, fraction: float) -> QWidget:
    widget.setProperty(SCALE_PROPERTY, float(fraction))
    return widget


def pixel_size(height: int, fraction: float) -> int:
    return max(MIN_PIXELS, round(height * fraction))


def apply_scale(root: QWidget, height: int) -> None:
    """Size the font of `root` and each marked descendant for a view `height` pixels tall."""
    changed = False
    for widget in [root, *root.findChildren(QWidget)]:
        fraction = widget.property(SCALE_PROPERTY)
        if not fraction:
            continue
        font = widget.font()
        size = pixel_size(height, float(fraction))
        if font.pixelSize() != size:
            font.setPixelSize(size)
            widget.setFont(font)
            changed = True
    if changed:
        # Lay out again now rather than on the next pass of the event loop, so no frame shows
        # big type squeezed into the old, smaller rows.
        for widget in [*root.findChildren(QWidget), root]:
            layout = widget.layout()
            if layout is not None:
                layout.activate()


class ScaledView(QWidget):
    """A projector view whose marked labels follow its height. Features may subclass it."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        apply_scale(self, self.height())

    def rescale(self) -> None:
        """Call after adding marked widgets to a view that is already on screen."""
        apply_scale(self, self.height())
