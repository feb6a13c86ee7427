"""The projector's join screen: a huge QR code, the address in big text, and the Wi-Fi code.

Everything is painted to fit the screen, so it reads from the back of a hall at any resolution.
Codes are black on white whatever the projector theme: phone cameras need the contrast. While the
laptop has no address a phone can reach (no network yet), no code is projected: a code for
127.0.0.1 would send every phone in the room nowhere. The wall says the Wi-Fi is coming instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from coprod_desktop.domain.phones import WifiDetails
from coprod_desktop.i18n import _

if TYPE_CHECKING:
    from coprod_desktop.export.qr import Matrix

INK = QColor("#111111")
PAPER = QColor("#ffffff")
BAND = QColor("#1f4e79")


def paint_matrix(painter: QPainter, matrix: Matrix, box: QRectF) -> None:
    """Draw a QR matrix as crisp squares filling `box` (a white square first)."""
    painter.fillRect(box, PAPER)
    n = len(matrix)
    if n == 0:
        return
    module = int(min(box.width(), box.height()) // n)
    left = box.x() + (box.width() - module * n) / 2
    top = box.y() + (box.height() - module * n) / 2
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                painter.fillRect(QRectF(left + c * module, top + r * module, module, module), INK)


class JoinView(QWidget):
    """Shows how to join: set_join(url) and set_wifi(details); empty url shows 'closed', a url
    phones cannot reach (`reachable=False`) shows that the Wi-Fi is being got ready."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self._url = ""
        self._reachable = True
        self._typed = ""  # the short address people type, shown large under the code
        self._title = ""
        self._join: Matrix = []
        self._wifi = WifiDetails()
        self._wifi_matrix: Matrix = []

    def set_join(self, url: str, session_title: str = "", typed: str = "", *,
                 reachable: bool = True) -> None:
        self._url, self._title, self._typed = url, session_title, typed or url
        self._reachable = reachable
        self._join = qr_modules(url) if url and reachable else []
        self.update()

    def set_wifi(self, wifi: WifiDetails) -> None:
        self._wifi = wifi
        if wifi.shown:
            from coprod_desktop.export.qr import wifi_payload

            self._wifi_matrix = qr_modules(wifi_payload(wifi))
        else:
            self._wifi_matrix = []
        self.update()

    @property
    def url(self) -> str:
        return self._url

    @property
    def typed(self) -> str:
        return self._typed

    @property
    def waiting_for_network(self) -> bool:
        """Sign-in is open but on an address no phone can reach: no code is shown."""
        return bool(self._url) and not self._reachable

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, p: QPainter) -> None:
        w, h = float(self.width()), float(self.height())
        heading = _("Join on your phone") if self._url else _("Sign-in is closed")
        band = paint_heading_band(p, w, h, heading)
        if not self._url:
            return
        if not self._reachable:
            self._paint_waiting(p, w, h, band)
            return
        margin = h * 0.04
        body_top = band + margin
        url_height = h * 0.12
        code_side = min(h - body_top - url_height - margin * 2, w * (0.55 if self._wifi_matrix else 0.9))
        code_left = w * 0.04 if self._wifi_matrix else (w - code_side) / 2
        paint_matrix(p, self._join, QRectF(code_left, body_top, code_side, code_side))
        p.setPen(INK)
        p.setFont(fit_font(p, self._typed, w * 0.92, url_height * 0.55))
        p.drawText(QRectF(w * 0.04, body_top + code_side + margin * 0.5, w * 0.92, url_height),
                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self._typed)
        if self._wifi_matrix:
            self._paint_wifi(p, code_left + code_side + w * 0.05, body_top, w, code_side)

    def _paint_waiting(self, p: QPainter, w: float, h: float, band: float) -> None:
        """Big plain words in place of the code, readable from the back of the hall."""
        text = _("Getting the Wi-Fi ready — one moment")
        p.setPen(INK)
        area = QRectF(w * 0.06, band, w * 0.88, h - band)
        font = pixel_font(h * 0.1, bold=True)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        while font.pixelSize() > 12:  # as big as fits in most of the space below the band
            p.setFont(font)
            if p.fontMetrics().boundingRect(area.toRect(), flags, text).height() <= area.height() * 0.7:
                break
            font.setPixelSize(int(font.pixelSize() * 0.9))
        p.drawText(area, flags, text)

    def _paint_wifi(self, p: QPainter, left: float, top: float, w: float, height: float) -> None:
        width = w * 0.96 - left
        side = min(width, height * 0.62)
        p.setPen(INK)
        p.setFont(pixel_font(height * 0.07, bold=True))
        p.drawText(QRectF(left, top, width, height * 0.1), Qt.AlignmentFlag.AlignLeft,
                   _("1. Join the Wi-Fi"))
        paint_matrix(p, self._wifi_matrix, QRectF(left, top + height * 0.12, side, side))
        p.setFont(pixel_font(height * 0.06))
        lines = [_("Wi-Fi: {ssid}").format(ssid=self._wifi.ssid)]
        if self._wifi.password:
            lines.append(_("Password: {password}").format(password=self._wifi.password))
        lines.append(_("2. Scan the big code"))
        y = top + height * 0.12 + side + height * 0.03
        for line in lines:
            p.drawText(QRectF(left, y, width, height * 0.09), Qt.AlignmentFlag.AlignLeft, line)
            y += height * 0.085


def paint_heading_band(p: QPainter, w: float, h: float, heading: str, *, fit: bool = False) -> float:
    """Paint a white card `w` by `h` with `heading` in white on a blue band across its top, and
    return the band's height. `fit` shrinks a long heading to the band's width."""
    p.fillRect(QRectF(0, 0, w, h), PAPER)
    band = h * 0.14
    p.fillRect(QRectF(0, 0, w, band), BAND)
    p.setPen(PAPER)
    p.setFont(fit_font(p, heading, w * 0.92, band * 0.42) if fit
              else pixel_font(band * 0.42, bold=True))
    p.drawText(QRectF(w * 0.04, 0, w * 0.92, band), Qt.AlignmentFlag.AlignVCenter, heading)
    return band


def pixel_font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(8, int(pixels)))
    font.setBold(bold)
    return font


def fit_font(p: QPainter, text: str, width: float, pixels: float) -> QFont:
    """The largest font up to `pixels` high at which `text` fits in `width`."""
    font = pixel_font(pixels, bold=True)
    p.setFont(font)
    measured = p.fontMetrics().horizontalAdvance(text)
    if measured > width:
        font.setPixelSize(max(8, int(pixels * width / measured)))
    return font


def qr_modules(text: str) -> Matrix:
    """The code's modules; qrcode is loaded the first time a code is drawn."""
    from coprod_desktop.export.qr import qr_matrix

    return qr_matrix(text, border=2)
