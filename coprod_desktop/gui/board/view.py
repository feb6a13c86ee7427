"""The console's view of the board: zoom, pan, fit all, rubber-band selection, typing and dragging.

A drag of any number of notes and clusters is ONE command, sent on mouse release; while the mouse
moves, Qt moves the items and nothing is written.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget

from coprod_desktop.gui.board import note_card, palette
from coprod_desktop.gui.board.cluster_item import ClusterItem
from coprod_desktop.gui.board.commands import BoardCommands
from coprod_desktop.gui.board.editor import NoteEditor
from coprod_desktop.gui.board.note_item import NoteItem
from coprod_desktop.gui.board.scene import BoardScene
from coprod_desktop.i18n import _

MIN_SCALE, MAX_SCALE = 0.04, 4.0
STEP = 1.25
FIT_MARGIN = 24.0  # screen pixels around everything, after Fit
READABLE_SCALE = 0.6  # a board opens no smaller: the smallest note type is then ~11 px


def configure_view(view: QGraphicsView) -> None:
    """Settings both the console and projector views use for a fast, steady board."""
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
    view.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState
                              | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFrameShape(QGraphicsView.Shape.NoFrame)


def fit_rect(view: QGraphicsView, rect: QRectF, margin: float = FIT_MARGIN) -> None:
    """Show all of `rect`, centred, with `margin` screen pixels clear on every side (a margin in
    board units would shrink to nothing on a wide board, leaving its edge against the frame)."""
    if rect.isEmpty():
        rect = QRectF(-400, -300, 1600, 1000)
    port = view.viewport().rect()
    room_w, room_h = max(1.0, port.width() - 2 * margin), max(1.0, port.height() - 2 * margin)
    scale = min(room_w / max(1.0, rect.width()), room_h / max(1.0, rect.height()))
    view.setTransform(QTransform.fromScale(scale, scale))
    view.centerOn(rect.center())


class BoardView(QGraphicsView):
    viewport_changed = Signal(QRectF)  # the part of the board the console shows
    note_menu_requested = Signal(int, QPoint)  # right-click on a note: its id, where (global)

    def __init__(self, scene: BoardScene, commands: BoardCommands,
                 parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.board = scene
        self.commands = commands
        configure_view(self)
        self.setBackgroundBrush(palette.CONSOLE_BACKGROUND)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(_("Sticky-note board"))
        self._cards = QTimer(self)  # makes the next zoom step's note cards in idle time
        self._cards.setInterval(0)
        self._cards.timeout.connect(self._make_cards)
        self.setMouseTracking(True)
        self._drag_start: dict[QGraphicsItem, QPointF] = {}
        self._drop_target: ClusterItem | None = None
        self._pan_from: QPointF | None = None
        self.horizontalScrollBar().valueChanged.connect(self._announce)
        self.verticalScrollBar().valueChanged.connect(self._announce)
        scene.board_reset.connect(lambda: QTimer.singleShot(0, self, self.open_readable))

    # Zoom and pan -----------------------------------------------------------------------
    def scale_factor(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = min(MAX_SCALE, max(MIN_SCALE, self.scale_factor() * factor))
        before = self.scale_factor()
        self.scale(target / before, target / before)
        self._announce()
        # The cards the notes used, made for the next step either way while the person looks
        if note_card.shelf.prepare_around(self.scale_factor(), STEP, used_at=before):
            self._cards.start()

    def _make_cards(self) -> None:
        if not note_card.shelf.make_some():
            self._cards.stop()

    def fit_all(self) -> None:
        fit_rect(self, self.board.content_rect())
        self._announce()

    def open_readable(self) -> None:
        """A board opens showing all of it when its notes can be read so; a big board opens at a
        readable size from its top left instead (Fit, 0, shows the whole of it)."""
        fit_rect(self, self.board.content_rect())
        if self.scale_factor() < READABLE_SCALE:
            factor = READABLE_SCALE / self.scale_factor()
            self.scale(factor, factor)
            content = self.board.content_rect()
            seen = self.visible_rect()
            self.centerOn(content.left() + seen.width() / 2 - FIT_MARGIN,
                          content.top() + seen.height() / 2 - FIT_MARGIN)
        self._announce()

    def show_rect(self, rect: QRectF) -> None:
        fit_rect(self, rect)
        self._announce()

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def _announce(self) -> None:
        board = self.scene()  # None once the scene is gone (while the panel is torn down)
        if isinstance(board, BoardScene):
            board.views_zoomed()
        self.viewport_changed.emit(self.visible_rect())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._announce()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    # Keyboard -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if isinstance(self.scene().focusItem(), NoteEditor):
            super().keyPressEvent(event)  # the editor has the keys
            return
        key = event.key()
        if key == Qt.Key.Key_N and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.commands.start_new_note(self._typing_point())
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1 / STEP)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_F) and not event.modifiers():
            self.fit_all()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.commands.delete_selected()
        elif key == Qt.Key.Key_Escape:
            self.scene().clearSelection()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            for item in self.scene().items():  # every note showing (the keyboard's way to select)
                if isinstance(item, NoteItem) and item.isVisible():
                    item.setSelected(True)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self._edit_selected()
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._hand(True)  # hold Space and drag to pan, as in drawing programs
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._hand(False)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _hand(self, on: bool) -> None:
        self.setInteractive(not on)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag if on
                         else QGraphicsView.DragMode.RubberBandDrag)

    def _typing_point(self) -> QPointF:
        """Where a new note goes: under the mouse if it is over the board, else the middle."""
        local = self.viewport().mapFromGlobal(self.cursor().pos())
        if self.viewport().rect().contains(local):
            return self.mapToScene(local)
        return self.mapToScene(self.viewport().rect().center())

    def _edit_selected(self) -> None:
        selected = self.scene().selectedItems()
        if len(selected) == 1 and isinstance(selected[0], NoteItem):
            self.commands.start_edit(selected[0])
        elif len(selected) == 1 and isinstance(selected[0], ClusterItem):
            self.commands.start_rename(selected[0])

    # Mouse --------------------------------------------------------------------------------
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if isinstance(self.itemAt(event.position().toPoint()), NoteEditor):
            super().mouseDoubleClickEvent(event)  # selecting a word while typing
            return
        item = self._board_item_at(event.position())
        point = self.mapToScene(event.position().toPoint())
        if isinstance(item, NoteItem):
            self.commands.start_edit(item)
        elif isinstance(item, ClusterItem) and item.title_rect().contains(item.mapFromScene(point)):
            self.commands.start_rename(item)
        elif item is None or isinstance(item, ClusterItem):
            self.commands.start_new_note(point)
        else:
            super().mouseDoubleClickEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self._board_item_at(event.position()):
            self._drag_start = {item: item.scenePos() for item in self.scene().selectedItems()
                                if item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable}

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(int(self.horizontalScrollBar().value() - delta.x()))
            self.verticalScrollBar().setValue(int(self.verticalScrollBar().value() - delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)
        if self._drag_start and event.buttons() & Qt.MouseButton.LeftButton:
            self._show_drop_target(self.mapToScene(event.position().toPoint()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            starts, self._drag_start = self._drag_start, {}
            self._show_drop_target(None)
            moved = {item: start for item, start in starts.items() if item.scenePos() != start}
            if moved:
                self.commands.commit_drag(moved, self.mapToScene(event.position().toPoint()))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self._board_item_at(QPointF(event.pos()))
        if not isinstance(item, NoteItem) or isinstance(self.scene().focusItem(), NoteEditor):
            super().contextMenuEvent(event)
            return
        if not item.isSelected():  # the menu is about the note under the mouse
            self.scene().clearSelection()
            item.setSelected(True)
        self.note_menu_requested.emit(item.note_id, event.globalPos())
        event.accept()

    def _show_drop_target(self, point: QPointF | None) -> None:
        target = None
        if point is not None and any(isinstance(i, NoteItem) for i in self._drag_start):
            moving = {i.cluster_id for i in self._drag_start if isinstance(i, ClusterItem)}
            target = self.board.cluster_at(point, exclude=moving)
        if target is not self._drop_target:
            if self._drop_target is not None:
                self._drop_target.set_drop_target(False)
            if target is not None:
                target.set_drop_target(True)
            self._drop_target = target

    def _board_item_at(self, position: QPointF) -> NoteItem | ClusterItem | None:
        for item in self.items(position.toPoint()):
            if isinstance(item, (NoteItem, ClusterItem)):
                return item
        return None
