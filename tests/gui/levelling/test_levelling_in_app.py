"""The levelling tabs inside the real app, on the demo programme."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from coprod_desktop.gui.levelling.round_view import RoundProjectorView


def test_levelling_tabs_show_the_demo_discovery_workshop(make_app, demo_path: Path, qtbot,
                                                         artifacts: Path) -> None:
    app = make_app()
    app.start(demo_path)
    view = app.console.view
    services = app.current.services
    discovery = next(s.id for s in services.read.sessions() if s.kind == "discovery")
    view.side.select(discovery)
    assert view.run is not None
    titles = [view.run.tools.tabText(i) for i in range(view.run.tools.count())]
    assert {"Rounds", "Discussion", "Stories"} <= set(titles)  # the Run screen's tools

    rounds = view.panel("Rounds")
    view.show_panel(rounds)
    assert rounds.rounds.count() == 2 and "finished" in rounds.rounds.currentText()
    assert rounds.turns.count() == 52
    discussion = view.panel("Discussion")
    view.show_panel(discussion)
    figures = discussion.balance.figures.text()
    assert "Parent or carer: 50% of the room" in figures and "Staff: 27% of the room" in figures
    discussion.balance.project()
    app.projector.resize(1920, 1080)
    app.projector.grab().save(str(artifacts / "levelling-projector-balance-demo.png"))
    stories = view.panel("Stories")
    view.show_panel(stories)
    assert stories.wall.count() == 5
    app.console.resize(1400, 900)
    for tab in (rounds, discussion, stories):
        view.show_panel(tab)
        app.console.grab().save(str(artifacts / f"levelling-app-{tab.title.lower()}.png"))

    view.show_panel(rounds)
    app.console.activateWindow()
    qtbot.waitUntil(app.console.isActiveWindow)
    rounds.turns.setFocus()
    qtbot.keyClick(rounds.turns, Qt.Key.Key_F6)  # the Run screen's one "show this" key
    assert app.projector.current_view() == RoundProjectorView.KEY
    assert rounds.view.current_picture().heading == "Round complete"


def test_a_round_survives_closing_the_app_mid_turn(make_app, demo_path: Path, qtbot,
                                                   clock) -> None:
    first = make_app()
    first.start(demo_path)
    view = first.console.view
    discovery = next(s.id for s in first.current.services.read.sessions()
                     if s.kind == "discovery")
    view.side.select(discovery)
    rounds = view.panel("Rounds")
    view.show_panel(rounds)
    rounds.name_edit.setText("Idea round")
    rounds.seconds.setValue(120)
    rounds.make.click()
    rounds.buttons["start"].click()
    clock.advance(45)
    rounds.buttons["next"].click()
    clock.advance(30)
    speaker = rounds.state.current.attendee_id
    first.console.close()  # closes the file mid-turn
    assert first.current is None

    clock.advance(5)  # a quick restart: the turn carried on meanwhile
    second = make_app()
    second.start(demo_path)
    view = second.console.view
    view.side.select(discovery)
    rounds = view.panel("Rounds")
    view.show_panel(rounds)
    assert rounds.rounds.currentText() == "Idea round (running)"
    picture = rounds.view.current_picture()
    assert rounds.state.current.attendee_id == speaker
    assert (picture.heading, picture.countdown, picture.progress) == (
        "Speaking now", "1:25", "Turn 2 of 52")
    assert rounds.state.ordered[0].duration_s == 45
