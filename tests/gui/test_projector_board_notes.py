"""The board on the projector lets the room read what it wrote (rev1 item 1): one long note does
not send the whole board to its themes; a long note is shortened on the wall (at a word, with an
ellipsis) and kept whole on the console; when the themes are shown, notes not sorted yet are
still read, as many as fit, then counted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel

from coprod_desktop.clock import FakeClock
from coprod_desktop.gui.board import palette
from coprod_desktop.gui.kit.legibility import min_cap_height
from tests.gui.board_host import make_panel, open_env
from tests.gui.gui_helpers import next_turn
from tests.gui.painted_text import cut_labels

SHORT = ["Text updates instead of letters", "A named contact while you wait",
         "Letters rewritten with parents", "Drop-in: a quieter room", "Schools can start support",
         "One place to ask", "Be kind", "Plain words, please"]
LONG = ("My son waited and waited for an assessment and nobody ever wrote back to tell us "
        "where we were on the list, so we rang every week and each time heard something else, "
        "and in the end we paid privately because we could not wait any longer for help.")


def _room(qtbot, tmp_path: Path, clock: FakeClock, size: tuple[int, int]):
    services, env = open_env(tmp_path / "notes.coprod", clock)
    services.programme.create_programme("Room of 50")
    session = int(services.sessions.create_session("Team meeting", "2026-03-03").new_id)
    panel = make_panel(qtbot, env, session)
    env.projector.resize(*size)
    env.projector.show()
    env.projector.show_view("board")
    qtbot.waitExposed(env.projector)
    return services, env, panel


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_one_long_note_is_shortened_on_the_wall_not_the_board_hidden(
        qtbot, tmp_path: Path, clock: FakeClock, artifacts: Path, size: tuple[int, int]) -> None:
    _services, env, panel = _room(qtbot, tmp_path, clock, size)
    projector = panel.projector
    short = SHORT if size[1] == 1080 else SHORT[:3]  # as many as a row of the wall can show
    panel.room.paste_lines("\n".join(short))
    qtbot.waitUntil(lambda: len(panel.scene.notes) == len(short) and not projector._fit_pending)
    next_turn(qtbot)
    assert not projector.showing_themes()  # short notes only: the board itself
    panel.room.paste_lines(LONG)
    qtbot.waitUntil(lambda: len(panel.scene.notes) == len(short) + 1)
    next_turn(qtbot)
    next_turn(qtbot)
    assert not projector.showing_themes()  # one long note does not decide for the board
    long_item = next(n for n in panel.scene.notes.values() if n.note.text == LONG)
    # Every note is drawn on the wall with capitals the back row can read.
    scale = projector.view.transform().m11()
    pixels = panel.scene.projector_note_px
    for item in panel.scene.notes.values():
        drawn = max(item.font_px, pixels)
        cap = QFontMetricsF(palette.font(drawn, note=True)).capHeight() * scale
        assert cap >= min_cap_height(size[1]) - 0.5, item.note.text[:30]
    assert long_item.laid_out(long_item.rect()).text == LONG  # the console keeps it whole
    env.projector.grab().save(str(artifacts / f"board-long-note-{size[1]}.png"))
    if size[1] == 768:
        return  # four notes fill the wall: the long one is read whole at its own size
    assert pixels > long_item.font_px  # small on the console; on the wall, the board's size
    # On the wall it is cut after a whole word, with one ellipsis; its words otherwise verbatim.
    shown = long_item.room_text(pixels)
    assert shown.endswith("…") and not shown.endswith(" …")
    kept = shown[:-1]
    assert LONG.startswith(kept) and LONG[len(kept)] == " "
    assert len(kept.split()) >= 5


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_unsorted_notes_are_read_in_the_themes_view(
        qtbot, tmp_path: Path, clock: FakeClock, artifacts: Path, size: tuple[int, int]) -> None:
    """A note of 2,000 characters makes the board too tall for the wall: the themes view
    shows the notes themselves (shortened), not "3 notes not sorted yet" on an empty screen."""
    _services, env, panel = _room(qtbot, tmp_path, clock, size)
    projector = panel.projector
    huge = ("My son waited " + "and waited " * 60 + "and nobody ever wrote back. ") * 5
    word = "Supercalifragilisticexpialidociouswaitinglistproblemthatneverends" * 3
    panel.room.paste_lines("\n".join([huge[:2000], word, "Short one"]))
    qtbot.waitUntil(lambda: len(panel.scene.notes) == 3)
    qtbot.waitUntil(lambda: projector.showing_themes())
    next_turn(qtbot)
    texts = projector.themes.texts
    assert "Short one" in texts and word in texts and huge[:2000].strip() in texts
    assert "3 notes not sorted yet" in texts  # the heading over them
    shown = [lab.text() for lab in projector.themes.findChildren(QLabel) if lab.isVisible()]
    assert "•\u00a0Short one" in shown
    assert any(t.startswith("•\u00a0My son waited and waited") and t.endswith("…") for t in shown)
    assert any(t.startswith("•\u00a0Supercali") and t.endswith("…") for t in shown)
    assert not [t for t in shown if "……" in t]
    assert cut_labels(projector.themes) == []
    for label in projector.themes.findChildren(QLabel):
        if label.isVisible():
            assert QFontMetricsF(label.font()).capHeight() >= min_cap_height(size[1]) - 0.5
    env.projector.grab().save(str(artifacts / f"board-themes-unsorted-{size[1]}.png"))

    # Many notes not sorted yet: as many as fit are read, the rest counted.
    panel.room.paste_lines("\n".join(f"Waiting note {n}" for n in range(60)))
    qtbot.waitUntil(lambda: any(t.startswith("and ") and t.endswith("more notes")
                                for t in projector.themes.texts))
    texts = projector.themes.texts
    read = [t for t in texts if t.startswith("Waiting note")]
    rest = next(t for t in texts if t.endswith("more notes"))
    assert read and int(rest.split()[1]) == 63 - len(read) - sum(
        t in texts for t in ("Short one", word, huge[:2000].strip()))
    assert "63 notes not sorted yet" in texts
    inside = projector.themes.rect()
    for label in projector.themes.findChildren(QLabel):
        if label.isVisible():
            box = label.geometry()
            assert inside.contains(box), label.text()[:40]
    env.projector.grab().save(str(artifacts / f"board-themes-unsorted-many-{size[1]}.png"))


def test_notes_are_read_whole_when_the_wall_has_room(
        qtbot, tmp_path: Path, clock: FakeClock, artifacts: Path) -> None:
    """A few notes not sorted yet, each a sentence long, on a board too wide to read: with the
    wall mostly empty they are shown whole, not cut at two lines."""
    _services, env, panel = _room(qtbot, tmp_path, clock, (1024, 768))
    projector = panel.projector
    sentences = [f"Note {n}: the letter told us nothing about what comes next"
                 for n in range(7)]
    panel.room.paste_lines("\n".join(sentences))
    qtbot.waitUntil(lambda: len(panel.scene.notes) == 7)
    qtbot.waitUntil(lambda: projector.showing_themes())
    next_turn(qtbot)
    shown = {lab.text() for lab in projector.themes.findChildren(QLabel) if lab.isVisible()}
    assert {f"•\u00a0{s}" for s in sentences} <= shown
    assert cut_labels(projector.themes) == []
    env.projector.grab().save(str(artifacts / "board-themes-whole-notes-768.png"))
