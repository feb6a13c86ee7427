"""A board for a room of 50: lines pasted and files imported as notes, no two items overlapping
after clustering, tidying, merging, phone notes and Arrange, and a projector that shows themes
rather than type nobody can read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel

from coprod_desktop.clock import FakeClock
from coprod_desktop.gui.board.arrange import Box, arrange, make_room, overlapping
from coprod_desktop.gui.board.intake import csv_to_notes, lines_to_notes
from coprod_desktop.gui.board.readability import readable
from coprod_desktop.gui.board.room_tools import board_boxes
from coprod_desktop.gui.kit.legibility import min_cap_height
from tests.gui.board_host import make_panel, open_env
from tests.gui.gui_helpers import next_turn


def test_lines_and_csv_become_notes() -> None:
    assert lines_to_notes("  Listen \n\n• No jargon\r\n3. Phones <b>off</b>\n") == [
        "Listen", "• No jargon", "3. Phones <b>off</b>"]
    text = "name,idea,votes\nAsha,\"Shorter forms, please\",2\nBen,,0\nCara,One place to ask,1\n"
    assert csv_to_notes(text) == ["Shorter forms, please", "One place to ask"]
    assert csv_to_notes("first\nsecond\n") == ["first", "second"]  # no header: first column


def test_arrange_and_make_room_leave_no_overlaps() -> None:
    boxes = [Box(("note", i), (i % 5) * 50.0, (i // 5) * 40.0, 220, 150) for i in range(23)]
    boxes.append(Box(("cluster", 1), 10, 10, 700, 600))
    assert overlapping(boxes)  # the check can fail
    placed = arrange(boxes)
    moved = [Box(b.key, *placed[b.key], b.w, b.h) for b in boxes]
    assert overlapping(moved) == []
    moves = make_room(boxes, [("cluster", 1)])
    after = [Box(b.key, *moves.get(b.key, (b.x, b.y)), b.w, b.h) for b in boxes]
    assert overlapping(after) == []
    assert ("cluster", 1) not in moves  # what just changed stays put


def test_board_commands_never_make_overlaps(qtbot, tmp_path: Path, clock: FakeClock) -> None:
    services, env = open_env(tmp_path / "room.coprod", clock)
    services.programme.create_programme("Room of 50")
    session = int(services.sessions.create_session("Big day", "2026-03-03").new_id)
    panel = make_panel(qtbot, env, session)
    made = panel.room.paste_lines("\n".join(f"Idea number {n}" for n in range(40)))
    assert made == 40
    assert len(services.read.notes(session)) == 40
    assert overlapping(board_boxes(panel.scene)) == []

    # Cluster the first 12 in the middle of the view (over other notes): room is made.
    first = sorted(panel.scene.notes)[:12]
    panel.scene.clearSelection()
    for note_id in first:
        panel.scene.notes[note_id].setSelected(True)
    panel.toolbar.actions_by_name["cluster"].trigger()
    panel.commands.finish_editing()
    assert overlapping(board_boxes(panel.scene)) == []
    second = sorted(panel.scene.notes)[12:20]
    panel.scene.clearSelection()
    for note_id in second:
        panel.scene.notes[note_id].setSelected(True)
    panel.toolbar.actions_by_name["cluster"].trigger()
    panel.commands.finish_editing()
    assert overlapping(board_boxes(panel.scene)) == []
    panel.scene.clearSelection()
    panel.toolbar.actions_by_name["tidy"].trigger()
    assert overlapping(board_boxes(panel.scene)) == []
    for cluster_id in panel.scene.clusters:
        panel.scene.clusters[cluster_id].setSelected(True)
    panel.toolbar.actions_by_name["merge"].trigger()
    assert len(panel.scene.clusters) == 1
    assert overlapping(board_boxes(panel.scene)) == []

    # Phone notes land somewhere; Arrange then tidies the whole board with no overlaps.
    services.phones.open_sign_in(session)
    services.phones.set_notes_open(session, True)
    token = services.phones.phones.room(session).token
    services.phones.sign_in(token, "phone-1", name="Dev", group="young_person")
    for n in range(5):
        services.phones.post_note("phone-1", f"From a phone {n}")
    panel.toolbar.actions_by_name["arrange"].trigger()
    assert overlapping(board_boxes(panel.scene)) == []

    # A file of notes (text, one a line).
    notes_file = tmp_path / "paper notes.txt"
    notes_file.write_text("Buses\nParking\n", encoding="utf-8")
    assert panel.room.import_file(notes_file) == 2
    assert {"Buses", "Parking"} <= {n.text for n in services.read.notes(session)}
    assert overlapping(board_boxes(panel.scene)) == []


def test_projector_shows_themes_when_notes_would_be_unreadable(
        qtbot, tmp_path: Path, clock: FakeClock, artifacts: Path) -> None:
    services, env = open_env(tmp_path / "themes.coprod", clock)
    services.programme.create_programme("Room of 50")
    session = int(services.sessions.create_session("Big day", "2026-03-03").new_id)
    panel = make_panel(qtbot, env, session)
    projector = panel.projector
    env.projector.resize(1920, 1080)
    env.projector.show()
    env.projector.show_view("board")
    qtbot.waitExposed(env.projector)
    panel.room.paste_lines("Shorter forms\nOne place to ask\nBe kind")
    qtbot.waitUntil(lambda: not projector._fit_pending)
    assert not projector.showing_themes()  # three notes: the board itself, readable
    assert readable(panel.scene, projector.view.transform().m11(), 1080)
    panel.room.paste_lines("\n".join(f"Waiting note {n}" for n in range(110)))
    _cluster_first(panel, 30, "Waiting lists")
    qtbot.waitUntil(lambda: projector.showing_themes())
    texts = projector.themes.texts
    assert any(t.startswith("Waiting lists") for t in texts)
    assert any("not sorted yet" in t for t in texts)
    for label in projector.themes.findChildren(QLabel):
        assert QFontMetricsF(label.font()).capHeight() >= min_cap_height(1080) - 0.5
    env.projector.grab().save(str(artifacts / "board-projector-themes.png"))
    # A note of hundreds of words and a title of one endless word: shortened to fit, quickly,
    # and the window keeps its size.
    panel.room.paste_lines(" ".join(["waiting"] * 240))
    qtbot.waitUntil(lambda: any(len(n.note.text) > 1000 for n in panel.scene.notes.values()))
    panel.scene.clearSelection()
    next(n for n in panel.scene.notes.values() if len(n.note.text) > 1000).setSelected(True)
    panel.commands.cluster_selected("Waiting" * 15)
    panel.commands.finish_editing()
    qtbot.waitUntil(lambda: any(t.startswith("Waiting" * 15) for t in projector.themes.texts))
    next_turn(qtbot)
    assert env.projector.width() == 1920
    inside = projector.themes.rect()
    for label in projector.themes.findChildren(QLabel):
        if label.isVisible():
            assert label.geometry().right() <= inside.right(), label.text()[:40]


def _cluster_first(panel, count: int, title: str) -> None:
    panel.scene.clearSelection()
    for note_id in sorted(panel.scene.notes)[:count]:
        panel.scene.notes[note_id].setSelected(True)
    panel.commands.cluster_selected(title)
    panel.commands.finish_editing()


def test_a_note_typed_over_a_cluster_goes_below_its_title(qtbot, tmp_path: Path,
                                                          clock: FakeClock) -> None:
    from coprod_desktop.domain.board import CLUSTER_TITLE_H

    services, env = open_env(tmp_path / "title.coprod", clock)
    services.programme.create_programme("Room of 50")
    session = int(services.sessions.create_session("Big day", "2026-03-03").new_id)
    panel = make_panel(qtbot, env, session)
    panel.room.paste_lines("One\nTwo")
    panel.scene.clearSelection()
    for item in panel.scene.notes.values():
        item.setSelected(True)
    panel.commands.cluster_selected("Theme")
    panel.commands.finish_editing()
    (frame,) = panel.scene.clusters.values()
    title = frame.mapRectToScene(frame.title_rect())
    editor = panel.commands.start_new_note(title.center())  # typed right over the title
    assert editor is not None
    editor.setPlainText("Three")
    editor.save()
    (three,) = [n for n in panel.scene.notes.values() if n.note.text == "Three"]
    assert three.note.cluster_id == frame.cluster_id
    assert not panel.scene.note_scene_rect(three).intersects(title)
    assert three.note.y >= frame.cluster.y + CLUSTER_TITLE_H
