"""QR codes drawn as vector squares, so they stay sharp at any print size.

(The sign-in feature brings `export/qr.py` for QR images on screens and phones; PDFs draw the
same matrix with reportlab shapes instead of embedding a picture.)
"""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors

QUIET_ZONE = 4  # modules of white round the code, as the standard asks


def matrix(data: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(data)
    code.make(fit=True)
    return code.get_matrix()


def qr_drawing(data: str, size: float) -> Drawing:
    """A square drawing `size` points wide (quiet zone included) that encodes `data`."""
    cells = matrix(data)
    count = len(cells)
    module = size / count
    drawing = Drawing(size, size)
    drawing.add(Rect(0, 0, size, size, fillColor=colors.white, strokeColor=None))
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
            drawing.add(Rect(start * module, y - 0.01, (col - start) * module, module + 0.02,
                             fillColor=colors.black, strokeColor=None, strokeWidth=0))
    return drawing


def wifi_payload(ssid: str, password: str = "", security: str = "WPA", hidden: bool = False) -> str:
    """The text phones read as 'join this Wi-Fi network'."""

    def esc(value: str) -> str:
        for ch in '\\;,:"':
            value = value.replace(ch, "\\" + ch)
        return value

    kind = security if password else "nopass"
    parts = [f"WIFI:T:{kind}", f"S:{esc(ssid)}"]
    if password:
        parts.append(f"P:{esc(password)}")
    if hidden:
        parts.append("H:true")
    return ";".join(parts) + ";;"
