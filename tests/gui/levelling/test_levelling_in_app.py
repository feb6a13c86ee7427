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
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())][-3:] == [
        "Rounds", "Discussion", "Stories"]

    rounds = view.panel("Rounds")
    assert rounds.rounds.count() == 2 and "finished" in rounds.rounds.currentText()
    assert rounds.turns.count() == 52
    discussion = view.panel("Discussion")
    figures = discussion.balance.figures.text()
    assert "Parent or carer: 50% of the room" in figures and "Staff: 27% of the room" in figures
    stories = view.panel("Stories")
    assert stories.wall.count() == 5
    app.console.resize(1400, 900)
    for tab in (rounds, discussion, stories):
        view.tabs.setCurrentWidget(tab)
        app.console.grab().save(str(artifacts / f"levelling-app-{tab.title.lower()}.png"))

    view.tabs.setCurrentWidget(rounds)
    app.console.activateWindow()
    qtbot.waitUntil(app.console.isActiveWindow)
    rounds.turns.setFocus()
    qtbot.keyClick(rounds.turns, Qt.Key.Key_F6)
    assert app.projector.current_view() == RoundProjectorView.KEY
    assert rounds.view.current_picture().heading == "Round complete"
