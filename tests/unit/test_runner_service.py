"""Running a session through the services on a FakeClock, with a real file, and undo of commands."""

from __future__ import annotations

from datetime import UTC, timedelta
from pathlib import Path

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.agenda import RunState
from coprod_desktop.domain.errors import ConflictError, ValidationError
from coprod_desktop.facilitation.countdown import Stage
from coprod_desktop.services import Services
from coprod_desktop.store.programme_file import ProgrammeFile


@pytest.fixture
def agenda(services: Services, session_id: int) -> list[int]:
    """Three activities of 10, 20 and 5 minutes; the session starts now (09:30 UTC)."""
    services.agenda.zone = UTC
    return [int(services.agenda.add_activity(session_id, title, minutes).new_id or 0)
            for title, minutes in (("Check-in", 10), ("Stories", 20), ("Check-out", 5))]


def test_no_activities_is_a_plain_message(services: Services, session_id: int) -> None:
    with pytest.raises(ValidationError, match="no activities yet"):
        services.runner.start(session_id)


def test_a_session_runs_through_and_records_actual_times(services: Services, session_id: int,
                                                         clock: FakeClock,
                                                         agenda: list[int]) -> None:
    started = clock.now()
    services.runner.start(session_id)
    live = services.agenda.live(session_id)
    assert live.state is RunState.RUNNING and live.current_index == 0
    clock.advance(9 * 60)
    assert services.agenda.live(session_id).stage is Stage.WARNING
    clock.advance(3 * 60)  # two minutes over
    live = services.agenda.live(session_id)
    assert live.stage is Stage.OVERTIME and live.remaining_s == -120
    assert live.drift_s == 120
    services.runner.next(session_id)
    clock.advance(15 * 60)  # stories cut short by 5 minutes
    services.runner.next(session_id)
    assert services.agenda.live(session_id).drift_s == pytest.approx(-180)
    clock.advance(5 * 60)
    finish = services.runner.next(session_id)
    assert finish.label == "Finish the session"
    live = services.agenda.live(session_id)
    assert live.state is RunState.FINISHED and live.drift_s == -180
    items = services.agenda.agenda(session_id).items
    assert [(i.started_at - started, i.ended_at - started) for i in items] == [  # type: ignore[operator]
        (timedelta(0), timedelta(minutes=12)),
        (timedelta(minutes=12), timedelta(minutes=27)),
        (timedelta(minutes=27), timedelta(minutes=32)),
    ]
    with pytest.raises(ConflictError, match="already finished"):
        services.runner.next(session_id)


def test_pause_resume_and_extend(services: Services, session_id: int, clock: FakeClock,
                                 agenda: list[int]) -> None:
    services.runner.toggle(session_id)
    clock.advance(60)
    services.runner.toggle(session_id)
    assert services.agenda.live(session_id).state is RunState.PAUSED
    clock.advance(600)
    assert services.agenda.live(session_id).remaining_s == 540
    resumed = services.runner.toggle(session_id)
    assert resumed.label == "Resume ‘Check-in’"
    services.runner.extend(session_id, 5)
    services.runner.extend(session_id, 1)
    assert services.agenda.live(session_id).remaining_s == 540 + 360
    with pytest.raises(ValidationError, match="1 or 5 minutes"):
        services.runner.extend(session_id, 30)


def test_commands_before_start_explain_themselves(services: Services, session_id: int,
                                                  agenda: list[int]) -> None:
    for command in (services.runner.next, services.runner.previous, services.runner.pause):
        with pytest.raises(ConflictError):
            command(session_id)
    with pytest.raises(ConflictError, match="Nothing is running to extend"):
        services.runner.extend(session_id, 1)
    services.runner.start(session_id)
    with pytest.raises(ConflictError, match="first activity"):
        services.runner.previous(session_id)


