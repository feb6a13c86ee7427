"""One sticky note on the board. It draws the model and never writes to storage.

Text is drawn as plain text (never interpreted as markup), wrapped, at the largest of a few sizes
it fits; a note too long for the smallest size grows taller instead of being cut. Each view keeps a
device-space cache of the drawing, so a repaint is a pixmap copy until the note or the zoom changes.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from coprod_desktop.domain.board import NOTE_H, NOTE_W
from coprod_desktop.domain.records import Note
from coprod_desktop.gui.board import palette
from coprod_desktop.gui.board.note_card import SMOOTH_FROM, draw_card
from coprod_desktop.gui.board.note_text import NoteText, shortened
from coprod_desktop.gui.board.projection import is_projector
from coprod_desktop.i18n import _

PAD = 10.0
STRIPE = 8.0
FOOTER = 18.0  # room for the small tags at the bottom ("on behalf", "Held back")
_FLAGS = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(
    Qt.AlignmentFlag.AlignTop)
_ANYWHERE = (_FLAGS & ~int(Qt.TextFlag.TextWordWrap)) | int(Qt.TextFlag.TextWrapAnywhere)
_ITEM_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | \
    QGraphicsItem.GraphicsItemFlag.ItemIsMovable  # made once: a board builds thousands of notes
_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
# Up to this many characters, with no line break and no word over 12 characters, always fit a
# standard note at the smallest size.
SHORT = 70


def text_box(height: float) -> QRectF:
    return QRectF(PAD + STRIPE / 2, PAD, NOTE_W - 2 * PAD - STRIPE / 2, height - 2 * PAD - FOOTER)



def fit(text: str) -> tuple[int, float, int]:
    """The font size a note's text is drawn at, the note's height, and how lines are broken.

    The largest size at which the text fits a standard note wins; text that fits at none makes the
    note taller (words longer than a line, such as web addresses, break anywhere).
    """
    box = text_box(NOTE_H)
    for pixels in palette.NOTE_FONT_STEPS:
        used = QFontMetricsF(palette.font(pixels, note=True)).boundingRect(box, _FLAGS, text)
        if used.height() <= box.height() and used.width() <= box.width() + 0.5:
            return pixels, NOTE_H, _FLAGS
    pixels = palette.NOTE_FONT_STEPS[-1]
    metrics = QFontMetricsF(palette.font(pixels, note=True))
    tall = QRectF(box.x(), box.y(), box.width(), 100_000)
    flags = _FLAGS
    if metrics.boundingRect(tall, flags, text).width() > box.width() + 0.5:
        flags = _ANYWHERE
    height = metrics.boundingRect(tall, flags, text).height() + 2 * PAD + FOOTER + 1
    return pixels, max(NOTE_H, float(int(height))), flags


class NoteItem(QGraphicsRectItem):
    """A rect item underneath, so Qt's index asks C++, not Python, for its bounds."""

    Type = QGraphicsItem.UserType + 1

    def __init__(self, note: Note) -> None:
        super().__init__()
        self.note_id = note.id
        self.note = note
        self.group_colour: QColor | None = None
        self.dots: int | None = None  # a closed vote's count, shown as a badge
        self.winner = False
        self.search_hit = False
        self._pixels: int | None = None
        self._flags = _FLAGS
        self._shape: QPainterPath | None = None
        self._text: NoteText | None = None  # laid out on first paint, kept until the text changes
        self._room_text: tuple[tuple[str, int, float, float], NoteText] | None = None
        self._height = NOTE_H
        self._measure(note.text)
        self.setPen(Qt.PenStyle.NoPen)
        self.setRect(self._bounds())
        self.setFlags(_ITEM_FLAGS)
        self.setCacheMode(_CACHE)
        self.setZValue(1)

    def type(self) -> int:
        return NoteItem.Type

    # Model -> item -------------------------------------------------------------------------
    def _measure(self, text: str) -> None:
        # Short single-line notes always fit the standard size, so their font is chosen when first
        # drawn; only longer ones are measured now. A board of thousands of notes builds quickly.
        if len(text) <= SHORT and "\n" not in text and max(map(len, text.split()), default=0) <= 12:
            self._pixels, height, self._flags = None, NOTE_H, _FLAGS
        else:
            self._pixels, height, self._flags = fit(text)
        if height != self._height:
            self._height = height
            self._shape = None
            self.setRect(self._bounds())

    def set_note(self, note: Note) -> None:
        old = self.note
        self.note = note
        if note.text != old.text:
            self._measure(note.text)
        if (note.text, note.colour, note.hidden, note.held_back, note.on_behalf) != (
                old.text, old.colour, old.hidden, old.held_back, old.on_behalf):
            self.update()

    def set_decoration(self, *, group_colour: QColor | None = None, dots: int | None = None,
                       winner: bool = False, search_hit: bool | None = None) -> None:
        hit = self.search_hit if search_hit is None else search_hit
        if (group_colour, dots, winner, hit) != (self.group_colour, self.dots, self.winner,
                                                 self.search_hit):
            self.group_colour, self.dots, self.winner, self.search_hit = (
                group_colour, dots, winner, hit)
            self.update()

    @property
    def height(self) -> float:
        return self._height

    @property
    def font_px(self) -> int:
        """The size the note's text is drawn at (smaller for a long note)."""
        if self._pixels is None:
            self._pixels, _size, self._flags = fit(self.note.text)
        return self._pixels

    def laid_out(self, box: QRectF) -> NoteText:
        """The note's text laid out for its size and box (made once, drawn at every zoom)."""
        if self._pixels is None:
            self._pixels, _size, self._flags = fit(self.note.text)
        font = palette.font(self._pixels, note=True)
        text = self._text
        if text is None or not text.matches(self.note.text, font, box.width(), self._flags):
            text = self._text = NoteText(self.note.text, font, box.width(), self._flags)
        return text

    def laid_out_for_room(self, box: QRectF, pixels: int) -> NoteText:
        """The text at `pixels` (larger than its own size) for the projector: cut after a word
        with an ellipsis where it no longer fits the note."""
        key = (self.note.text, pixels, box.width(), box.height())
        if self._room_text is None or self._room_text[0] != key:
            font = palette.font(pixels, note=True)
            metrics = QFontMetricsF(font)
            flags = _ANYWHERE if any(metrics.horizontalAdvance(word) > box.width()
                                     for word in self.note.text.split()) else _FLAGS
            text = shortened(self.note.text, font, box.width(), box.height(), flags)
            self._room_text = (key, NoteText(text, font, box.width(), flags))
        return self._room_text[1]

    def room_text(self, pixels: int) -> str:
        """What the projector shows of this note when notes are drawn no smaller than `pixels`."""
        if pixels <= self.font_px:
            return self.note.text
        return self.laid_out_for_room(text_box(self._height), pixels).text

    @property
    def on_projector(self) -> bool:
        return not (self.note.hidden or self.note.held_back)

    # Drawing --------------------------------------------------------------------------------
    def _bounds(self) -> QRectF:
        return QRectF(-4, -18, NOTE_W + 26, self._height + 22)  # room for the dots badge

    def shape_rect(self) -> QRectF:
        return QRectF(0, 0, NOTE_W, self._height)

    def shape(self) -> QPainterPath:
        """Clicks and rubber bands meet the note itself, not the room left for its badge."""
        if self._shape is None:
            self._shape = QPainterPath()
            self._shape.addRect(self.shape_rect())
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        projector = is_projector(widget)
        if projector and not self.on_projector:
            return
        note = self.note
        rect = self.shape_rect()
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        held = note.held_back
        fill = palette.HELD_BACK_FILL if held else palette.colour("note", note.colour)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod > SMOOTH_FROM)
        if lod < 0.25:  # too small to read: a coloured tile is all anyone can see
            painter.fillRect(rect, fill)
            self._outline(painter, rect, option, projector, lod)
            return
        draw_card(painter, rect, fill, lod > SMOOTH_FROM)
        if self.group_colour is not None and not held:
            painter.fillRect(QRectF(0, 0, STRIPE, self._height), self.group_colour)
        if note.hidden and not projector:
            self._waiting_marks(painter, rect)
        painter.setPen(palette.MUTED_INK if held else palette.INK)
        box = text_box(self._height)
        least = getattr(self.scene(), "projector_note_px", 0) if projector else 0
        if least > self.font_px:  # a long note: on the wall at the board's size, shortened
            self.laid_out_for_room(box, least).draw(painter, box)
        else:
            self.laid_out(box).draw(painter, box)
        self._footer(painter, rect, held, projector)
        self._outline(painter, rect, option, projector, lod)

    def _waiting_marks(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QPen(palette.MUTED_INK, 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 5, 5)

    def _footer(self, painter: QPainter, rect: QRectF, held: bool, projector: bool) -> None:
        note = self.note
        if self.dots is None and not note.on_behalf and (projector or not (held or note.hidden)):
            return  # most notes: no tag and no badge (no font to set)
        bottom = rect.bottom() - FOOTER - 3
        tags: list[str] = []
        if held and not projector:
            tags.append(_("Held back"))
        elif self.note.hidden and not projector:
            tags.append(_("Not shown yet"))
        if self.note.on_behalf:
            tags.append(_("on behalf"))
        painter.setFont(palette.font(12, bold=True))
        x = PAD + STRIPE / 2
        for tag in tags:
            width = painter.fontMetrics().horizontalAdvance(tag) + 12
            pill = QRectF(x, bottom, width, FOOTER)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 40))
            painter.drawRoundedRect(pill, 9, 9)
            painter.setPen(palette.INK)
            painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), tag)
            x += width + 6
        if self.dots is not None:  # a badge on the top-right corner, as on a phone's icon
            badge = QRectF(rect.right() - 34, rect.top() - 14, 52, 36)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.WINNER if self.winner else QColor("#1C2127"))
            painter.drawRoundedRect(badge, 18, 18)
            painter.setPen(palette.INK if self.winner else QColor("white"))
            painter.setFont(palette.font(20, bold=True))
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), str(self.dots))

    def _outline(self, painter: QPainter, rect: QRectF, option: QStyleOptionGraphicsItem,
                 projector: bool, lod: float) -> None:
        selected = not projector and self.isSelected()  # what option.state says, for less work
        colour = (palette.SELECTION if selected else palette.SEARCH_HIT if self.search_hit
                  else palette.WINNER if self.winner else None)
        if colour is None:
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QBrush(colour), max(4.0, 2.5 / max(lod, 0.01))))
        painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 7, 7)
