"""The demo workshop's board, and screenshots of the console and projector at 1920×1080."""

from __future__ import annotations

from pathlib import Path

import pytest
from board_host import make_panel, open_env
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from coprod_desktop.clock import FakeClock
from coprod_desktop.demo import content
from coprod_desktop.demo.board import HELD_BACK, LATE_NOTES
from coprod_desktop.gui.board import palette
from coprod_desktop.gui.board.projector import FOLLOW
from tests.gui.gui_helpers import next_turn


@pytest.fixture
def demo(demo_template: Path) -> Path:
    return demo_template  # built once per test run (tests/gui/conftest.py); tests copy it


def _workshop(services) -> int:
    return next(s.id for s in services.read.sessions() if s.kind == "discovery")


def test_demo_board_matches_the_workshop(qapp, demo: Path, tmp_path: Path) -> None:
    path = tmp_path / "copy.coprod"
    path.write_bytes(demo.read_bytes())
    services, _ = open_env(path, FakeClock())
    session = _workshop(services)
    read = services.board.read
    clusters = read.clusters(session)
    categories = [c.title for c in clusters if not c.title.startswith("What we heard")]
    assert categories == list(content.CONCERNS)
    (vote_round,) = read.rounds(session)
    assert not vote_round.is_open and vote_round.dots_per_person == 3
    assert {r.label: r.dots for r in read.results(vote_round.id)} == content.VOTES
    assert read.settings(session).focus == content.FOCUS == "Waiting and getting a diagnosis"
    notes = services.read.notes(session)
    held = [n for n in notes if n.held_back]
    assert [n.text for n in held] == [HELD_BACK] and held[0].author_id is not None
    assert sorted(n.text for n in notes if n.hidden and not n.held_back) == sorted(LATE_NOTES)
    assert all(n.cluster_id is not None for n in notes if n.text not in LATE_NOTES)
    assert len(notes) > 250
    services.close()


def test_screenshots_console_and_projector(qtbot, demo: Path, tmp_path: Path,
                                           artifacts: Path) -> None:
    path = tmp_path / "copy.coprod"
    path.write_bytes(demo.read_bytes())
    services, env = open_env(path, FakeClock())
    session = _workshop(services)
    panel = make_panel(qtbot, env, session, size=(1920, 1080))
    projector = env.projector
    projector.resize(1920, 1080)  # type: ignore[attr-defined]
    projector.show()  # type: ignore[attr-defined]
    env.projector.show_view("board")
    qtbot.waitExposed(projector)
    next_turn(qtbot)
    panel.view.fit_all()
    panel.grab().save(str(artifacts / "board-console.png"))
    projector.grab().save(str(artifacts / "board-projector.png"))  # type: ignore[attr-defined]
    banner = panel.projector.banner.text()
    assert "2 new notes, not shown yet" in banner
    rows = [r.text() for r in panel.projector.results.rows if r.isVisibleTo(panel.projector)]
    # The tallies the demo was written with (content.VOTES), not what the program counted.
    top = max(content.VOTES, key=lambda category: content.VOTES[category])
    assert rows[0].startswith(f"1st   {top}\n{content.VOTES[top]} dots")
    fewest = min(content.VOTES.values())
    tied = sum(votes == fewest for votes in content.VOTES.values())
    last_place = len(content.VOTES) - tied + 1
    assert rows[-1].startswith(f"{'=' if tied > 1 else ''}{last_place}{ORDINAL[last_place]}")

    # Follow the console, zoomed in on the winning cluster: the notes must be readable.
    winner = next(c for c in panel.scene.clusters.values() if c.winner)
    panel.toolbar.actions_by_name["follow"].setChecked(True)
    panel.toolbar.actions_by_name["results"].setChecked(False)  # the whole width for the board
    assert not panel.projector.results.isVisibleTo(panel.projector)
    # Four notes across: what a facilitator shows when the room discusses one part of a cluster.
    top_left = winner.mapRectToScene(winner.frame_rect()).topLeft()
    panel.view.show_rect(QRectF(top_left, QSizeF(4 * 240 + 40, 560)))
    next_turn(qtbot)
    image = projector.grab().toImage()  # type: ignore[attr-defined]
    image.save(str(artifacts / "board-projector-follow.png"))
    assert panel.projector.mode == FOLLOW

    # The held-back note is on the console but not on the projector.
    held = next(i for i in panel.scene.notes.values() if i.note.held_back)
    panel.view.show_rect(panel.scene.note_scene_rect(held).adjusted(-300, -300, 300, 300))
    next_turn(qtbot)
    console = panel.view.viewport().grab().toImage()
    room = panel.projector.view.viewport().grab().toImage()
    margin = panel.scene.note_scene_rect(held).adjusted(5, 0, 0, 0)  # inside, left of the text
    spot = QPointF(margin.left(), margin.center().y())
    on_console = panel.view.mapFromScene(spot)
    in_room = panel.projector.view.mapFromScene(spot)
    assert _colour_at(console, on_console.x(), on_console.y()) == palette.HELD_BACK_FILL.name()
    assert _colour_at(room, in_room.x(), in_room.y()) != palette.HELD_BACK_FILL.name()
    panel.view.fit_all()
    services.close()


