"""The board's toolbar and keys through real widgets: clusters, moderation, search, zoom."""

from __future__ import annotations

from pathlib import Path

import pytest
from board_host import LEFT, make_panel, on_screen, open_env
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsItem

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.groups import Group
from coprod_desktop.gui.board import palette
from coprod_desktop.gui.board.view import STEP
from coprod_desktop.services import Services
from coprod_desktop.store.programme_file import ProgrammeFile


@pytest.fixture
def board(tmp_path: Path, clock: FakeClock, qtbot):
    path = tmp_path / "tools.coprod"
    file = ProgrammeFile.create(path)
    services = Services(file, clock)
    services.programme.create_programme("Tools")
    session = int(services.sessions.create_session("Workshop", "2026-03-03").new_id or 0)
    file.close()
    services, env = open_env(path, clock)
    panel = make_panel(qtbot, env, session)
    yield services, env, panel, session
    panel.commands.finish_editing()
    services.close()


def _notes(services: Services, session: int, texts: list[str], **kwargs) -> list[int]:
    return [int(services.notes.add_note(session, t, x=i * 240.0, y=0.0, **kwargs).new_id or 0)
            for i, t in enumerate(texts)]


def _click(panel, name: str) -> None:
    panel.toolbar.actions_by_name[name].trigger()


def test_cluster_rename_tidy_collapse_merge(board, qtbot) -> None:
    services, env, panel, session = board
    ids = _notes(services, session, ["a", "b", "c", "d", "e"])
    for note_id in ids[:3]:
        panel.scene.notes[note_id].setSelected(True)
    _click(panel, "cluster")
    (first,) = services.board.read.clusters(session)
    assert panel.commands.editor is not None  # the new cluster's title is ready to type over
    QTest.keyClicks(panel.view.viewport(), "Waiting")
    QTest.keyClick(panel.view.viewport(), Qt.Key.Key_Return)
    assert services.board.read.cluster(first.id).title == "Waiting"
    assert {n.id for n in services.board.read.cluster_notes(first.id)} == set(ids[:3])

    panel.scene.clearSelection()
    for note_id in ids[3:]:
        panel.scene.notes[note_id].setSelected(True)
    _click(panel, "cluster")
    QTest.keyClick(panel.view.viewport(), Qt.Key.Key_Escape)  # keep "New cluster"
    second = max(c.id for c in services.board.read.clusters(session))

    panel.scene.clearSelection()
    panel.scene.clusters[first.id].setSelected(True)
    _click(panel, "collapse")
    assert services.board.read.cluster(first.id).collapsed
    assert not panel.scene.notes[ids[0]].isVisible()
    _click(panel, "collapse")
    assert panel.scene.notes[ids[0]].isVisible()

    services.board.clusters.move(notes={ids[0]: (first.x + 900.0, first.y + 600.0)})
    panel.scene.clearSelection()
    panel.scene.clusters[first.id].setSelected(True)
    _click(panel, "tidy")
    assert env.undo.stack.undoText() == "Tidy ‘Waiting’"
    assert services.read.note(ids[0]).x < first.x + 500

    panel.scene.clusters[second].setSelected(True)
    _click(panel, "merge")
    assert env.undo.stack.undoText() == "Merge ‘New cluster’ into ‘Waiting’"
    assert list(panel.scene.clusters) == [first.id]
    assert panel.scene.clusters[first.id].count == 5
    env.undo.stack.undo()
    assert sorted(panel.scene.clusters) == [first.id, second]
    assert panel.scene.clusters[second].count == 2


def test_rename_by_double_clicking_the_title(board, qtbot) -> None:
    services, _env, panel, session = board
    cluster = int(services.board.clusters.create_cluster(session, "Old", x=0, y=0).new_id or 0)
    panel.view.fit_all()
    item = panel.scene.clusters[cluster]
    title = on_screen(panel, item.mapToScene(QPointF(120, 40)))
    QTest.mouseDClick(panel.view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, title)
    QTest.keyClicks(panel.view.viewport(), "School <and> learning")
    QTest.keyClick(panel.view.viewport(), Qt.Key.Key_Return)
    assert services.board.read.cluster(cluster).title == "School <and> learning"


def test_silent_writing_reveal_and_hold_back(board, qtbot) -> None:
    services, env, panel, session = board
    _click(panel, "silent")
    assert services.board.read.settings(session).silent_writing
    ids = _notes(services, session, ["one", "two", "three"], initiator="phone")
    assert panel.projector.banner.text() == "3 new notes, not shown yet"
    assert panel.toolbar.actions_by_name["reveal"].text() == "Reveal all (3)"
    assert panel.scene.clusters == {} and not panel.scene.notes[ids[0]].on_projector
    panel.scene.notes[ids[2]].setSelected(True)
    _click(panel, "hold_back")
    assert panel.projector.banner.text() == "2 new notes, not shown yet"
    _click(panel, "reveal")
    assert env.undo.stack.undoText() == "Reveal 2 notes"
    assert panel.projector.banner.isHidden()
    assert [panel.scene.notes[i].on_projector for i in ids] == [True, True, False]
    assert panel.scene.content_rect(for_projector=True).right() < 480  # the held note is left out


