"""A note's card, its rounded and edged background, drawn once per colour, size and zoom.

Filling and edging a rounded rectangle with antialiasing is the dearest part of drawing a note
(more than its text, once the text is laid out: see note_text.py). Every note of one colour and
height looks the same at one zoom, so the card is drawn once into a pixmap in device pixels and
copied for each note. Where a note sits between device pixels, the card is drawn at that offset
too (to half a pixel), so edges land where drawRoundedRect would put them.

A zoom step needs new cards, and making them was most of the first paint after it. So once a
view has been zoomed, the cards its notes used are made in idle time for the scales one step in
and one step out (`prepare_around`, then `make_some` from the view's idle timer), a few per
turn of the event loop: the next step's paint
finds them ready. Their offsets at that scale are not known yet, so each is made at all four.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QTransform

EDGE = QColor(0, 0, 0, 90)
EDGE_WIDTH = 1.2
RADIUS = 6.0
SMOOTH_FROM = 0.3  # below this scale cards are drawn without antialiasing (see NoteItem.paint)
BUDGET = 48 * 1024 * 1024  # bytes of cards kept; a zoom step makes a handful (colours x offsets)


# (fill rgba, width, height, device pixel ratio): what a card looks like apart from its scale
Look = tuple[int, float, float, float]
_OFFSETS = ((0.0, 0.0), (0.5, 0.0), (0.0, 0.5), (0.5, 0.5))
PER_TURN = 2  # cards made per turn of the event loop while preparing (well under a millisecond)


class CardShelf:
    """The cards drawn so far, oldest first, within a budget of bytes (one at 4x zoom is ~2 MB)."""

    def __init__(self, budget: int = BUDGET) -> None:
        self.budget = budget
        self.kept_bytes = 0
        self.cards: dict[tuple[object, ...], tuple[QPixmap, int]] = {}
        self.used: dict[float, set[Look]] = {}  # looks drawn at each recent scale
        self._todo: list[tuple[QRectF, QColor, float, float, float, float, bool]] = []

    def get(self, key: tuple[object, ...]) -> tuple[QPixmap, int] | None:
        return self.cards.get(key)

    def keep(self, key: tuple[object, ...], card: tuple[QPixmap, int]) -> None:
        self.cards[key] = card
        self.kept_bytes += _size(card[0])
        while self.kept_bytes > self.budget and len(self.cards) > 1:
            self.kept_bytes -= _size(self.cards.pop(next(iter(self.cards)))[0])

    def note_use(self, scale: float, look: Look) -> None:
        looks = self.used.get(scale)
        if looks is None:
            if len(self.used) >= 8:  # only the latest scales matter
                self.used.pop(next(iter(self.used)))
            looks = self.used[scale] = set()
        looks.add(look)

    def prepare_around(self, scale: float, step: float, *, used_at: float | None = None) -> bool:
        """List the cards used at `scale` (and at `used_at`, the scale before a zoom) for one
        zoom step either side of `scale`, to be made by `make_some`. True if there are any."""
        looks = self.used.get(_level(scale), set()) | self.used.get(
            _level(used_at if used_at is not None else scale), set())
        self._todo = [(QRectF(0, 0, w, h), QColor.fromRgba(rgba), near, ratio, fx, fy,
                       near > SMOOTH_FROM)
                      for near in (scale * step, scale / step)
                      for rgba, w, h, ratio in sorted(looks) for fx, fy in _OFFSETS]
        return bool(self._todo)

    def make_some(self, count: int = PER_TURN) -> bool:
        """Make up to `count` of the listed cards (the view calls this in idle time, a few per
        turn of the event loop). True while some are left."""
        for _ in range(count):
            if not self._todo:
                break
            rect, fill, scale, ratio, fx, fy, smooth = self._todo.pop()
            key = (fill.rgba(), rect.width(), rect.height(), _level(scale), ratio, fx, fy, smooth)
            if key not in self.cards:
                self.keep(key, _make(rect, fill, scale, ratio, fx, fy, smooth))
        return bool(self._todo)


shelf = CardShelf()  # the GUI thread's: items are painted only there


def draw_card_by_hand(painter: QPainter, rect: QRectF, fill: QColor) -> None:
    painter.setPen(QPen(EDGE, EDGE_WIDTH))
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, RADIUS, RADIUS)


def draw_card(painter: QPainter, rect: QRectF, fill: QColor, smooth: bool) -> None:
    """Draw the card for `rect` (item coordinates) as drawRoundedRect would, from a kept copy
    when the painter only scales and moves."""
    world = painter.worldTransform()
    scale = world.m11()
    # isRotating: turned, sheared or in perspective (no enum to compare: this runs for each note)
    if world.isRotating() or scale != world.m22() or scale <= 0:
        draw_card_by_hand(painter, rect, fill)  # turned or stretched: no copy would match
        return
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    origin = world.map(rect.topLeft())
    (x0, fx), (y0, fy) = _pixel(origin.x()), _pixel(origin.y())
    key = (fill.rgba(), rect.width(), rect.height(), _level(scale), ratio, fx, fy, smooth)
    shelf.note_use(_level(scale), (fill.rgba(), rect.width(), rect.height(), ratio))
    found = shelf.get(key)
    if found is None:
        found = _make(rect, fill, scale, ratio, fx, fy, smooth)
        shelf.keep(key, found)
    pixmap, margin = found
    painter.setWorldTransform(QTransform())
    painter.drawPixmap(QPointF(x0 - margin, y0 - margin), pixmap)
    painter.setWorldTransform(world)


def _level(scale: float) -> float:
    """A scale as a card's key: a zoom reached two ways (x1.25 then /1.25, or back to a fit)
    differs in the last digits, and a card at either looks the same."""
    return round(scale, 6)


def _pixel(at: float) -> tuple[int, float]:
    """The whole device pixel at or before `at`, and the offset from it to the nearest half
    pixel: 0 or 0.5 (an offset of a whole pixel is the next pixel, so no card is made twice)."""
    whole = math.floor(at)
    half = round((at - whole) * 2) / 2
    return (whole + 1, 0.0) if half == 1.0 else (whole, half)


def _size(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * 4


def _make(rect: QRectF, fill: QColor, scale: float, ratio: float, fx: float, fy: float,
          smooth: bool) -> tuple[QPixmap, int]:
    margin = math.ceil(EDGE_WIDTH * scale) + 1
    width = math.ceil(rect.width() * scale + fx) + 2 * margin
    height = math.ceil(rect.height() * scale + fy) + 2 * margin
    pixmap = QPixmap(math.ceil(width * ratio), math.ceil(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
    painter.translate(margin + fx, margin + fy)
    painter.scale(scale, scale)
    draw_card_by_hand(painter, QRectF(0, 0, rect.width(), rect.height()), fill)
    painter.end()
    return pixmap, margin
