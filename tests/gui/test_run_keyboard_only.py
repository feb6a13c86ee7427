"""A whole discovery session run from the Run screen with the keyboard only: sign-in, the agenda,
a round, a story turn, board notes (typed and pasted), clustering, a dot vote and the focus. The
projector follows the run, and the sign-in code is up only while sign-in is the tool in front.

Only the setting up is done without keys (a new session from the Discovery template, the
clipboard a facilitator copied from, and the dots phones cast): everything the facilitator does is
a key press.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.agenda import RunState
from coprod_desktop.domain.levelling import RoundStatus, StoryStatus
from coprod_desktop.gui.board.arrange import overlapping
from coprod_desktop.gui.board.room_tools import board_boxes
from tests.gui.gui_helpers import next_turn

Key = Qt.Key
CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


def press(key: Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    QTest.keyClick(target, key, mods)
    QApplication.processEvents()


def type_text(text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClicks(target, text)
    QApplication.processEvents()


def tab_to(target: QWidget, limit: int = 60) -> int:
    """Press Tab until `target` has the focus; how many presses it took."""
    for presses in range(1, limit + 1):
        press(Key.Key_Tab)
        if QApplication.focusWidget() is target:
            return presses
    raise AssertionError(f"{limit} presses of Tab never reached {target!r}")


def has_note_yellow(image) -> bool:
    for x in range(0, image.width(), 3):
        for y in range(0, image.height(), 3):
            c = image.pixelColor(x, y)
            if c.red() > 200 and c.green() > 180 and c.blue() < 160:
                return True
    return False


def shoot(projector: QWidget, artifacts: Path, name: str) -> None:
    projector.resize(1920, 1080)
    QApplication.processEvents()
    projector.grab().save(str(artifacts / f"projector-follows-{name}.png"))


def test_a_discovery_session_from_the_run_screen_by_keyboard(
        make_app, demo_path: Path, qtbot, clock: FakeClock, artifacts: Path) -> None:
    clock.set(datetime(2026, 11, 26, 9, 30, tzinfo=UTC))
    app = make_app()
    app.start(demo_path)
    console, projector = app.console, app.projector
    console.resize(1280, 720)
    qtbot.waitExposed(console)
    view = console.view
    services = view.env.services
    services.agenda.zone = UTC
    made = services.agenda.new_session_from_template(
        "discovery-workshop", "Discovery 2", date(2026, 11, 26), starts_at=time(9, 30))
    session = int(made.new_id)
    view.side.select(session)
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    run = view.run
    assert run is not None

    # Ctrl+2: the Run screen, with sign-in in front.
    press(Key.Key_2, CTRL)
    assert view.place() == "run"
    signin = view.panel("Sign-in")
    assert run.current_tool() is signin
    name = signin.attendance.name
    presses = tab_to(name)  # the attendance table no longer traps Tab
    assert presses < 30
    for person in ("Asha", "Ben", "Cara", "Dev"):
        type_text(person)
        press(Key.Key_Return)
    assert [a.name for a in services.read.present(session)] == ["Asha", "Ben", "Cara", "Dev"]
    press(Key.Key_F6)  # show this (sign-in) on the projector
    assert projector.current_view() == "signin"
    qtbot.waitUntil(lambda: run.glance.text("signed_in").startswith("4"))
    shoot(projector, artifacts, "1-signin")
    # Ctrl+Tab to the next tool: the sign-in code does not stay up behind it.
    press(Key.Key_Tab, CTRL)
    assert run.current_tool() is view.panel("Rounds")
    assert projector.current_view() == "agenda"
    press(Key.Key_Backtab, CTRL | SHIFT)
    assert run.current_tool() is signin

    # F9 starts the agenda; the projector leaves the sign-in code for the agenda.
    press(Key.Key_F9)
    qtbot.waitUntil(lambda: projector.current_view() == "agenda")
    shoot(projector, artifacts, "2-agenda")
    assert run.strip.bar.now_label.text() == "Now: Welcome and why we are here"
    assert run.strip.next_label.text().startswith("Next: First names, no job titles")

    # Alt+Page Down: the round comes forward here; the room keeps the activity's card (its
    # title, instructions and timer) until the round starts, then sees the round.
    press(Key.Key_PageDown, ALT)
    rounds = view.panel("Rounds")
    assert run.current_tool() is rounds
    agenda_card = projector.view("agenda")
    qtbot.waitUntil(lambda: agenda_card.title_label.text() == "First names, no job titles")
    next_turn(qtbot)
    assert projector.current_view() == "agenda"
    press(Key.Key_R, CTRL)  # New round from the people here
    assert rounds.state is not None and len(rounds.state.ordered) == 4
    press(Key.Key_Return)  # start
    qtbot.waitUntil(lambda: projector.current_view() == "levelling.round")
    shoot(projector, artifacts, "3-round")
    for _ in range(3):
        clock.advance(20)
        press(Key.Key_N)
    press(Key.Key_E, CTRL | SHIFT)  # end the round (Ctrl+E is File › Export)
    assert rounds.state.round.status is RoundStatus.FINISHED

    # The working agreement on the board: a typed note and three pasted lines.
    press(Key.Key_PageDown, ALT)
    board = view.panel("Board")
    assert run.current_tool() is board
    qtbot.waitUntil(lambda: projector.current_view() == "board")
    assert QApplication.focusWidget() is board.view
    press(Key.Key_N)
    type_text("Be kind")
    press(Key.Key_Return)
    QApplication.clipboard().setText("Listen\n\nNo jargon\nPhones on silent\n")
    press(Key.Key_V, CTRL | SHIFT)
    shoot(projector, artifacts, "4-board")
    run.refresh_thumbnail()
    assert has_note_yellow(run.thumbnail.pixmap().toImage())  # the thumbnail shows the notes
    console.grab().save(str(artifacts / "run-keyboard-board.png"))
    notes = {n.text for n in services.read.notes(session)}
    assert notes == {"Be kind", "Listen", "No jargon", "Phones on silent"}

    # On to the story circle: one story, told and ended.
    for _ in range(3):
        press(Key.Key_PageDown, ALT)
    stories = view.panel("Stories")
    assert run.current_tool() is stories
    next_turn(qtbot)
    assert projector.current_view() == "agenda"  # no story yet: the activity's card stays up
    tab_to(stories.add_button)
    press(Key.Key_Space)
    assert stories.wall.count() == 1
    press(Key.Key_T)
    qtbot.waitUntil(lambda: projector.current_view() == "levelling.story")
    clock.advance(60)
    shoot(projector, artifacts, "5-story")
    press(Key.Key_E)
    told = services.stories.data.stories(session)
    assert [s.status for s in told] == [StoryStatus.TOLD]

    # Pain points: two notes, clustered by keys, the cluster named; then Arrange.
    press(Key.Key_PageDown, ALT)
    assert run.current_tool() is board and QApplication.focusWidget() is board.view
    for text in ("Waiting lists", "Forms twice"):
        press(Key.Key_N)
        type_text(text)
        press(Key.Key_Return)
    press(Key.Key_A, CTRL)  # every note
    press(Key.Key_G, CTRL)  # into a new cluster, whose name is typed at once
    type_text("Waiting")
    press(Key.Key_Return)
    assert [c.title for c in services.board.read.clusters(session)] == ["Waiting"]
    assert overlapping(board_boxes(board.scene)) == []
    press(Key.Key_A, CTRL | SHIFT)
    assert overlapping(board_boxes(board.scene)) == []

    # The dot vote: opened by key; the phones' dots (set up here) go to the one cluster.
    for _ in range(3):
        press(Key.Key_PageDown, ALT)
    assert run.current_tool() is board
    press(Key.Key_O, CTRL | SHIFT)
    vote = services.board.read.open_round(session)
    assert vote is not None
    waiting = services.board.read.clusters(session)[0].id
    for _ in range(3):
        services.board.votes.cast_vote(vote.id, waiting, via="phone", initiator="phone")
    press(Key.Key_C, CTRL | SHIFT)
    assert services.board.read.open_round(session) is None

    # Choose our focus: the vote's winner, by key.
    press(Key.Key_PageDown, ALT)
    press(Key.Key_F, CTRL | SHIFT)
    assert services.board.read.settings(session).focus == "Waiting"

    # Pin what the projector shows, then finish: it stays on the board.
    press(Key.Key_P, CTRL | SHIFT)
    assert run.pin.isChecked()
    shown = projector.current_view()
    for _ in range(4):  # who else, the check-out round, the check-out questions, finish
        press(Key.Key_PageDown, ALT)
    assert services.agenda.agenda(session).state is RunState.FINISHED
    assert projector.current_view() == shown
    console.grab().save(str(artifacts / "run-keyboard-only-finished.png"))


def test_hand_sign_in_asks_the_name_question_as_phones_do(make_app, demo_path: Path,
                                                          qtbot) -> None:
    app = make_app()
    app.start(demo_path)
    view = app.console.view
    services = view.env.services
    session = view.current_session()
    signin = view.panel("Sign-in")
    view.show_panel(signin)
    attendance = signin.attendance
    assert "Can we put your name in the notes we hand out afterwards?" in \
        attendance.name_answer.toolTip()
    for name, yes in (("Yasmin", True), ("Noor", False)):
        attendance.name.setText(name)
        attendance.name_answer.setChecked(yes)
        attendance.sign_in_by_hand()
        assert not attendance.name_answer.isChecked()  # asked afresh for the next person
    people = {a.name: a for a in services.read.present(session)}
    assert people["Yasmin"].consent.name_in_handouts is True
    assert people["Noor"].consent.name_in_handouts is False
    # The Overview asks the same question.
    overview = view.panel("Overview")
    view.show_panel(overview)
    overview.name.setText("Olu")
    overview.name_answer.setChecked(True)
    overview.sign_in()
    olu = next(a for a in services.read.present(session) if a.name == "Olu")
    assert olu.consent.name_in_handouts is True


def test_a_persons_group_can_be_corrected(make_app, demo_path: Path, qtbot) -> None:
    app = make_app()
    app.start(demo_path)
    view = app.console.view
    services = view.env.services
    session = view.current_session()
    signin = view.panel("Sign-in")
    view.show_panel(signin)
    attendance = signin.attendance
    attendance.name.setText("Priya")
    attendance.group.setCurrentIndex(attendance.group.findData("staff"))
    attendance.sign_in_by_hand()
    row = next(r for r in range(attendance.table.rowCount())
               if attendance.table.item(r, 0).text() == "Priya")
    attendance.table.selectRow(row)
    attendance.regroup.setCurrentIndex(attendance.regroup.findData("parent_carer"))
    attendance.regroup_button.click()
    priya = next(a for a in services.read.present(session) if a.name == "Priya")
    assert priya.group.value == "parent_carer"
    assert "Parent" in attendance.table.item(row, 1).text()
