"""The rapid tests board (console), the roles panel, and the projector views, with screenshots."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from programme_support import demo_env, session_named
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.rapid_tests import Decision, TestStage
from coprod_desktop.domain.roles import Holder, Role
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.programme.common import STAGE_COLOURS
from coprod_desktop.gui.programme.home import ProgrammeHome
from coprod_desktop.gui.programme.rapid_test_dialog import DecideDialog
from coprod_desktop.gui.programme.register import CELEBRATION_VIEW, TESTS_VIEW
from coprod_desktop.gui.programme.roles_panel import RolesPanel
from coprod_desktop.gui.programme.tests_panel import RapidTestsPanel
from coprod_desktop.store.programme_reader import ProgrammeReader


@pytest.fixture
def env(tmp_path: Path) -> Iterator[GuiEnv]:
    yield from demo_env(tmp_path)


def plan(env: GuiEnv) -> ProgrammeReader:
    return ProgrammeReader(env.services.ctx.db)


def test_a_clicked_card_is_outlined_and_the_one_before_is_not(env: GuiEnv, qtbot: QtBot) -> None:
    panel = RapidTestsPanel(env)
    qtbot.addWidget(panel)
    panel.show()
    first, second = list(panel.cards.values())[:2]

    def outlined(card) -> bool:
        return "3px solid palette(highlight)" in card.styleSheet()

    assert not any(outlined(card) for card in panel.cards.values())
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert outlined(first) and not outlined(second)
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    assert outlined(second) and not outlined(first)
    panel.refresh()  # new cards: the selection is kept
    assert [c.test.id for c in panel.cards.values() if outlined(c)] == [second.test.id]


def test_board_columns_and_a_test_through_study_to_a_decision(env: GuiEnv, qtbot: QtBot) -> None:
    panel = RapidTestsPanel(env)
    qtbot.addWidget(panel)
    panel.show()  # a console panel draws changes while it is shown
    panel.set_session(session_named(env.services, "Team meeting 4"))
    counts = {s: len([c for c in panel.cards.values() if c.test.stage is s]) for s in TestStage}
    assert counts == {TestStage.PLAN: 3, TestStage.DO: 1, TestStage.STUDY: 1, TestStage.ACT: 3}
    doing = next(c for c in panel.cards.values() if c.test.stage is TestStage.DO)
    qtbot.mouseClick(doing, Qt.MouseButton.LeftButton)
    assert panel.selected == doing.test.id and panel.buttons["advance"].isEnabled()
    qtbot.mouseClick(panel.buttons["advance"], Qt.MouseButton.LeftButton)
    assert plan(env).rapid_test(doing.test.id).stage is TestStage.STUDY
    assert panel.buttons["decide"].isEnabled() and not panel.buttons["advance"].isEnabled()
    assert "still to write what happened and what we learned" in panel.hint.text()
    decide = DecideDialog(env, doing.test.id, meeting_id=panel.session_id)
    qtbot.addWidget(decide)
    decide.save()
    assert decide.message.text() == "Before deciding, write what happened and what we learned."
    test = plan(env).rapid_test(doing.test.id)
    env.services.rapid_tests.edit_test(test.id, title=test.title, plan=test.plan,
                                       happened="Eleven families came", learned="Saturdays work")
    decide.choices[Decision.ADAPT].setChecked(True)
    decide.follow_on.setChecked(False)
    decide.save()
    assert plan(env).rapid_test(test.id).decision is Decision.ADAPT
    assert panel.cards[test.id].badge.text() == "Adapted"
    qtbot.mouseClick(panel.buttons["reopen"], Qt.MouseButton.LeftButton)
    assert plan(env).rapid_test(test.id).stage is TestStage.PLAN
    assert panel.cards[test.id].badge.text() == "2nd try"
    env.undo.stack.undo()
    assert plan(env).rapid_test(test.id).decision is Decision.ADAPT


def test_roles_panel_records_a_holder(env: GuiEnv, qtbot: QtBot) -> None:
    panel = RolesPanel(env)
    qtbot.addWidget(panel)
    meeting = session_named(env.services, "Team meeting 5")
    panel.set_session(meeting)
    combo = panel.combos[Role.CHAIR]
    assert combo.currentIndex() == 0  # not recorded yet
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    (chair,) = plan(env).roles(meeting)
    assert (chair.role, chair.holder) == (Role.CHAIR, Holder.FACILITATOR)
    left = panel.combos[Role.TIMEKEEPER].findText("Dave H (has left)")
    assert left > 0


def _colour_share(image: QImage, colour: str, area: tuple[int, int, int, int]) -> float:
    want = QColor(colour)
    x0, y0, w, h = area
    hits = total = 0
    for x in range(x0, x0 + w, 6):
        for y in range(y0, y0 + h, 6):
            total += 1
            px = image.pixelColor(x, y)
            hits += abs(px.red() - want.red()) + abs(px.green() - want.green()) + \
                abs(px.blue() - want.blue()) < 24
    return hits / total


def test_projector_views_and_screenshots(env: GuiEnv, qtbot: QtBot, artifacts: Path) -> None:
    tests_panel, home = RapidTestsPanel(env), ProgrammeHome(env)
    qtbot.addWidget(tests_panel)
    qtbot.addWidget(home)
    projector = env.projector
    qtbot.addWidget(projector)  # type: ignore[arg-type]
    projector.show()  # type: ignore[attr-defined]
    qtbot.mouseClick(tests_panel.buttons["project"], Qt.MouseButton.LeftButton)
    assert projector.current_view() == TESTS_VIEW
    qtbot.waitExposed(projector)  # type: ignore[arg-type]
    board = projector.view(TESTS_VIEW).grab().toImage()  # type: ignore[attr-defined]
    assert (board.width(), board.height()) == (1920, 1080)
    board.save(str(artifacts / "programme-test-board-1920.png"))
    # Each stage's heading band is painted in its colour, in its quarter of the screen.
    for i, stage in enumerate(TestStage):
        band = (60 + i * 470, 160, 300, 40)
        assert _colour_share(board, STAGE_COLOURS[stage.value], band) > 0.5, stage
    qtbot.mouseClick(home.celebrate_button, Qt.MouseButton.LeftButton)
    assert projector.current_view() == CELEBRATION_VIEW
    party = projector.view(CELEBRATION_VIEW)  # type: ignore[attr-defined]
    home.set_session(session_named(env.services, "Day-50 celebration"))
    figures = party.figures  # type: ignore[attr-defined]
    assert (figures.day_label, figures.tests_tried, len(figures.tests_adopted),
            figures.actions_done, figures.people_involved) == ("Day 50 of 100", 6, 1, 4, 52)
    shot = party.grab().toImage()  # type: ignore[attr-defined]
    shot.save(str(artifacts / "programme-celebration-day50-1920.png"))
    assert _colour_share(shot, "#ffd23f", (0, 220, 1920, 160)) > 0.01  # the big yellow figures
    home.set_session(None)
    assert party.figures.day_label == "Day 61 of 100"  # type: ignore[attr-defined]
    quotes = party.figures.quotes  # type: ignore[attr-defined]
    assert quotes, "the demo's shareable stories give the screen some words"
    kept_in_room = [row["text"] for row in env.services.ctx.db.query(
        "SELECT note.text FROM note JOIN story ON story.id = note.story_id "
        "JOIN attendee ON attendee.id = story.teller_id "
        "WHERE story.consent = 'room' OR attendee.words = 'room'")]
    assert kept_in_room
    assert not {q.text for q in quotes} & set(kept_in_room)
    party.grab().save(str(artifacts / "programme-celebration-now-1920.png"))  # type: ignore[attr-defined]


def test_home_screenshot(env: GuiEnv, qtbot: QtBot, artifacts: Path) -> None:
    home = ProgrammeHome(env)
    qtbot.addWidget(home)
    home.resize(1280, 760)
    home.show()
    qtbot.waitExposed(home)
    image = home.grab().toImage()
    image.save(str(artifacts / "programme-home-timeline.png"))
    strip = home.strip.grab().toImage()
    assert _colour_share(strip, "#D55E00", (0, 0, strip.width(), strip.height())) > 0.005
