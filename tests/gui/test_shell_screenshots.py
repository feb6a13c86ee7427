"""The three places, the Run screen with each tool and the projector following the run, at
1280×720 and 1920×1080 in both themes, saved as PNGs for people to look at."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTabBar

from coprod_desktop.clock import FakeClock


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_places_and_run_tools(make_app, demo_path: Path, artifacts: Path, qtbot,
                              clock: FakeClock, theme: str, size: tuple[int, int]) -> None:
    clock.set(datetime(2026, 11, 24, 12, 0, tzinfo=UTC))
    app = make_app()
    app.start(demo_path)
    app.console.action(f"theme_{theme}").trigger()
    console = app.console
    console.resize(*size)
    qtbot.waitExposed(console)
    view = console.view
    assert view is not None
    stem = f"{theme}-{size[0]}x{size[1]}"
    for place in ("plan", "run", "follow_up"):
        view.show_place(place)
        QApplication.processEvents()
        tabs = view.sub_views[place]
        bar = tabs.findChild(QTabBar)
        # Nothing hidden behind scroll arrows: every view's tab fits in the bar.
        assert bar is not None
        if size[0] >= 1280:
            last = bar.tabRect(bar.count() - 1)
            assert last.right() <= bar.width(), (place, last, bar.width())
        console.grab().save(str(artifacts / f"shell-{place}-{stem}.png"))
    view.show_place("run")
    assert view.run is not None
    for index in range(view.run.tools.count()):
        view.run.tools.setCurrentIndex(index)
        QApplication.processEvents()
        name = view.run.tools.tabText(index).lower().replace(" ", "-")
        console.grab().save(str(artifacts / f"shell-run-{name}-{stem}.png"))
