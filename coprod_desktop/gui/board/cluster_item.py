"""A cluster frame: title bar with the title and a count, a pale body holding its notes.

Notes in a cluster are child items, so moving the frame carries them and collapsing hides them.
When the view is zoomed out too far to read the title bar, a label of fixed screen size names the
cluster instead, so titles stay legible on the projector at any zoom.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
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
from coprod_desktop.gui.board.projection import is_projector

_LEFT = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignVCenter)
LABEL_BELOW_SCALE = 0.55  # below this zoom the title bar is too small to read


def count_text(notes: int, dots: int | None, place: str) -> str:
    text = "1 note" if notes == 1 else f"{notes} notes"
    if dots is not None:
        text += f" · {dots} dot{'s' if dots != 1 else ''} · {place}"
    return text


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
        self.setPen(Qt.PenStyle.NoPen)
        self.setRect(self.frame_rect().adjusted(-6, -6, 6, 6))
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(0)
        self.label = ClusterLabel(self)
        self.setPos(cluster.x, cluster.y)

    def type(self) -> int:
        return ClusterItem.Type

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
        painter.setFont(palette.font(22, bold=False))
        count_w = painter.fontMetrics().horizontalAdvance(count) + 24
        painter.drawText(bar.adjusted(0, 0, -16, 0), _RIGHT, count)
        painter.setFont(palette.font(palette.CLUSTER_TITLE_PX, bold=True))
        title_box = bar.adjusted(18, 0, -count_w, 0)
        title = painter.fontMetrics().elidedText(c.title, Qt.TextElideMode.ElideRight,
                                                 int(title_box.width()))
        painter.drawText(title_box, _LEFT, title)
        selected = bool(option.state & QStyle.StateFlag.State_Selected) and not projector
        ring = (palette.DROP_TARGET if self.drop_target and not projector else
                palette.SELECTION if selected else palette.WINNER if self.winner else None)
        if ring is not None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(ring, 10 if self.winner and ring == palette.WINNER else 6))
            painter.drawRoundedRect(frame.adjusted(-2, -2, 2, 2), 11, 11)


class ClusterLabel(QGraphicsItem):
    """The cluster's name at a fixed size on screen, shown only when the frame is too small."""

    W, H = 460.0, 116.0

    def __init__(self, cluster: ClusterItem) -> None:
        super().__init__(cluster)
        self.frame = cluster
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(10)  # above the cluster's notes
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.refresh()

    def refresh(self) -> None:
        rect = self.frame.frame_rect()
        self.setPos(rect.width() / 2, min(rect.height() / 2, CLUSTER_TITLE_H * 2.5))
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-self.W / 2, -self.H / 2, self.W, self.H)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if view_scale(widget) >= LABEL_BELOW_SCALE:
            return
        frame = self.frame
        c = frame.cluster
        projector = is_projector(widget)
        box = self.boundingRect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(palette.WINNER if frame.winner else palette.colour("edge", c.colour),
                            6 if frame.winner else 3))
        painter.setBrush(QColor(255, 255, 255, 245))
        painter.drawRoundedRect(box, 14, 14)
        painter.setPen(palette.INK)
        painter.setFont(palette.font(34, bold=True))
        top = box.adjusted(16, 8, -16, -box.height() / 2)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignCenter),
                         painter.fontMetrics().elidedText(c.title, Qt.TextElideMode.ElideRight,
                                                          int(top.width())))
        painter.setFont(palette.font(28))
        count = count_text(frame.shown if projector else frame.count, frame.dots, frame.place)
        painter.drawText(box.adjusted(16, box.height() / 2, -16, -8),
                         int(Qt.AlignmentFlag.AlignCenter), count)
