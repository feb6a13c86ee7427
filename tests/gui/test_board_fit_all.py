"""Fit all on the demo workshop (six categories and the story clusters to their right): every
cluster shows whole, with a margin, on the console and the projector; the projector's far-zoom
name plates stay inside their frames."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsView

from coprod_desktop.gui.board.cluster_item import ClusterItem
from coprod_desktop.gui.board.cluster_plate import plate_layout
from coprod_desktop.gui.board.view import FIT_MARGIN
from tests.gui.gui_helpers import next_turn


def _visible(view: QGraphicsView) -> QRectF:
    return view.mapToScene(view.viewport().rect()).boundingRect()


def _frame(cluster: ClusterItem) -> QRectF:
    return cluster.mapRectToScene(cluster.frame_rect())


def _all_inside(view: QGraphicsView, clusters: list[ClusterItem]) -> None:
    scale = view.transform().m11()
    margin = (FIT_MARGIN - 2) / scale  # a pixel either way for rounding of the scroll bars
    shown = _visible(view).adjusted(margin, margin, -margin, -margin)
    outside = [c.cluster.title for c in clusters if not shown.contains(_frame(c))]
    assert outside == []


def test_fit_all_shows_every_cluster_and_plates_stay_in_their_frames(
        make_app, demo_path: Path, qtbot, artifacts: Path) -> None:
    app = make_app()
    app.start(demo_path)
    app.console.resize(1440, 900)
    qtbot.waitExposed(app.console)
    view = app.console.view
    board = view.panel("Board")
    view.show_panel(board)
    workshop = next(s.id for s in app.current.services.read.sessions() if s.kind == "discovery")
    view.side.select(workshop)
    qtbot.waitUntil(lambda: len(board.scene.notes) > 250)
    clusters = list(board.scene.clusters.values())
    stories = [c for c in clusters if c.cluster.title.startswith("What we heard")]
    assert len(stories) >= 3 and len(clusters) >= 9
    board.view.fit_all()
    _all_inside(board.view, clusters)
    # The right-most story cluster is not pressed against the edge.
    right = max(_frame(c).right() for c in stories)
    assert board.view.mapFromScene(QPointF(right, 0)).x() <= board.view.viewport().width() - 20

    app.console.action("showProjectorAction").trigger()
    app.projector.resize(1920, 1080)
    qtbot.waitUntil(lambda: app.projector.height() == 1080)
    app.projector.show_view("board")
    room = app.projector.view("board")
    qtbot.waitUntil(lambda: room.view.viewport().width() > 0)
    next_turn(qtbot)  # the projector refits on the next turn of the event loop
    _all_inside(room.view, [c for c in clusters if c.isVisible()])

    scale = room.view.transform().m11()
    plates = [(c, c.label.plate(scale)) for c in clusters]
    assert all(p is not None for _, p in plates)  # far out: every cluster has a plate
    for cluster, plate in plates:
        frame = cluster.frame_rect()
        assert plate is not None
        assert plate.box.width() <= frame.width() * scale + 0.01, cluster.cluster.title
        assert plate.box.height() <= frame.height() * scale + 0.01, cluster.cluster.title
        assert plate.title_rect.bottom() <= plate.box.bottom() + 0.01
    # And on the wall: just below each story cluster is the bare board, not a plate run over.
    image = room.view.viewport().grab().toImage()
    board_colour = room.view.backgroundBrush().color()
    for cluster in stories:
        below = room.view.mapFromScene(QPointF(_frame(cluster).center().x(),
                                               _frame(cluster).bottom()))
        assert QColor(image.pixel(below.x(), below.y() + 6)) == board_colour
    app.projector.grab().save(str(artifacts / "polish-board-fit-all-projector.png"))
    app.console.grab().save(str(artifacts / "polish-board-fit-all-console.png"))


@pytest.mark.parametrize(("width", "height"), [(330, 270), (95, 51), (40, 12), (600, 40)])
def test_a_plate_fits_any_frame(qapp, width: float, height: float) -> None:
    plate = plate_layout("Waiting and getting a diagnosis", "53 notes · 47 dots · 1st",
                         width, height)
    assert plate.box.width() <= width and plate.box.height() <= height
    assert plate.title_rect.right() <= width and plate.title_rect.bottom() <= height
    if plate.count_px:
        assert plate.count_rect.bottom() <= height


def test_a_roomy_frame_gets_big_type_and_the_count(qapp) -> None:
    plate = plate_layout("School and learning", "49 notes", 330, 270)
    assert plate.title_px >= 36 and plate.count_px > 0 and plate.title == "School and learning"
