"""The console (1440×900) and the projector (1920×1080) in both themes, on the demo programme:
open discussion with the balance on the wall, a round part-way through a turn, and the board at
fit-all. Saved as artifacts/polish-*.png for people to look at; each view must be in its theme."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from coprod_desktop.clock import FakeClock
from coprod_desktop.facilitation.countdown import Stage
from coprod_desktop.gui.levelling import style
from coprod_desktop.gui.levelling.balance_view import BalanceProjectorView
from coprod_desktop.gui.levelling.round_panel import STAGE_CSS
from coprod_desktop.gui.levelling.round_view import RoundProjectorView
from tests.gui.gui_helpers import next_turn


def _session(app, start: str) -> int:
    return next(s.id for s in app.current.services.read.sessions() if s.title.startswith(start))


def _corner(widget: QWidget) -> QColor:
    return widget.grab().toImage().pixelColor(3, widget.height() - 3)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_discussion_round_and_board_in_both_themes(make_app, demo_path: Path, qtbot,
                                                   clock: FakeClock, artifacts: Path,
                                                   theme: str) -> None:
    clock.set(datetime(2026, 11, 24, 18, 5, tzinfo=UTC))  # Team meeting 5 has begun
    app = make_app()
    app.start(demo_path)
    console, projector = app.console, app.projector
    console.action(f"theme_{theme}").trigger()
    console.resize(1440, 900)
    qtbot.waitExposed(console)
    console.action("showProjectorAction").trigger()
    projector.resize(1920, 1080)
    qtbot.waitUntil(lambda: projector.height() == 1080)
    look = style.LOOKS[theme]
    view = console.view

    def shoot(name: str) -> None:
        next_turn(qtbot)
        console.grab().save(str(artifacts / f"polish-{name}-console-{theme}.png"))
        projector.grab().save(str(artifacts / f"polish-{name}-projector-{theme}.png"))

    # Open discussion at a meeting that was held, and its balance on the wall.
    view.side.select(_session(app, "Team meeting 4"))
    discussion = view.panel("Discussion")
    view.show_panel(discussion)
    discussion.balance.project()
    assert projector.current_view() == BalanceProjectorView.KEY
    balance = projector.view(BalanceProjectorView.KEY)
    assert balance.shares and _corner(balance) == look.background
    shoot("discussion")

    # A round at the meeting under way, ten seconds from the end of the first turn.
    meeting = _session(app, "Team meeting 5")
    services = app.current.services
    regulars = [a.attendee_id for a in services.read.attendance(_session(app, "Team meeting 4"))]
    for attendee in regulars[:8]:  # eight of last time's people sign in on their phones
        services.people.sign_in_attendee(meeting, attendee_id=attendee, via="phone",
                                         initiator="phone")
    view.side.select(meeting)
    rounds = view.panel("Rounds")
    view.show_panel(rounds)
    rounds.name_edit.setText("What has changed since last time?")
    rounds.create_round()
    rounds.start()
    clock.advance(rounds.seconds.value() - 10)
    rounds.env.ticker.tick.emit()
    assert projector.current_view() == RoundProjectorView.KEY
    shown = projector.view(RoundProjectorView.KEY)
    assert shown.current_picture().stage is Stage.WARNING
    assert _corner(shown) == look.background
    # The console's own countdown reads on its background in either theme (it was near-black
    # on the dark console).
    assert STAGE_CSS[theme][Stage.WARNING] in rounds.countdown.styleSheet()
    console.action(f"theme_{'dark' if theme == 'light' else 'light'}").trigger()
    assert STAGE_CSS["dark" if theme == "light" else "light"][Stage.WARNING] in \
        rounds.countdown.styleSheet()
    console.action(f"theme_{theme}").trigger()
    shoot("round")

    # The discovery workshop's board, everything in view.
    view.side.select(_session(app, "Discovery workshop"))
    board = view.panel("Board")
    view.show_panel(board)
    qtbot.waitUntil(lambda: len(board.scene.notes) > 250)
    board.view.fit_all()
    projector.show_view("board")
    room = projector.view("board")
    assert room.theme == theme
    # The whole board on the wall, the story clusters at its right included, beside the results
    # (once the projector has refitted, on the next turn of the event loop).
    next_turn(qtbot)
    assert room.results.isVisible()
    shown = room.view.mapToScene(room.view.viewport().rect()).boundingRect()
    assert shown.contains(board.scene.content_rect(for_projector=True))
    shoot("board")
