"""View › Theme reaches the agenda's projector view and the console's balance chart, as it reaches
the shell's own views: through the real console menu, the real projector window."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtGui import QColor

from coprod_desktop.clock import FakeClock
from coprod_desktop.gui.agenda.projector_view import VIEW_KEY, AgendaProjectorView
from coprod_desktop.gui.kit.timer_look import DARK, LIGHT
from coprod_desktop.gui.levelling import balance_chart
from coprod_desktop.gui.levelling.balance_chart import BalanceChart


def _corner(widget) -> QColor:
    return widget.grab().toImage().pixelColor(3, widget.height() - 3)


def test_agenda_projector_and_balance_chart_follow_the_theme(make_app, demo_path: Path, qtbot,
                                                             clock: FakeClock,
                                                             artifacts: Path) -> None:
    clock.set(datetime(2026, 11, 24, 18, 1, tzinfo=UTC))  # Team meeting 5, just begun
    app = make_app()
    app.start(demo_path)
    console = app.console
    view = console.view
    agenda = view.panel("Agenda")
    agenda.runner_bar.buttons["toggle"].click()  # starts, and shows the agenda on the projector
    projector = app.projector
    projector.resize(1280, 720)
    assert projector.current_view() == VIEW_KEY
    shown = projector.view(VIEW_KEY)
    assert isinstance(shown, AgendaProjectorView)
    console.resize(1600, 1000)

    def theme(name: str) -> None:
        action = next(a for a in console.actions_.themes.actions() if a.data() == name)
        action.trigger()
        qtbot.waitUntil(lambda: projector.theme == name and shown.theme == name)

    theme("dark")
    assert projector.theme == "dark" and shown.theme == "dark" and shown.look is DARK
    assert _corner(shown) == QColor(DARK.background)
    shown.grab().save(str(artifacts / "integrate-agenda-projector-dark.png"))

    theme("light")
    assert projector.theme == "light" and shown.theme == "light" and shown.look is LIGHT
    assert _corner(shown) == QColor(LIGHT.background)
    assert LIGHT.text in shown.title_label.styleSheet()
    assert LIGHT.box[shown.source.live().stage][0] in shown.box.styleSheet()  # type: ignore[union-attr]
    shown.grab().save(str(artifacts / "integrate-agenda-projector-light.png"))

    # The balance chart, on a meeting that was held (people signed in, talk recorded).
    held = next(s for s in view.env.services.read.sessions() if s.title.startswith("Team meeting 4"))
    view.side.select(held.id)
    discussion = view.panel("Discussion")
    view.show_panel(discussion)
    chart = discussion.findChild(BalanceChart)
    assert chart is not None and chart.shares
    qtbot.waitUntil(lambda: chart.theme is balance_chart.LIGHT)
    assert _corner(chart) == balance_chart.LIGHT.background
    chart.grab().save(str(artifacts / "integrate-balance-chart-light.png"))
    console.grab().save(str(artifacts / "integrate-console-light-discussion.png"))

    theme("dark")  # and back again
    assert chart.theme is balance_chart.DARK
    assert _corner(chart) == balance_chart.DARK.background
    chart.grab().save(str(artifacts / "integrate-balance-chart-dark.png"))
    assert shown.theme == "dark" and _corner(shown) == QColor(DARK.background)


def test_board_projector_follows_a_theme_change_while_it_is_showing(make_app, demo_path: Path,
                                                                     qtbot) -> None:
    app = make_app()
    app.start(demo_path)
    board = app.console.view.panel("Board")
    app.projector.show_view("board")
    app.projector.show()
    qtbot.waitExposed(app.projector)
    assert board.projector.theme == "dark"
    next(a for a in app.console.actions_.themes.actions() if a.data() == "light").trigger()
    assert app.projector.current_view() == "board"
    assert board.projector.theme == "light"
