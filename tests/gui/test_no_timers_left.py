"""Closing the console closes the programme and leaves no QTimer running (timers hold no truth)."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def _running_timers(app) -> list[QTimer]:
    found: set[int] = set()
    timers: list[QTimer] = []
    owners = [QApplication.instance(), app.ticker, *QApplication.topLevelWidgets()]
    candidates = [t for o in owners for t in o.findChildren(QTimer)]
    candidates += [o for o in gc.get_objects() if isinstance(o, QTimer)]
    for timer in candidates:
        try:
            active = timer.isActive()
        except RuntimeError:  # its C++ side is gone: nothing can be running
            continue
        if active and id(timer) not in found:
            found.add(id(timer))
            timers.append(timer)
    return timers


def test_no_timer_runs_after_the_windows_close(make_app, demo_path: Path, qtbot) -> None:
    app = make_app()
    app.start(demo_path)
    app.console.action("showProjectorAction").trigger()
    qtbot.waitExposed(app.projector)
    assert app.ticker.running  # the repaint ticker runs while a programme is open
    app.console.close()
    qtbot.waitUntil(lambda: not app.console.isVisible() and not app.projector.isVisible())
    assert app.current is None
    assert _running_timers(app) == []


def test_closing_the_programme_stops_the_ticker(make_app, demo_path: Path) -> None:
    app = make_app()
    app.start(demo_path)
    assert app.ticker.running
    app.console.action("closeAction").trigger()
    assert not app.ticker.running and app.current is None
    assert _running_timers(app) == []
