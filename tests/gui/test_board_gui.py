"""The board through real widgets: type, drag into a cluster, vote, undo/redo, then read the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from board_host import LEFT, make_panel, note_centre, on_screen, open_env
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from coprod_desktop.clock import FakeClock
from coprod_desktop.gui.board.editor import NoteEditor
from coprod_desktop.services import Services
from coprod_desktop.store.programme_file import ProgrammeFile


@pytest.fixture
def board_file(tmp_path: Path, clock: FakeClock) -> tuple[Path, int]:
    path = tmp_path / "board.coprod"
    file = ProgrammeFile.create(path)
    services = Services(file, clock)
    services.programme.create_programme("Board test")
    session = int(services.sessions.create_session("Discovery", "2026-03-03").new_id or 0)
    file.close()
    return path, session


def _type_note(qtbot, panel, text_lines: list[str]) -> None:
    viewport = panel.view.viewport()
    panel.view.setFocus()
    QTest.keyClick(viewport, Qt.Key.Key_N)
    editor = panel.commands.editor
    assert isinstance(editor, NoteEditor)
    for index, line in enumerate(text_lines):
        if index:
            QTest.keyClick(viewport, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        QTest.keyClicks(viewport, line)
    QTest.keyClick(viewport, Qt.Key.Key_Return)


def test_type_a_note_and_escape_cancels(qtbot, board_file, clock) -> None:
    path, session = board_file
    services, env = open_env(path, clock)
    panel = make_panel(qtbot, env, session)
    _type_note(qtbot, panel, ["Nobody rings back", "for <b>weeks</b>"])
    (note,) = services.read.notes(session)
    assert note.text == "Nobody rings back\nfor <b>weeks</b>"  # verbatim, never markup
    assert panel.commands.editor is None and note.id in panel.scene.notes
    assert env.undo.stack.undoText() == "Add note"
    QTest.keyClick(panel.view.viewport(), Qt.Key.Key_N)
    QTest.keyClicks(panel.view.viewport(), "never mind")
    QTest.keyClick(panel.view.viewport(), Qt.Key.Key_Escape)
    assert len(services.read.notes(session)) == 1 and panel.commands.editor is None
    services.close()


def test_too_long_note_keeps_the_editor_and_says_why(qtbot, board_file, clock) -> None:
    path, session = board_file
    services, env = open_env(path, clock)
    panel = make_panel(qtbot, env, session)
    panel.view.setFocus()
    QTest.keyClick(panel.view.viewport(), Qt.Key.Key_N)
    panel.commands.editor.setPlainText("y" * 2001)  # typing 2,001 keys would be slow
    QTest.keyClick(panel.view.viewport(), Qt.Key.Key_Return)
    assert "2,001 characters long" in panel.message.text()
    assert panel.commands.editor is not None and panel.commands.editor.text() == "y" * 2001
    assert services.read.notes(session) == []
    services.close()


def test_drag_vote_undo_and_reopen(qtbot, board_file, clock) -> None:
    path, session = board_file
    services, env = open_env(path, clock)
    people = [int(services.people.sign_in_attendee(session, name=n, group="parent_carer").new_id
                  or 0) for n in ("Priya", "Sam")]
    notes = [int(services.notes.add_note(session, f"Concern {i}", x=i * 260.0, y=0.0).new_id or 0)
             for i in range(4)]
    waiting = int(services.board.clusters.create_cluster(session, "Waiting", x=0, y=500).new_id
                  or 0)
    school = int(services.board.clusters.create_cluster(session, "School", x=700, y=500).new_id
                 or 0)
    panel = make_panel(qtbot, env, session)
    viewport = panel.view.viewport()

    # Rubber-band select the first three notes, then drag them into "Waiting" with the mouse.
    corner = on_screen(panel, QPointF(-40, -40))
    across = on_screen(panel, QPointF(2 * 260 + 120, 200))
    QTest.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, corner)
    QTest.mouseMove(viewport, corner + QPoint(20, 20))
    QTest.mouseMove(viewport, across)
    QTest.mouseRelease(viewport, LEFT, Qt.KeyboardModifier.NoModifier, across)
    assert sorted(panel.scene.selected_notes()) == notes[:3]
    grab = note_centre(panel, notes[0])
    frame = panel.scene.clusters[waiting]
    drop = on_screen(panel, frame.mapToScene(frame.frame_rect().center()))
    steps = env.undo.stack.count()
    QTest.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, grab)
    for k in range(1, 6):
        QTest.mouseMove(viewport, grab + (drop - grab) * k / 5)
    QTest.mouseRelease(viewport, LEFT, Qt.KeyboardModifier.NoModifier, drop)
    assert env.undo.stack.count() == steps + 1
    assert env.undo.stack.undoText() == "Move 3 notes into ‘Waiting’"
    assert {n.id for n in services.board.read.cluster_notes(waiting)} == set(notes[:3])
    assert frame.count == 3 and panel.scene.notes[notes[0]].parentItem() is frame
    moved = {n.id: (n.x, n.y) for n in services.read.notes(session)}

    # Vote on clusters: counts stay hidden until the vote closes.
    panel.vote_bar.dots.setValue(2)
    qtbot.mouseClick(panel.vote_bar.open_button, LEFT)
    assert panel.scene.vote_round is not None and panel.scene.vote_round.is_open
    assert panel.projector.banner.text().startswith("Voting is open: 2 dots each")
    panel.scene.clearSelection()
    frame.setSelected(True)
    for person in people:
        panel.vote_bar.voter.setCurrentIndex(panel.vote_bar.voter.findData(person))
        qtbot.mouseClick(panel.vote_bar.add_button, LEFT)
    panel.vote_bar.voter.setCurrentIndex(0)  # paper dots, no name
    qtbot.mouseClick(panel.vote_bar.add_button, LEFT)
    panel.scene.clearSelection()
    panel.scene.clusters[school].setSelected(True)
    qtbot.mouseClick(panel.vote_bar.add_button, LEFT)
    assert "4 dots cast" in panel.vote_bar.status.text()
    assert panel.scene.results == [] and frame.dots is None  # nothing to show yet
    assert not panel.projector.results.isVisibleTo(panel.projector)
    qtbot.mouseClick(panel.vote_bar.close_button, LEFT)
    assert [(r.label, r.dots, r.place_text) for r in panel.scene.results] == [
        ("Waiting", 3, "1st"), ("School", 1, "2nd")]
    assert frame.winner and frame.dots == 3
    assert panel.projector.results.isVisibleTo(panel.projector)
    assert panel.projector.results.rows[0].text().startswith("1st   Waiting")
    # School is still selected, but the room voted for Waiting: the button offers the winner.
    assert panel.scene.selected_clusters() == [school]
    assert panel.vote_bar.focus_button.text() == "Record ‘Waiting’ as our focus"
    panel.scene.clearSelection()
    assert panel.vote_bar.focus_button.text() == "Record ‘Waiting’ as our focus"  # the winner
    qtbot.mouseClick(panel.vote_bar.focus_button, LEFT)
    assert services.board.read.settings(session).focus == "Waiting"

    # Undo back past the close and the drag, then redo it all.
    stack = env.undo.stack
    stack.undo()  # focus
    stack.undo()  # close
    assert panel.scene.vote_round.is_open and panel.scene.results == []
    for _ in range(4):
        stack.undo()  # four dots
    stack.undo()  # open
    stack.undo()  # the drag
    assert services.board.read.cluster_notes(waiting) == []
    assert panel.scene.notes[notes[0]].parentItem() is None
    for _ in range(8):
        stack.redo()
    assert stack.undoText() == "Choose the focus ‘Waiting’"
    assert {n.id: (n.x, n.y) for n in services.read.notes(session)} == moved
    services.close()

    # The file holds it all.
    services, _ = open_env(path, clock)
    read = services.board.read
    assert {n.id: (n.x, n.y) for n in services.read.notes(session)} == moved
    assert {n.id for n in read.cluster_notes(waiting)} == set(notes[:3])
    (vote_round,) = read.rounds(session)
    assert not vote_round.is_open and vote_round.dots_per_person == 2
    assert [(r.label, r.dots) for r in read.results(vote_round.id)] == [("Waiting", 3),
                                                                      ("School", 1)]
    votes = list(services.file.db.query("SELECT voter_id, on_behalf FROM vote ORDER BY id"))
    assert [(v["voter_id"], v["on_behalf"]) for v in votes] == [
        (people[0], 1), (people[1], 1), (None, 1), (None, 1)]
    assert read.settings(session).focus == "Waiting"
    services.close()


def test_phone_notes_do_not_disturb(qtbot, board_file, clock) -> None:
    path, session = board_file
    services, env = open_env(path, clock)
    first = int(services.notes.add_note(session, "already here").new_id or 0)
    panel = make_panel(qtbot, env, session)
    panel.scene.notes[first].setSelected(True)
    panel.view.zoom_by(1.5)
    before = panel.view.visible_rect()
    panel.view.setFocus()
    QTest.keyClick(panel.view.viewport(), Qt.Key.Key_N)
    QTest.keyClicks(panel.view.viewport(), "half typed")
    for i in range(20):
        services.notes.add_note(session, f"from a phone {i}", x=3000.0 + i * 240, y=2000.0,
                                initiator="phone")
    assert len(panel.scene.notes) == 21
    assert panel.scene.selected_notes() == [first]
    assert panel.view.visible_rect() == before
    editor = panel.commands.editor
    assert editor is not None and editor.text() == "half typed" and editor.hasFocus()
    steps = env.undo.stack.count()
    assert env.undo.stack.undoText() != "Add note"  # phone notes are not the facilitator's to undo
    QTest.keyClick(panel.view.viewport(), Qt.Key.Key_Return)
    assert env.undo.stack.count() == steps + 1 and len(panel.scene.notes) == 22
    assert panel.scene.selected_notes() == [first]
    services.close()


def test_delete_cluster_asks_about_its_notes(qtbot, board_file, clock) -> None:
    path, session = board_file
    services, env = open_env(path, clock)
    ids = [int(services.notes.add_note(session, f"n{i}").new_id or 0) for i in range(3)]
    cluster = int(services.board.clusters.create_cluster(session, "Family", note_ids=ids).new_id
                  or 0)
    panel = make_panel(qtbot, env, session)
    panel.scene.clusters[cluster].setSelected(True)

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "3 notes" in box.text()
        next(b for b in box.buttons() if b.text() == "Keep the notes").click()

    QTimer.singleShot(0, answer)
    panel.view.setFocus()
    QTest.keyClick(panel.view.viewport(), Qt.Key.Key_Delete)
    assert services.board.read.clusters(session) == []
    assert len(services.read.notes(session)) == 3 and cluster not in panel.scene.clusters
    assert all(panel.scene.notes[i].parentItem() is None for i in ids)
    env.undo.stack.undo()
    assert panel.scene.notes[ids[0]].parentItem() is panel.scene.clusters[cluster]
    services.close()
