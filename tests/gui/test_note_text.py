"""A note's kept text layout draws exactly what QPainter.drawText draws, at every zoom; its
kept card lands where drawing it by hand would.

The board keeps each note's text laid out (gui/board/note_text.py) so a zoom only draws glyphs.
These tests draw the same text both ways into images, at the board's sizes and at several scales,
and compare them pixel for pixel; then check a note item keeps its layout until its text changes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from coprod_desktop.domain.board import NOTE_H, NOTE_W
from coprod_desktop.domain.records import Note
from coprod_desktop.gui.board import note_card, palette
from coprod_desktop.gui.board.note_card import draw_card, draw_card_by_hand
from coprod_desktop.gui.board.note_item import NoteItem, fit, text_box
from coprod_desktop.gui.board.note_text import NoteText

TEXTS = [
    "Siblings get forgotten",
    "School says he's fine there, but he melts down every night at home",
    "A named contact while you wait, even if it's just a phone call every month",
    "Two lines\nof text, then\n\na gap",
    "Tabs\tand\r returns & <b>markup</b> stay as typed",
    "https://www.example.org/a-very-long-address-with-no-spaces-in-it-at-all/and-more",
    "Czekamy na diagnozę już trzy lata — nikt nie mówi, ile jeszcze",
    "قائمة الانتظار طويلة جداً mixed with English words",
    "Words words words " * 12,
]


def _draw(text: str, flags: int, pixels: int, scale: float, kept: bool) -> QImage:
    box = text_box(NOTE_H)
    image = QImage(int(260 * scale), int(420 * scale), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    painter.setPen(palette.INK)
    font = palette.font(pixels, note=True)
    if kept:
        NoteText(text, font, box.width(), flags).draw(painter, box)
    else:
        painter.setFont(font)
        painter.drawText(box, flags, text)
    painter.end()
    return image


@pytest.mark.parametrize("text", TEXTS)
def test_kept_layout_draws_what_draw_text_draws(qapp: QApplication, text: str) -> None:
    pixels, _, flags = fit(text)
    for scale in (0.37, 0.6, 1.0, 1.25, 2.44):
        expected = _draw(text, flags, pixels, scale, kept=False)
        got = _draw(text, flags, pixels, scale, kept=True)
        assert got == expected, f"{text!r} differs at scale {scale}"
    # and the drawing has text in it (a blank pair of images would also be equal)
    blank = QImage(expected.size(), expected.format())
    blank.fill(QColor("white"))
    assert expected != blank


def test_text_spilling_out_of_its_box_is_clipped_as_draw_text_clips(qapp: QApplication) -> None:
    text = "This is far too long for one standard note at the largest size " * 3
    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
    assert _draw(text, flags, 26, 1.0, kept=True) == _draw(text, flags, 26, 1.0, kept=False)


def test_a_note_keeps_its_layout_until_its_text_changes(qapp: QApplication) -> None:
    when = datetime(2026, 3, 3, 9, tzinfo=UTC)
    note = Note(id=1, session_id=1, activity_id=None,
                text="Nobody tells you where you are on the waiting list", colour="yellow",
                x=0, y=0, hidden=False, author_id=None, on_behalf=False, created_at=when,
                updated_at=when)
    item = NoteItem(note)
    box = text_box(item.height)
    first = item.laid_out(box)
    assert item.laid_out(box) is first
    assert [first.layout.lineAt(i).textLength() for i in range(first.layout.lineCount())]
    item.set_note(replace(note, text="Letters go to the wrong address"))
    again = item.laid_out(text_box(item.height))
    assert again is not first and again.text == "Letters go to the wrong address"


def test_kept_layout_is_plain_text(qapp: QApplication) -> None:
    kept = NoteText("<b>bold</b> &amp;", palette.font(22, note=True), 400.0,
                    int(Qt.TextFlag.TextWordWrap))
    assert kept.layout.text() == "<b>bold</b> &amp;"
    assert kept.layout.lineCount() == 1


def _card_image(scale: float, offset: float, kept: bool) -> QImage:
    image = QImage(int(260 * scale) + 8, int(200 * scale) + 8,
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(3 + offset, 3 + offset)
    painter.scale(scale, scale)
    rect = QRectF(0, 0, NOTE_W, NOTE_H)
    fill = palette.colour("note", "pink")
    if kept:
        draw_card(painter, rect, fill, True)
    else:
        draw_card_by_hand(painter, rect, fill)
    painter.end()
    return image


def _differences(a: QImage, b: QImage) -> tuple[int, int]:
    """(largest difference in any channel, how many bytes differ)."""
    left, right = bytes(a.constBits()), bytes(b.constBits())
    diffs = [abs(x - y) for x, y in zip(left, right, strict=True) if x != y]
    return max(diffs, default=0), len(diffs)


@pytest.mark.parametrize("scale", [0.37, 0.6, 1.0, 1.25, 2.44])
def test_a_kept_card_lands_where_drawing_it_would(qapp: QApplication, scale: float) -> None:
    for offset in (0.0, 0.25, 0.5, 0.8):
        by_hand = _card_image(scale, offset, kept=False)
        copied = _card_image(scale, offset, kept=True)
        largest, count = _differences(by_hand, copied)
        # Where the note sits between pixels, its copy may sit up to a quarter pixel away: only
        # the soft edge differs (a band of pixels along the outline, a little), and the card's
        # inside is the same colour.
        outline_px = 2 * (NOTE_W + NOTE_H) * scale
        assert largest <= 80 and count <= 3 * 4 * outline_px, (scale, offset, largest, count)
        inside = by_hand.pixelColor(int(3 + 110 * scale), int(3 + 75 * scale))
        assert copied.pixelColor(int(3 + 110 * scale), int(3 + 75 * scale)) == inside
        assert inside == palette.colour("note", "pink")


def test_a_turned_painter_draws_the_card_by_hand(qapp: QApplication) -> None:
    image = QImage(400, 400, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(200, 50)
    painter.rotate(30)
    draw_card(painter, QRectF(0, 0, NOTE_W, NOTE_H), palette.colour("note", "blue"), True)
    painter.end()
    assert image.pixelColor(200, 150) == palette.colour("note", "blue")


def test_kept_cards_stay_within_their_budget(qapp: QApplication) -> None:
    shelf = note_card.CardShelf(budget=3 * 1024 * 1024)
    for n in range(40):
        shelf.keep(("card", n), (QPixmap(600, 400), 1))  # ~0.9 MB each
    assert shelf.kept_bytes <= shelf.budget and len(shelf.cards) == 3
    assert ("card", 39) in shelf.cards and ("card", 0) not in shelf.cards