def test_group_colours_and_on_behalf(board, qtbot) -> None:
    services, env, panel, session = board
    author = int(services.people.sign_in_attendee(session, name="Kai", group="young_person").new_id
                 or 0)
    (note,) = _notes(services, session, ["typed for Kai"], author_id=author, on_behalf=True)
    item = panel.scene.notes[note]
    assert item.group_colour is None and item.note.on_behalf
    _click(panel, "groups")
    assert item.group_colour is not None
    assert item.group_colour.name().upper() == Group.YOUNG_PERSON.colour
    env.undo.stack.undo()
    assert item.group_colour is None


def test_search_zoom_fit_and_recolour(board, qtbot) -> None:
    services, _env, panel, session = board
    ids = _notes(services, session, ["Waiting list", "School run", "waiting room", "Forms"])
    panel.toolbar.search.setText("WAITING")
    assert panel.toolbar.found.text() == "2 found"
    assert [panel.scene.notes[i].search_hit for i in ids] == [True, False, True, False]
    QTest.keyClick(panel.toolbar.search, Qt.Key.Key_Return)
    centre = panel.view.mapToScene(panel.view.viewport().rect().center())
    assert panel.scene.note_scene_rect(panel.scene.notes[ids[0]]).contains(centre)
    panel.toolbar.search.clear()
    assert not any(panel.scene.notes[i].search_hit for i in ids)

    panel.view.setFocus()
    before = panel.view.scale_factor()
    QTest.keyClick(panel.view.viewport(), Qt.Key.Key_Plus)
    assert panel.view.scale_factor() == pytest.approx(before * 1.25)
    QTest.keyClick(panel.view.viewport(), Qt.Key.Key_Minus)
    assert panel.view.scale_factor() == pytest.approx(before)
    panel.view.zoom_by(3)
    QTest.keyClick(panel.view.viewport(), Qt.Key.Key_0)
    visible = panel.view.visible_rect()
    assert all(visible.contains(panel.scene.note_scene_rect(panel.scene.notes[i])) for i in ids)

    panel.scene.notes[ids[1]].setSelected(True)
    panel.toolbar.actions_by_name["colour_pink"].trigger()
    assert services.read.note(ids[1]).colour == "pink" and panel.commands.colour == "pink"


def test_a_refused_drag_puts_the_notes_back(board, qtbot) -> None:
    services, _env, panel, session = board
    (note,) = _notes(services, session, ["stay"])
    item = panel.scene.notes[note]
    item.setSelected(True)
    start = item.scenePos()
    item.setPos(QPointF(5e6, 0))  # as if dragged far off the board
    assert panel.commands.commit_drag({item: start}, QPointF(5e6, 0)) is None
    assert "off the board" in panel.message.text()
    assert item.scenePos() == start and services.read.note(note).x == start.x()


def test_board_per_activity(board, qtbot) -> None:
    services, env, panel, session = board
    first = int(services.agenda.add_activity(session, "What is not working", 20).new_id or 0)
    second = int(services.agenda.add_activity(session, "Ideas", 20).new_id or 0)
    (old,) = _notes(services, session, ["written before"], activity_id=first)
    _click(panel, "per_activity")
    qtbot.waitUntil(lambda: panel.activity_action.isVisible())
    assert [panel.activity.itemText(i) for i in range(panel.activity.count())] == [
        "What is not working", "Ideas"]
    assert list(panel.scene.notes) == [old]
    panel.activity.setCurrentIndex(1)
    assert panel.scene.activity_id == second and panel.scene.notes == {}
    panel.view.setFocus()
    QTest.keyClick(panel.view.viewport(), Qt.Key.Key_N)
    QTest.keyClicks(panel.view.viewport(), "an idea")
    QTest.keyClick(panel.view.viewport(), Qt.Key.Key_Return)
    (idea,) = [n for n in services.read.notes(session) if n.text == "an idea"]
    assert idea.activity_id == second and list(panel.scene.notes) == [idea.id]
    env.undo.stack.undo()  # the note
    env.undo.stack.undo()  # one board per activity
    qtbot.waitUntil(lambda: not panel.activity_action.isVisible())
    assert list(panel.scene.notes) == [old]


def test_ctrl_wheel_zooms_and_space_drag_pans(board, qtbot) -> None:
    services, _env, panel, session = board
    _notes(services, session, ["a", "b"])
    view, viewport = panel.view, panel.view.viewport()
    before = view.scale_factor()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, wheel)
    assert view.scale_factor() == pytest.approx(before * 1.25)
    view.setFocus()
    seen = view.visible_rect()
    QTest.keyPress(viewport, Qt.Key.Key_Space)
    start = viewport.rect().center()
    QTest.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(60, 0))
    QTest.mouseMove(viewport, start + QPoint(120, 0))
    QTest.mouseRelease(viewport, LEFT, Qt.KeyboardModifier.NoModifier, start + QPoint(120, 0))
    QTest.keyRelease(viewport, Qt.Key.Key_Space)
    assert view.visible_rect().left() < seen.left()
    assert panel.scene.selected_notes() == [] and view.isInteractive()


