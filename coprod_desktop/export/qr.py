"""QR codes for joining: the session's join link and, if set, the venue Wi-Fi.

`qr_matrix` gives the modules for drawing on the projector (Qt paints squares); `qr_png` gives
image bytes for a PDF poster. `sign_in_codes` is the one call the poster needs.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from qrcode.image.pil import PilImage

from coprod_desktop.domain.phones import WifiDetails

Matrix = list[list[bool]]


def _code(text: str, border: int) -> qrcode.QRCode:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=border)
    code.add_data(text)
    code.make(fit=True)
    return code


def qr_matrix(text: str, border: int = 4) -> Matrix:
    """Rows of modules, True for dark, including a quiet zone `border` modules wide."""
    return [list(row) for row in _code(text, border).get_matrix()]


def qr_png(text: str, box: int = 10, border: int = 4) -> bytes:
    """A black-on-white PNG, each module `box` pixels square."""
    code = _code(text, border)
    code.box_size = box
    image = code.make_image(image_factory=PilImage, fill_color="black", back_color="white")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _escape(value: str) -> str:
    """Escape the characters the Wi-Fi QR format gives meaning to: \\ ; , : and "."""
    for ch in ("\\", ";", ",", ":", '"'):
        value = value.replace(ch, "\\" + ch)
    return value


def wifi_payload(wifi: WifiDetails) -> str:
    """The text phones' cameras understand as "join this network" (the WIFI: format)."""
    parts = [f"T:{wifi.security}", f"S:{_escape(wifi.ssid)}"]
    if wifi.security != "nopass":
        parts.append(f"P:{_escape(wifi.password)}")
    if wifi.hidden:
        parts.append("H:true")
    return "WIFI:" + ";".join(parts) + ";;"


@dataclass(frozen=True)
class SignInCodes:
    join_url: str
    join_png: bytes
    wifi: WifiDetails
    wifi_png: bytes | None  # None when no Wi-Fi is set

    @property
    def wifi_text(self) -> str:
        return wifi_payload(self.wifi) if self.wifi.shown else ""


def sign_in_codes(join_url: str, wifi: WifiDetails | None = None, box: int = 12) -> SignInCodes:
    """Both codes as PNG bytes, ready for a printed poster."""
    wifi = wifi or WifiDetails()
    wifi_png = qr_png(wifi_payload(wifi), box=box) if wifi.shown else None
    return SignInCodes(join_url, qr_png(join_url, box=box), wifi, wifi_png)
