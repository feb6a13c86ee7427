"""The home view's timeline and day counter through real widgets, on the demo programme."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from programme_support import demo_env, make_env, session_named
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from coprod_desktop.clock import FakeClock
from coprod_desktop.facilitation.timeline import EntryKind
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.programme.calendar_dialog import CalendarDialog
from coprod_desktop.gui.programme.day_counter import DayCounterLabel
from coprod_desktop.gui.programme.home import ProgrammeHome


@pytest.fixture
def env(tmp_path: Path) -> Iterator[GuiEnv]:
    yield from demo_env(tmp_path)


@pytest.fixture
def home(env: GuiEnv, qtbot: QtBot) -> ProgrammeHome:
    widget = ProgrammeHome(env)
    qtbot.addWidget(widget)
    widget.resize(1280, 820)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_home_shows_the_day_what_is_next_and_the_timeline(home: ProgrammeHome) -> None:
    assert home.day.text() == "Day 61 of 100"
    assert home.next.text() == "Team meeting 5 – in 10 days"
    assert home.next_detail.text().startswith("Tuesday 24 November 2026, 18:00 at St Anne's")
    assert home.focus.textFormat() == Qt.TextFormat.PlainText
    kinds = [(e.kind, e.day) for e in home.strip.timeline.entries]  # type: ignore[union-attr]
    assert (EntryKind.MILESTONE, 50) in kinds and (EntryKind.MILESTONE, 100) in kinds
    assert (EntryKind.PLANNED, 85) in kinds and (EntryKind.SESSION, 71) in kinds
    assert "2 overdue" in home.actions_text.text()
    assert "held 3 of 3 roles" in home.ownership_text.text()
    assert home.progress.value() == 61


def test_clicking_a_session_on_the_timeline_asks_for_it(home: ProgrammeHome,
                                                        qtbot: QtBot) -> None:
    strip = home.strip
    strip.repaint()
    meeting = session_named(home.env.services, "Team meeting 3")
    mark = next(m for m in strip.marks if m.entry.session_id == meeting)
    with qtbot.waitSignal(home.session_requested) as asked:
        qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=mark.hit.center().toPoint())
    assert asked.args == [meeting]
    assert strip.entry_at(QPointF(1, 1)) is None


def test_the_day_turns_at_london_midnight_on_the_ticker(home: ProgrammeHome, env: GuiEnv,
                                                        qtbot: QtBot) -> None:
    label = DayCounterLabel(env)
    qtbot.addWidget(label)
    clock = env.clock
    assert isinstance(clock, FakeClock)
    clock.set(datetime(2026, 10, 25, 23, 59, tzinfo=UTC))  # 23:59 GMT: still Sunday, day 41
    env.ticker.tick.emit()
    assert (label.text(), home.day.text()) == ("Day 41 of 100", "Day 41 of 100")
    clock.advance(60)
    env.ticker.tick.emit()
    assert (label.text(), home.day.text()) == ("Day 42 of 100", "Day 42 of 100")


def test_a_refused_date_change_is_explained_in_the_dialog_and_nothing_moves(
        home: ProgrammeHome, env: GuiEnv, qtbot: QtBot) -> None:
    dialog = CalendarDialog(env, home)
    qtbot.addWidget(dialog)
    dialog.length.setValue(60)  # Team meeting 5 (day 71) would fall outside
    dialog.save()
    assert not dialog.message.isHidden()
    assert dialog.message.text() == ("‘Team meeting 5’ on 24 November 2026 would fall outside "
                                     "the programme (15 September 2026 to 13 November 2026). "
                                     "Move it first.")
    assert home.day.text() == "Day 61 of 100"
    dialog.length.setValue(120)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert home.day.text() == "Day 61 of 120"
    # The meeting pattern was saved unchanged, so one undo step takes the length back.
    assert env.undo.stack.undoText() == "Change the programme dates"
    env.undo.stack.undo()
    assert home.day.text() == "Day 61 of 100"


def test_home_without_a_start_date_says_what_to_do(tmp_path: Path, qtbot: QtBot,
                                                   services, clock) -> None:
    widget = ProgrammeHome(make_env(services, clock))
    qtbot.addWidget(widget)
    widget.show()  # a console panel draws changes while it is shown
    assert widget.day.text() == "No start date yet"
    assert "Dates and meetings" in widget.dates.text()
    widget.env.undo.run(lambda: services.calendar.set_calendar("2026-03-01"))
    assert widget.day.text() == "Day 3 of 100"


def test_right_click_menu_adds_a_planned_meeting_and_moves_one(home: ProgrammeHome, env: GuiEnv,
                                                               qtbot: QtBot) -> None:
    from coprod_desktop.gui.programme.calendar_dialog import MoveMeetingDialog, from_qdate, to_qdate

    timeline = home.strip.timeline
    assert timeline is not None
    planned = next(e for e in timeline.entries if e.kind is EntryKind.PLANNED)
    (label, run), = home.entry_actions(planned)
    assert label == "Add this meeting to the calendar"
    run()
    made = [s for s in env.services.read.sessions() if s.date == planned.on]
    assert [s.title for s in made] == ["Team meeting 6"]
    assert all(e.kind is not EntryKind.PLANNED or e.on != planned.on
               for e in home.strip.timeline.entries)  # type: ignore[union-attr]
    meeting = made[0].id
    labels = [text for text, _ in home.entry_actions(
        next(e for e in home.strip.timeline.entries if e.session_id == meeting))]  # type: ignore[union-attr]
    assert labels == ["Open this session", "Move this meeting…"]
    dialog = MoveMeetingDialog(env, meeting)
    qtbot.addWidget(dialog)
    dialog.when.setDate(to_qdate(from_qdate(dialog.when.date()).replace(month=12, day=28)))
    dialog.save()
    assert "after the programme ends on Wednesday 23 December 2026 (day 100)" in \
        dialog.message.text()
    assert env.services.read.session(meeting).date == planned.on


@pytest.mark.parametrize("width", [560, 800, 1280])
def test_labels_never_cover_each_other_in_a_narrow_window(env: GuiEnv, qtbot: QtBot,
                                                          width: int, artifacts: Path) -> None:
    home = ProgrammeHome(env)
    qtbot.addWidget(home)
    home.resize(width, 820)
    home.show()
    qtbot.waitExposed(home)
    strip = home.strip
    strip.grab().save(str(artifacts / f"timeline-{width}.png"))  # paints it, to look at
    labels = [m.hit for m in strip.marks if m.label]
    assert labels, "some labels are written"
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            assert not a.intersects(b), (a, b)
    # Every session and milestone keeps a mark on the axis to point at (with its tooltip).
    entries = strip.timeline.entries  # type: ignore[union-attr]
    dotted = {id(m.entry) for m in strip.marks if not m.label}
    assert all(id(e) in dotted for e in entries)
    # The next meeting (Team meeting 5, in 10 days) is always written, however narrow.
    coming = next(e for e in entries if not e.past and e.kind is not EntryKind.MILESTONE)
    assert coming.title == "Team meeting 5"
    assert any(m.label and m.entry is coming for m in strip.marks)


def test_a_planned_meeting_is_named_in_the_interfaces_language(env: GuiEnv,
                                                               qtbot: QtBot) -> None:
    from coprod_desktop.i18n import language

    clock = env.clock
    assert isinstance(clock, FakeClock)
    clock.set(datetime(2026, 11, 30, 10, 0, tzinfo=UTC))  # after Team meeting 5: a planned one next
    with language("pl"):
        widget = ProgrammeHome(env)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        text = widget.next.text()
    assert text.startswith("Spotkanie zespołu (planowane) – za ")
