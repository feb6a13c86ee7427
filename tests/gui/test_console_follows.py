"""Seams between features, through the real console: a new session from the agenda's template menu
is selected everywhere; the room moving on in the agenda brings the right tool forward."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from coprod_desktop.clock import FakeClock
from coprod_desktop.gui.agenda.agenda_panel import AgendaPanel
from coprod_desktop.gui.agenda.new_session_dialog import NewSessionDialog
from coprod_desktop.store.phone_reader import PhoneReader
from tests.gui.gui_helpers import next_turn


def _fill_new_session_dialog(title: str) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, NewSessionDialog)
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("team-meeting"))
    dialog.title_edit.setText(title)
    dialog.create()


def test_new_session_from_a_template_is_selected_in_the_whole_console(
        make_app, demo_path: Path, qtbot, clock: FakeClock) -> None:
    clock.set(datetime(2026, 11, 24, 12, 0, tzinfo=UTC))
    app = make_app()
    app.start(demo_path)
    view = app.console.view
    first = view.env.services.read.sessions()[0].id
    view.side.select(first)  # look at the discovery workshop first
    view.build_all()  # panels are built when first shown: build them all, hidden, for this test
    agenda = view.panel("Agenda")
    assert isinstance(agenda, AgendaPanel)
    view.show_panel(agenda)
    menu_item = agenda.template_button.menu().actions()[0]
    assert menu_item.text() == "New session from a template…"
    QTimer.singleShot(0, lambda: _fill_new_session_dialog("Extra meeting about transport"))
    menu_item.trigger()

    made = next(s for s in view.env.services.read.sessions()
                if s.title == "Extra meeting about transport")
    assert view.current_session() == made.id
    assert view.side.list.currentItem().text().startswith("Extra meeting about transport")
    followers = [p for p in view.panels if hasattr(p, "session_id")]
    assert len(followers) >= 8
    # A hidden panel is not refreshed for the switch; it catches up once, when it is shown.
    assert view.panel("Overview").session_id != made.id
    for panel in followers:
        view.show_panel(panel)
    assert {p.title: p.session_id for p in followers} == {p.title: made.id for p in followers}
    assert agenda.model.rowCount() == len(view.env.services.read.activities(made.id)) > 0
    welcome = app.projector.view("welcome")
    assert welcome.session_id == made.id
    assert welcome.session.text() == "Extra meeting about transport"

    # The panel asks through `session_requested`, which the console wires to the side list.
    agenda.session_requested.emit(first)
    assert view.current_session() == first and agenda.session_id == first
    assert welcome.session_id == first


def test_review_actions_step_opens_the_action_review(make_app, demo_path: Path, qtbot,
                                                     clock: FakeClock, artifacts: Path) -> None:
    clock.set(datetime(2026, 11, 24, 18, 1, tzinfo=UTC))  # Team meeting 5, just begun
    app = make_app()
    app.start(demo_path)
    app.console.resize(1600, 1000)
    view = app.console.view
    services = view.env.services
    services.agenda.zone = UTC  # the demo's times are UTC
    session_id = view.current_session()
    assert services.read.session(session_id).title == "Team meeting 5"
    agenda = view.panel("Agenda")
    assert isinstance(agenda, AgendaPanel)
    view.show_panel(agenda)
    agenda.set_session(session_id)
    steps = [item.activity.method for item in services.agenda.agenda(session_id).items]
    assert steps[:3] == ["check-in-round", "review-actions", "review-tests"]
    actions = view.panel("Actions")
    actions.tabs.setCurrentIndex(1)  # the facilitator last looked at all actions
    started: list[tuple[int, str]] = []
    agenda.source.activity_started.connect(lambda aid, tool: started.append((aid, tool)))

    agenda.runner_bar.buttons["toggle"].click()  # Start: the check-in round
    assert started[-1][1] == "round"
    assert agenda.tool_button.text() == "Open: Equal-time round  ▸"
    agenda.runner_bar.buttons["next"].click()  # the room moves on to the action review
    review_step = services.agenda.agenda(session_id).items[1]
    assert started[-1] == (review_step.id, "actions")
    assert agenda.model.index(1, 5).data() == "Action review"
    assert actions.tabs.currentWidget() is actions.review  # ready before anyone looks
    assert view.current_panel() is agenda  # the runner keys stay where they work
    assert view.run.current_tool() is view.panel("Rounds")  # Run shows the last tool used
    assert agenda.tool_button.isVisible()
    assert agenda.tool_button.text() == "Open: Action review  ▸"
    next_turn(qtbot)
    app.console.grab().save(str(artifacts / "integrate-agenda-review-step.png"))

    agenda.tool_button.click()
    assert view.current_panel() is actions
    assert actions.review.heading.text().startswith("Review actions at ‘Team meeting 5’")
    next_turn(qtbot)
    app.console.grab().save(str(artifacts / "integrate-actions-review-opened.png"))

    agenda.runner_bar.buttons["next"].click()  # reviewing the tests: a round again
    assert started[-1][1] == "round"
    agenda.runner_bar.buttons["toggle"].click()  # paused: the tool stays one click away
    assert agenda.tool_button.text() == "Open: Equal-time round  ▸"
    agenda.tool_button.click()
    assert view.current_panel() is view.panel("Rounds")


def test_board_per_activity_follows_the_room(make_app, demo_path: Path, qtbot,
                                             clock: FakeClock, artifacts: Path) -> None:
    clock.set(datetime(2026, 11, 24, 18, 1, tzinfo=UTC))  # Team meeting 5, just begun
    app = make_app()
    app.start(demo_path)
    app.console.resize(1600, 1000)
    view = app.console.view
    services = view.env.services
    session_id = view.current_session()
    board = view.panel("Board")
    agenda = view.panel("Agenda")
    assert isinstance(agenda, AgendaPanel)
    view.show_panel(board)
    board.toolbar.per_activity.trigger()  # one board per activity, through the real toolbar
    qtbot.waitUntil(lambda: board.activity_action.isVisible())
    items = services.agenda.agenda(session_id).items
    assert board.activity.currentData() == items[0].id  # not started: the first board

    agenda.runner_bar.buttons["toggle"].click()  # the clicker would do the same
    agenda.runner_bar.buttons["next"].click()
    agenda.runner_bar.buttons["next"].click()
    agenda.runner_bar.buttons["next"].click()  # How might we…? (a board step)
    live = services.agenda.agenda(session_id).current
    assert live is not None and live.id == items[3].id
    assert board.activity.currentData() == live.id
    assert board.scene.activity_id == live.id
    assert board.projector.view.scene() is board.scene  # the projector shows the same board

    services.phones.open_sign_in(session_id)
    room = PhoneReader(services.file.db).room(session_id)
    assert room is not None
    phone = "p" * 32
    services.phones.sign_in(room.token, phone, name="Ade", group="parent_carer")
    services.phones.set_notes_open(session_id, True)
    note_id = int(services.phones.post_note(phone, "How might we text families weekly?")
                  .new_id or 0)
    assert services.read.note(note_id).activity_id == live.id
    assert note_id in board.scene.notes  # on the board the room is looking at
    next_turn(qtbot)
    app.console.grab().save(str(artifacts / "integrate-board-follows-activity.png"))

    app.console.action("undoAction").trigger()  # Ctrl+Z after Next: back one activity
    assert board.activity.currentData() == items[2].id
    assert note_id not in board.scene.notes
