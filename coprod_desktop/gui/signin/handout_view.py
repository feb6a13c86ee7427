"""The projector's "today's notes" screen: a huge code to the download page, and what to do.

Drawn with the join screen's own helpers (the QR squares, the fitted address), black on white
whatever the projector theme, so phone cameras read it from the back of the hall.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from coprod_desktop.i18n import N_, _

if TYPE_CHECKING:
    from coprod_desktop.export.qr import Matrix
from coprod_desktop.gui.signin.join_view import (
    INK,
    fit_font,
    paint_heading_band,
    paint_matrix,
    pixel_font,
    qr_modules,
)

KEY = "signin.handout"
HEADING = N_("Today’s notes")
STEPS = (N_("Scan the code with your phone’s camera"), N_("Tap “Download today’s notes”"),
         N_("Keep the PDF: what we did, what we agreed and what happens next"))
NOT_SHARED = N_("Today’s notes are not shared with phones yet")


class HandoutView(QWidget):
    """set_link(url, title) shows the code; an empty url says the notes are not shared."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self._url = ""
        self._title = ""
        self._matrix: Matrix = []

    @property
    def url(self) -> str:
        return self._url

    def set_link(self, url: str, session_title: str = "") -> None:
        if (url, session_title) == (self._url, self._title):
            return
        self._url, self._title = url, session_title
        self._matrix = qr_modules(url) if url else []
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, p: QPainter) -> None:
        w, h = float(self.width()), float(self.height())
        band = paint_heading_band(p, w, h, _(HEADING), fit=True)
        p.setPen(INK)
        if not self._url:
            p.setFont(pixel_font(h * 0.06, bold=True))
            p.drawText(QRectF(w * 0.06, band + h * 0.1, w * 0.88, h * 0.5),
                       Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, _(NOT_SHARED))
            return
        margin = h * 0.04
        top = band + margin
        url_height = h * 0.1
        side = min(h - top - url_height - margin * 1.5, w * 0.5)
        left = w * 0.04
        paint_matrix(p, self._matrix, QRectF(left, top, side, side))
        p.setFont(fit_font(p, self._url, w * 0.92, url_height * 0.5))
        p.drawText(QRectF(w * 0.04, top + side + margin * 0.4, w * 0.92, url_height),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self._url)
        self._paint_steps(p, left + side + w * 0.04, top, w * 0.96 - (left + side + w * 0.04),
                          side)

    def _paint_steps(self, p: QPainter, left: float, top: float, width: float,
                     height: float) -> None:
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        y = top
        if self._title:
            p.setFont(pixel_font(height * 0.075, bold=True))
            box = p.boundingRect(QRectF(left, y, width, height * 0.3), flags, self._title)
            p.drawText(QRectF(left, y, width, min(box.height(), height * 0.3)), flags,
                       self._title)
            y += min(box.height(), height * 0.3) + height * 0.06
        p.setFont(pixel_font(height * 0.065))
        for n, step in enumerate(STEPS, start=1):
            text = f"{n}. {_(step)}"
            box = p.boundingRect(QRectF(left, y, width, top + height - y), flags, text)
            p.drawText(QRectF(left, y, width, box.height()), flags, text)
            y += box.height() + height * 0.04
