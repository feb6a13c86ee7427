"""The agenda through the real console and projector windows: run a session, undo Next with Ctrl+Z."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt

from coprod_desktop.domain.agenda import RunState
from coprod_desktop.gui.agenda.agenda_panel import AgendaPanel
from coprod_desktop.gui.agenda.projector_view import VIEW_KEY
from tests.gui.gui_helpers import next_turn


def _key(qtbot, widget, key: Qt.Key) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    qtbot.keyClick(widget, key)


def test_run_the_next_meeting_from_the_console(make_app, demo_path: Path, qtbot, clock,
                                               artifacts: Path) -> None:
    clock.set(datetime(2026, 11, 24, 18, 2, tzinfo=UTC))  # the upcoming meeting, just begun
    app = make_app()
    app.start(demo_path)
    qtbot.waitExposed(app.console)
    services = app.current.services
    services.agenda.zone = UTC  # the demo's times are UTC
    view = app.console.view
    session_id = view.current_session()
    assert services.read.session(session_id).title == "Team meeting 5"
    panel = view.panel("Agenda")
    assert isinstance(panel, AgendaPanel)
    view.show_panel(panel)
    panel.set_session(session_id)  # picks up the zone set above
    assert panel.model.rowCount() == 9  # the team meeting's eight, and the check-out questions
    assert panel.runner_bar.drift_label.text() == "2 min past the planned start"

    _key(qtbot, panel.table, Qt.Key.Key_Space)
    assert services.agenda.live(session_id).state is RunState.RUNNING
    assert app.projector.current_view() == VIEW_KEY
    projector_view = panel.projector_view
    assert projector_view.title_label.text() == "Check-in round"

    clock.advance(9 * 60)
    app.ticker.tick.emit()
    assert projector_view.stage_label.text() == "Nearly time"
    assert projector_view.time_label.text() == "1:00"
    _key(qtbot, panel.table, Qt.Key.Key_PageDown)
    assert projector_view.title_label.text() == "Review our actions"
    assert panel.runner_bar.drift_label.text() == "Session: 1 min behind"

    app.console.action("undoAction").trigger()  # Ctrl+Z after Next: back to the check-in
    assert projector_view.title_label.text() == "Check-in round"
    assert services.agenda.live(session_id).current_index == 0
    app.console.action("redoAction").trigger()
    assert projector_view.title_label.text() == "Review our actions"

    clock.advance(15 * 60)
    app.ticker.tick.emit()
    assert projector_view.stage_label.text() == "Over time"
    assert projector_view.time_label.text() == "+5:00"
    app.console.resize(1600, 1000)
    next_turn(qtbot)
    app.console.grab().save(str(artifacts / "agenda-console-in-app.png"))