def test_drag_a_note_out_of_its_cluster(board, qtbot) -> None:
    services, env, panel, session = board
    ids = _notes(services, session, ["in", "also in"])
    cluster = int(services.board.clusters.create_cluster(session, "Family", note_ids=ids).new_id
                  or 0)
    services.notes.add_note(session, "far away", x=2000.0, y=1200.0)
    panel.view.fit_all()
    item = panel.scene.notes[ids[0]]
    grab = on_screen(panel, panel.scene.note_scene_rect(item).center())
    away = on_screen(panel, QPointF(1200.0, 1000.0))
    viewport = panel.view.viewport()
    QTest.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, grab)
    QTest.mouseMove(viewport, grab + QPoint(10, 10))
    QTest.mouseMove(viewport, away)
    QTest.mouseRelease(viewport, LEFT, Qt.KeyboardModifier.NoModifier, away)
    assert env.undo.stack.undoText() == "Take 1 note out of its cluster"
    assert services.read.note(ids[0]).cluster_id is None
    assert item.parentItem() is None and panel.scene.clusters[cluster].count == 1


def test_far_out_a_cluster_draws_its_notes_as_tiles(board, qtbot) -> None:
    services, _env, panel, session = board
    ids = _notes(services, session, ["pink one", "pink two"], colour="pink")
    cluster = int(services.board.clusters.create_cluster(session, "Far", note_ids=ids).new_id
                  or 0)
    loose = int(services.notes.add_note(session, "loose", x=2000.0, y=0.0).new_id or 0)
    panel.view.zoom_by(0.1 / panel.view.scale_factor())
    frame = panel.scene.clusters[cluster]
    assert not panel.scene.detail and frame.show_tiles
    # far out the frame keeps its picture (its tiles); close up it is drawn straight on the view
    assert frame.cacheMode() == QGraphicsItem.CacheMode.DeviceCoordinateCache
    assert not panel.scene.notes[ids[0]].isVisible() and panel.scene.notes[loose].isVisible()
    image = panel.view.viewport().grab().toImage()
    spot = panel.view.mapFromScene(panel.scene.note_scene_rect(panel.scene.notes[ids[0]]).center())
    assert QColor(image.pixel(spot)).name() == QColor(palette.NOTE_FILL["pink"]).name().lower()
    services.notes.add_note(session, "added far out", cluster_id=cluster)
    assert panel.scene.clusters[cluster].count == 3
    assert not any(panel.scene.notes[n].isVisible() for n in panel.scene.notes if n != loose)
    panel.view.zoom_by(0.5 / panel.view.scale_factor())
    assert panel.scene.detail and all(n.isVisible() for n in panel.scene.notes.values())
    assert not frame.show_tiles and frame.cacheMode() == QGraphicsItem.CacheMode.NoCache


def test_notes_typed_for_someone_are_marked(board, qtbot) -> None:
    services, _env, panel, session = board
    _click(panel, "on_behalf")
    panel.view.setFocus()
    QTest.keyClick(panel.view.viewport(), Qt.Key.Key_N)
    QTest.keyClicks(panel.view.viewport(), "read out from a paper note")
    QTest.keyClick(panel.view.viewport(), Qt.Key.Key_Return)
    (note,) = services.read.notes(session)
    assert note.on_behalf and note.author_id is None
    assert panel.scene.notes[note.id].note.on_behalf


def test_after_a_zoom_step_the_next_steps_cards_are_made_in_idle_time(board, qtbot,
                                                                        monkeypatch) -> None:
    from coprod_desktop.gui.board import note_card

    services, _env, panel, session = board
    _notes(services, session, ["yellow one", "yellow two"])
    _notes(services, session, ["blue one"], colour="blue")
    made: list[float] = []
    real = note_card._make

    def counted(rect, fill, scale, *rest):  # type: ignore[no-untyped-def]
        made.append(scale)
        return real(rect, fill, scale, *rest)

    monkeypatch.setattr(note_card, "_make", counted)
    monkeypatch.setattr(note_card, "shelf", note_card.CardShelf())
    view = panel.view
    view.zoom_by(0.8 / view.scale_factor())
    view.viewport().repaint()
    assert made, "the first paint at a new scale makes its cards"
    view.zoom_by(STEP)
    view.viewport().repaint()  # the cards this step needs, while the shelf prepares the next
    qtbot.waitUntil(lambda: not note_card.shelf.make_some(0))
    scale = view.scale_factor()
    prepared = {round(s, 6) for s in made}
    assert {round(scale * STEP, 6), round(scale / STEP, 6)} <= prepared
    made.clear()
    view.zoom_by(STEP)
    view.viewport().repaint()
    assert made == [], "the step's cards were ready: the paint only copies them"
    made.clear()
    view.zoom_by(1 / STEP)  # and back: those were made at the step before
    view.viewport().repaint()
    assert made == []
