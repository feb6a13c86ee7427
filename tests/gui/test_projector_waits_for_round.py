"""The room moving on to a round activity: the projector keeps the activity card (its title,
instructions and timer) until a round is under way, then shows the round (rev1 item 9)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from coprod_desktop.clock import FakeClock
from coprod_desktop.gui.agenda.agenda_panel import AgendaPanel
from coprod_desktop.gui.agenda.projector_view import VIEW_KEY as AGENDA_VIEW
from coprod_desktop.gui.levelling.round_view import RoundProjectorView
from coprod_desktop.store.phone_reader import PhoneReader
from tests.gui.gui_helpers import next_turn


def test_moving_on_to_a_round_keeps_the_activity_until_the_round_starts(
        make_app, demo_path: Path, qtbot, clock: FakeClock, artifacts: Path) -> None:
    clock.set(datetime(2026, 11, 24, 18, 1, tzinfo=UTC))  # Team meeting 5, just begun
    app = make_app()
    app.start(demo_path)
    view = app.console.view
    view.env.services.agenda.zone = UTC
    session_id = view.current_session()
    agenda = view.panel("Agenda")
    assert isinstance(agenda, AgendaPanel)
    view.show_panel(agenda)
    agenda.set_session(session_id)
    projector = app.projector
    services = view.env.services
    services.phones.open_sign_in(session_id)
    room = PhoneReader(services.file.db).room(session_id)
    assert room is not None
    for n, name in enumerate(("Ade", "Bea")):
        services.phones.sign_in(room.token, str(n) * 32, name=name, group="parent_carer")
    started: list[tuple[int, str]] = []
    agenda.source.activity_started.connect(lambda aid, tool: started.append((aid, tool)))

    agenda.runner_bar.buttons["toggle"].click()  # Start: the check-in round, none made yet
    assert started[-1][1] == "round"
    rounds = view.panel("Rounds")
    qtbot.waitUntil(lambda: view.run.current_tool() is rounds)
    # Whatever the projector does next happens on the next turn of the event loop.
    qtbot.waitUntil(lambda: projector.current_view() == AGENDA_VIEW)
    agenda.runner_bar.buttons["next"].click()  # the action review
    agenda.runner_bar.buttons["next"].click()  # reviewing the tests: a round again
    assert started[-1][1] == "round"
    step = services.agenda.agenda(session_id).items[2].activity
    card = projector.view(AGENDA_VIEW)
    qtbot.waitUntil(lambda: card.title_label.text() == step.title)
    next_turn(qtbot)  # the projector follows the tool on the turn after the runner's update
    assert projector.current_view() == AGENDA_VIEW  # the activity card, not "No round yet"
    assert card.title_label.text() == step.title and card.instructions_label.text()
    projector.show()
    projector.resize(1024, 768)
    qtbot.waitExposed(projector)
    projector.grab().save(str(artifacts / "projector-round-activity-before-start.png"))

    # The facilitator makes a round from the people here and starts it: now the round is up.
    rounds.create_round()
    next_turn(qtbot)
    assert rounds.state is not None
    assert projector.current_view() == AGENDA_VIEW  # made, not started: still the activity
    rounds.buttons["start"].click()
    qtbot.waitUntil(lambda: projector.current_view() == RoundProjectorView.KEY)
    projector.grab().save(str(artifacts / "projector-round-activity-started.png"))
