"""A cluster frame: title bar with the title and a count, a pale body holding its notes.

Notes in a cluster are child items, so moving the frame carries them and collapsing hides them.
When the view is zoomed out too far to read the title bar, a label of fixed screen size names the
cluster instead, so titles stay legible on the projector at any zoom.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsView,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from coprod_desktop.domain.board import CLUSTER_TITLE_H, COLLAPSED_W, Cluster
from coprod_desktop.gui.board import palette
from coprod_desktop.gui.board.cluster_plate import WRAP, Plate, plate_layout
from coprod_desktop.gui.board.note_item import NoteItem
from coprod_desktop.gui.board.projection import is_projector
from coprod_desktop.i18n import count

_LEFT = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
PLATE_MIN_PX = 30  # below this on-screen size the projector shows the title on a plate
MAX_TITLE_ON_SCREEN = 56.0


def count_text(notes: int, dots: int | None, place: str) -> str:
    text = count("{n} note", "{n} notes", notes)
    if dots is not None:
        text += " · " + count("{n} dot", "{n} dots", dots) + f" · {place}"
    return text


def title_px(width: float) -> int:
    """Title size in board units: wide frames get big titles, readable when zoomed out."""
    return int(min(60.0, max(30.0, width / 28)))


def view_scale(widget: QWidget | None) -> float:
    view = widget.parent() if widget is not None else None
    return view.transform().m11() if isinstance(view, QGraphicsView) else 1.0


class ClusterItem(QGraphicsRectItem):
    Type = QGraphicsItem.UserType + 2

    def __init__(self, cluster: Cluster) -> None:
        super().__init__()
        self.cluster_id = cluster.id
        self.cluster = cluster
        self.count = 0  # every note in it (the console's count)
        self.shown = 0  # notes the room can see (the projector's count)
        self.dots: int | None = None
        self.place = ""
        self.winner = False
        self.drop_target = False
        self._tiles_shown = False  # far out: draw the notes as tiles here (see BoardScene)
        self.setPen(Qt.PenStyle.NoPen)
        self.setRect(self.frame_rect().adjusted(-6, -6, 6, 6))
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        self.setZValue(0)
        self.label = ClusterLabel(self)
        self.setPos(cluster.x, cluster.y)

    def type(self) -> int:
        return ClusterItem.Type

    @property
    def show_tiles(self) -> bool:
        return self._tiles_shown

    @show_tiles.setter
    def show_tiles(self, on: bool) -> None:
        """A frame is drawn straight onto the view: a picture of it, as big as the frame on
        screen, would be filled, drawn and copied again after every zoom step (most of a zoom's
        first paint). Far out, with its notes drawn as tiles, it keeps that picture: a hundred
        tiles are dearer to draw than one copy, and the frame is small on screen then."""
        if on != self._tiles_shown:
            self._tiles_shown = on
            self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache if on
                              else QGraphicsItem.CacheMode.NoCache)
            self.update()

    def set_cluster(self, cluster: Cluster) -> None:
        old = self.cluster
        self.cluster = cluster
        if (old.w, old.h, old.collapsed) != (cluster.w, cluster.h, cluster.collapsed):
            self.setRect(self.frame_rect().adjusted(-6, -6, 6, 6))
        self.setPos(cluster.x, cluster.y)
        self.update()
        self.label.refresh()

    def set_counts(self, count: int, shown: int) -> None:
        if (count, shown) != (self.count, self.shown):
            self.count, self.shown = count, shown
            self.update(self.title_rect())
            self.label.refresh()

    def set_result(self, dots: int | None, place: str = "", winner: bool = False) -> None:
        if (dots, place, winner) != (self.dots, self.place, self.winner):
            self.dots, self.place, self.winner = dots, place, winner
            self.update()
            self.label.refresh()

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def frame_rect(self) -> QRectF:
        if self.cluster.collapsed:
            return QRectF(0, 0, COLLAPSED_W, CLUSTER_TITLE_H)
        return QRectF(0, 0, self.cluster.w, self.cluster.h)

    def title_rect(self) -> QRectF:
        return QRectF(0, 0, self.frame_rect().width(), CLUSTER_TITLE_H)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        projector = is_projector(widget)
        c = self.cluster
        frame = self.frame_rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        edge = palette.colour("edge", c.colour)
        painter.setPen(QPen(edge, 3))
        painter.setBrush(palette.colour("body", c.colour))
        painter.drawRoundedRect(frame, 10, 10)
        bar = self.title_rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.colour("bar", c.colour))
        painter.drawRoundedRect(bar.adjusted(1.5, 1.5, -1.5, 0), 9, 9)
        if not c.collapsed:
            painter.fillRect(QRectF(1.5, bar.height() - 12, bar.width() - 3, 12),
                             palette.colour("bar", c.colour))
        painter.setPen(palette.INK)
        count = count_text(self.shown if projector else self.count, self.dots, self.place)
        # Big on a wide frame, but never more than a heading's size on screen when zoomed in.
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        size = int(max(20.0, min(title_px(frame.width()), MAX_TITLE_ON_SCREEN / max(lod, 0.01))))
        painter.setFont(palette.font(int(size * 0.62)))
        count_w = painter.fontMetrics().horizontalAdvance(count) + size
        painter.drawText(bar.adjusted(0, 0, -size / 2, 0), _RIGHT, count)
        painter.setFont(palette.font(size, bold=True))
        title_box = bar.adjusted(size / 2, 0, -count_w, 0)
        title = painter.fontMetrics().elidedText(c.title, Qt.TextElideMode.ElideRight,
                                                 int(title_box.width()))
        painter.drawText(title_box, _LEFT, title)
        if self.show_tiles and not c.collapsed:
            self._tiles(painter, projector)
        selected = bool(option.state & QStyle.StateFlag.State_Selected) and not projector
        ring = (palette.DROP_TARGET if self.drop_target and not projector else
                palette.SELECTION if selected else palette.WINNER if self.winner else None)
        if ring is not None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(ring, 10 if self.winner and ring == palette.WINNER else 6))
            painter.drawRoundedRect(frame.adjusted(-2, -2, 2, 2), 11, 11)


    def _tiles(self, painter: QPainter, projector: bool) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for child in self.childItems():
            if isinstance(child, NoteItem) and (child.on_projector or not projector):
                fill = palette.HELD_BACK_FILL if child.note.held_back else palette.colour(
                    "note", child.note.colour)
                painter.fillRect(child.mapRectToParent(child.shape_rect()), fill)


class ClusterLabel(QGraphicsItem):
    """On the projector, zoomed out: the cluster's name at a readable size on screen, on a plate
    across the top of the frame and inside it (gui/board/cluster_plate.py). The console reads
    the title bar itself."""

    H = 200.0  # the most a plate needs: a title on three lines at 40 px and the count

    def __init__(self, cluster: ClusterItem) -> None:
        super().__init__(cluster)
        self.frame = cluster
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(10)  # above the cluster's notes
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.refresh()

    def refresh(self) -> None:
        self.update()

    def boundingRect(self) -> QRectF:
        # In screen pixels from the frame's top-left; wide enough for any frame on any screen.
        return QRectF(0, 0, 2000, self.H)

    def plate(self, scale: float) -> Plate | None:
        """The plate at this view scale, or None when the title bar itself is big enough."""
        frame = self.frame
        rect = frame.frame_rect()
        if title_px(rect.width()) * scale >= PLATE_MIN_PX:
            return None
        # Within the title bar: a plate never covers the cluster's notes (where even the
        # smallest type does not fit there, the projector shows the themes view instead).
        return plate_layout(frame.cluster.title,
                            count_text(frame.shown, frame.dots, frame.place),
                            rect.width() * scale, min(rect.height(), CLUSTER_TITLE_H) * scale)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        plate = self.plate(view_scale(widget)) if is_projector(widget) else None
        if plate is None:
            return
        frame = self.frame
        c = frame.cluster
        pen = 6 if frame.winner else 3
        painter.save()  # the views do not save painter state for each item (configure_view)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(palette.WINNER if frame.winner else palette.colour("edge", c.colour),
                            pen))
        painter.setBrush(palette.colour("bar", c.colour))
        painter.drawRoundedRect(plate.box.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2), 10, 10)
        painter.setClipRect(plate.box)
        painter.setPen(palette.INK)
        painter.setFont(palette.font(plate.title_px, bold=True))
        painter.drawText(plate.title_rect, WRAP, plate.title)
        if plate.count_px:
            painter.setFont(palette.font(plate.count_px))
            painter.drawText(plate.count_rect, _CENTRE,
                             count_text(frame.shown, frame.dots, frame.place))
        painter.restore()