def test_previous_goes_back_and_the_timer_carries_on(services: Services, session_id: int,
                                                     clock: FakeClock, agenda: list[int]) -> None:
    services.runner.start(session_id)
    clock.advance(240)
    services.runner.next(session_id)
    clock.advance(30)
    services.runner.previous(session_id)
    live = services.agenda.live(session_id)
    assert live.current_index == 0 and live.state is RunState.RUNNING
    assert live.remaining_s == 360
    assert live.current.ended_at is None  # type: ignore[union-attr]
    clock.advance(60)
    services.runner.next(session_id)
    assert services.agenda.live(session_id).remaining_s == 20 * 60 - 30  # stories kept its 30 s


def test_previous_after_finishing_reopens_the_last(services: Services, session_id: int,
                                                   clock: FakeClock, agenda: list[int]) -> None:
    services.runner.start(session_id)
    for _ in agenda:
        clock.advance(60)
        services.runner.next(session_id)
    services.runner.previous(session_id)
    live = services.agenda.live(session_id)
    assert live.state is RunState.RUNNING and live.current_index == 2


def test_undo_next_goes_back_as_if_never_left(services: Services, session_id: int,
                                              clock: FakeClock, agenda: list[int]) -> None:
    services.runner.start(session_id)
    clock.advance(100)
    step = services.runner.next(session_id)
    assert step.revision_id is not None
    clock.advance(20)
    services.history.undo(int(step.revision_id))
    live = services.agenda.live(session_id)
    assert live.current_index == 0 and live.state is RunState.RUNNING
    assert live.remaining_s == 600 - 120
    assert services.agenda.agenda(session_id).items[1].started_at is None


def test_undo_pause_means_the_time_ran_on(services: Services, session_id: int, clock: FakeClock,
                                          agenda: list[int]) -> None:
    services.runner.start(session_id)
    clock.advance(60)
    pause = services.runner.pause(session_id)
    clock.advance(60)
    services.history.undo(int(pause.revision_id or 0))
    assert services.agenda.live(session_id).remaining_s == 480


def test_undo_start_returns_to_not_started(services: Services, session_id: int,
                                           agenda: list[int]) -> None:
    start = services.runner.start(session_id)
    services.history.undo(int(start.revision_id or 0))
    assert services.agenda.live(session_id).state is RunState.NOT_STARTED


def test_resume_after_restart_from_the_file(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "restart.coprod"
    first = Services(ProgrammeFile.create(path), clock)
    first.programme.create_programme("Restart test")
    session_id = int(first.agenda.new_session_from_template(
        "team-meeting", "Meeting", "2026-03-03", starts_at="09:30").new_id or 0)
    first.runner.start(session_id)
    clock.advance(200)
    first.runner.extend(session_id, 1)
    first.close()  # as if the app were killed: every command was already committed
    clock.advance(100)  # the laptop restarts; the activity keeps running meanwhile
    reopened = Services(ProgrammeFile.open(path), clock)
    try:
        reopened.agenda.zone = UTC
        live = reopened.agenda.live(session_id)
        assert live.state is RunState.RUNNING and live.current_index == 0
        assert live.remaining_s == 600 + 60 - 300
        assert live.drift_s == 60
        reopened.runner.pause(session_id)
    finally:
        reopened.close()
    clock.set(clock.now() + timedelta(hours=16))  # paused overnight, closed
    again = Services(ProgrammeFile.open(path), clock)
    try:
        live = again.agenda.live(session_id)
        assert live.state is RunState.PAUSED and live.remaining_s == 360
        again.runner.start(session_id)
        clock.advance(360)
        assert again.agenda.live(session_id).stage is Stage.OVERTIME
    finally:
        again.close()


def test_delete_session_with_a_runner(services: Services, session_id: int,
                                      agenda: list[int]) -> None:
    services.runner.start(session_id)
    change = services.sessions.delete_session(session_id)
    assert services.read.sessions() == []
    services.history.undo(int(change.revision_id or 0))
    assert services.agenda.live(session_id).state is RunState.RUNNING
