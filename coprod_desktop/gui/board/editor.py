"""Typing a note (or a cluster title) in place: Enter saves, Shift+Enter starts a new line, Esc cancels.

The editor only collects text. Saving is the board view's job, through the undo adapter; if the
service refuses (too long, say), the editor stays open with the text, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from coprod_desktop.domain.board import CLUSTER_TITLE_H, NOTE_H, NOTE_W
from coprod_desktop.gui.board import palette
from coprod_desktop.gui.board.note_item import PAD
from coprod_desktop.gui.board.projection import is_projector


class NoteEditor(QGraphicsTextItem):
    """A plain-text editor drawn like a note. `on_save(text)` returns True when the text was kept."""

    Type = QGraphicsItem.UserType + 3

    def __init__(self, text: str, colour: str, on_save: Callable[[str], bool],
                 on_cancel: Callable[[], None], *, single_line: bool = False,
                 width: float = NOTE_W, font_px: int | None = None) -> None:
        super().__init__()
        self._on_save, self._on_cancel = on_save, on_cancel
        self._single_line = single_line
        self._colour = colour
        self._closing = False
        self.setFont(palette.font(font_px or palette.NOTE_FONT_STEPS[0], bold=single_line,
                                  note=not single_line))
        self.setDefaultTextColor(palette.INK)
        self.setPlainText(text)  # never markup: what is typed is kept as typed
        self.setTextWidth(width - 2 * PAD)
        self.document().setDocumentMargin(PAD)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(100)
        self._width = width
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def type(self) -> int:
        return NoteEditor.Type

    def text(self) -> str:
        return self.toPlainText()

    def boundingRect(self) -> QRectF:
        inner = super().boundingRect()
        minimum = CLUSTER_TITLE_H if self._single_line else NOTE_H
        return QRectF(0, 0, max(self._width, inner.width()), max(minimum, inner.height()))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if is_projector(widget):
            return  # the room sees a note once it is saved (and revealed), not while typed
        rect = self.boundingRect()
        painter.setPen(QPen(palette.SELECTION, 3))
        painter.setBrush(palette.colour("note", self._colour))
        painter.drawRoundedRect(rect, 6, 6)
        super().paint(painter, option, widget)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if mods & Qt.KeyboardModifier.ShiftModifier and not self._single_line:
                self.textCursor().insertText("\n")
            else:
                self.save()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)
        self.prepareGeometryChange()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # Clicking elsewhere keeps what was typed, as a paper note would; an empty one goes away.
        if not self._closing and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.save()

    def save(self) -> None:
        if self._closing:
            return
        if not self.text().strip():
            self.cancel()
            return
        self._closing = True
        if not self._on_save(self.text()):
            self._closing = False  # refused: keep the editor and the text
            self.setFocus()

    def cancel(self) -> None:
        if not self._closing:
            self._closing = True
            self._on_cancel()
