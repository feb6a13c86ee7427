"""The 100-day programme's pieces are reachable in the real console and on the projector."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QLabel

from coprod_desktop.clock import FakeClock
from coprod_desktop.gui.programme.new_from_earlier import NewFromEarlierDialog


def test_day_counter_timeline_and_new_from_this(make_app, demo_path: Path,
                                                clock: FakeClock) -> None:
    clock.set(datetime(2026, 11, 22, 12, 0, tzinfo=UTC))
    app = make_app()
    app.start(demo_path)
    view = app.current.view
    welcome = app.projector.view("welcome")
    texts = [label.text() for label in welcome.findChildren(QLabel) if label.isVisibleTo(welcome)]
    assert "Day 69 of 100" in texts
    home = view.panel("Programme")
    target = view.env.services.read.sessions()[2].id
    home.session_requested.emit(target)
    assert view.current_session() == target
    console = app.console
    assert console.actions_.new_from_this.isEnabled()
    console.actions_.new_from_this.trigger()
    (dialog,) = console.findChildren(NewFromEarlierDialog)
    assert dialog.isVisible()
    dialog.reject()