ORDINAL = {1: "st", 2: "nd", 3: "rd", **{n: "th" for n in range(4, 21)}}


def _colour_at(image: QImage, x: int, y: int) -> str:
    return QColor(image.pixel(x, y)).name()


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_board_in_the_app(make_app, demo_path: Path, artifacts: Path, qtbot, theme: str) -> None:
    """The registered Board tab in the real console, and its view on the real projector window."""
    app = make_app()
    app.start(demo_path)
    app.console.action(f"theme_{theme}").trigger()
    app.console.resize(1920, 1080)
    qtbot.waitExposed(app.console)
    view = app.console.view
    board = view.panel("Board")
    view.show_panel(board)
    view.side.select(_workshop(app.current.services))
    qtbot.waitUntil(lambda: len(board.scene.notes) > 250)
    next_turn(qtbot)
    board.view.fit_all()
    app.console.grab().save(str(artifacts / f"board-app-console-{theme}.png"))
    app.console.action("showProjectorAction").trigger()
    app.projector.resize(1920, 1080)
    qtbot.waitExposed(app.projector)
    qtbot.waitUntil(lambda: app.projector.height() == 1080)
    board.toolbar.actions_by_name["results"].setChecked(True)
    app.projector.show_view("board")
    next_turn(qtbot)
    assert app.projector.current_view() == "board"
    projector_view = app.projector.view("board")
    assert projector_view.theme == theme
    # Readable from 8 m: the banner and the winner's line are big for the screen's height.
    assert projector_view.banner.font().pixelSize() >= 0.035 * 1080
    assert projector_view.results.rows[0].font().pixelSize() >= 0.03 * 1080
    shot = app.projector.grab()
    shot.save(str(artifacts / f"board-app-projector-{theme}.png"))
    screen = shot.toImage()
    # The themes (the demo's notes are too many to read on the wall) fit the screen whole:
    # every line inside the view and as tall as its wrapped words (no line cut in half).
    assert projector_view.showing_themes()
    themes = projector_view.themes
    inside = themes.rect()
    shown = [lab for lab in themes.findChildren(QLabel) if lab.isVisible()]
    assert len(shown) >= 9 + 9  # every one of the nine themes' titles, with a note or more
    for label in shown:
        box = QRect(label.mapTo(themes, QPoint(0, 0)), label.size())
        assert inside.contains(box), (label.text(), box, inside)
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    # The themes ask the window for no room: the projector can still be made smaller.
    app.projector.resize(1280, 720)
    qtbot.waitUntil(lambda: app.projector.size().width() <= 1280)
    qtbot.waitUntil(lambda: app.projector.height() <= 720)  # no view holds it taller either
    app.projector.resize(1920, 1080)
    qtbot.waitUntil(lambda: app.projector.height() == 1080)
    next_turn(qtbot)
    shot = app.projector.grab()
    screen = shot.toImage()
    # Every line of the results is drawn in the theme's ink (the panel was hidden while the
    # theme changed, and its labels used to keep the other theme's colour: white on white).
    ink = QColor("#000000" if theme == "light" else "#FFFFFF")
    results = projector_view.results
    for label in [results.heading, *(r for r in results.rows[1:] if r.isVisible())]:
        at = label.mapTo(app.projector, label.rect().topLeft())
        inked = sum(1 for x in range(at.x(), at.x() + label.width(), 2)
                    for y in range(at.y(), at.y() + label.height(), 2)
                    if QColor(screen.pixel(x, y)) == ink)
        assert inked > 20, (label.text(), inked)


def test_closing_the_programme_keeps_a_note_being_typed(make_app, demo_path: Path, qtbot) -> None:
    app = make_app()
    app.start(demo_path)
    board = app.console.view.panel("Board")
    app.console.view.show_panel(board)
    session = _workshop(app.current.services)
    app.console.view.side.select(session)
    qtbot.waitUntil(lambda: board.scene.session_id == session)
    board.view.setFocus()
    QTest.keyClick(board.view.viewport(), Qt.Key.Key_N)
    QTest.keyClicks(board.view.viewport(), "typed as the laptop closed")
    app.console.action("closeAction").trigger()
    assert app.current is None
    services, _ = open_env(demo_path, FakeClock())
    assert "typed as the laptop closed" in {n.text for n in services.read.notes(session)}
    services.close()
