"""The demo programme's sessions have agendas from templates; the held ones were run."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from coprod_desktop.demo.builder import build_demo
from coprod_desktop.domain.agenda import RunState
from coprod_desktop.services import Services
from coprod_desktop.store.programme_file import ProgrammeFile


def test_demo_sessions_have_realistic_agendas(tmp_path: Path) -> None:
    path = build_demo(tmp_path / "demo.coprod")
    services = Services(ProgrammeFile.open(path))
    try:
        services.agenda.zone = UTC
        sessions = services.read.sessions()
        held = [s for s in sessions if services.read.attendance(s.id)]
        assert len(held) == len(sessions) - 1  # the last meeting is still to come
        for session in sessions:
            agenda = services.agenda.agenda(session.id)
            assert sum(agenda.durations_s) == session.length_minutes * 60, session.title
            assert len(agenda.items) >= 7
        discovery = services.agenda.agenda(sessions[0].id)
        assert discovery.items[0].activity.method == "welcome-and-purpose"
        assert any(i.activity.method == "dot-vote" for i in discovery.items)
        first_meeting = services.agenda.agenda(sessions[1].id)
        assert "journey-map" in [i.activity.method for i in first_meeting.items]
        for session in held:
            agenda = services.agenda.agenda(session.id)
            assert agenda.state is RunState.FINISHED
            starts = [i.started_at for i in agenda.items]
            ends = [i.ended_at for i in agenda.items]
            assert all(starts) and all(ends)
            assert starts[1:] == ends[:-1]  # each activity began when the one before ended
            assert sum(i.extra_s for i in agenda.items) == 300
            assert starts[0].date() == session.date  # type: ignore[union-attr]
        upcoming = services.agenda.agenda(sessions[-1].id)
        assert upcoming.state is RunState.NOT_STARTED
        assert services.history.revisions() == []
    finally:
        services.close()
