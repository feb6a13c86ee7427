"""QR codes drawn as vector squares, so they stay sharp at any print size.

The modules come from `export.qr` (the sign-in feature's QR maker), so the projector, the
phone pages and the PDFs all encode exactly the same way.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.colors import Color

from coprod_desktop.export.qr import qr_matrix


def filled_rect(x: float, y: float, width: float, height: float, fill: Color,
                stroke: Color | None = None, stroke_width: float = 0) -> Rect:
    """A rectangle filled with `fill`, unoutlined unless given a `stroke`. (Its colours are set
    after it is made: types-reportlab types Rect's keywords wrongly.)"""
    rect = Rect(x, y, width, height)
    rect.fillColor, rect.strokeColor, rect.strokeWidth = fill, stroke, stroke_width
    return rect


def qr_drawing(data: str, size: float) -> Drawing:
    """A square drawing `size` points wide (quiet zone included) that encodes `data`."""
    cells = qr_matrix(data)
    count = len(cells)
    module = size / count
    drawing = Drawing(size, size)
    drawing.add(filled_rect(0, 0, size, size, colors.white))
    for row_index, row in enumerate(cells):
        y = size - (row_index + 1) * module
        col = 0
        while col < count:
            if not row[col]:
                col += 1
                continue
            start = col
            while col < count and row[col]:
                col += 1
            # One rectangle per run of dark modules, slightly overlapping so no hairline shows.
            drawing.add(filled_rect(start * module, y - 0.01, (col - start) * module, module + 0.02,
                                    colors.black))
    return drawing
