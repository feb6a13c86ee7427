"""Console and projector on the demo programme, offscreen, saved as PNGs for people to look at."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from coprod_desktop.demo import content
from coprod_desktop.gui.projector import welcome_view
from coprod_desktop.gui.projector.welcome_view import WelcomeView


def _set_theme(app, theme: str) -> None:
    app.console.action(f"theme_{theme}").trigger()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_console_and_projector_screenshots(make_app, demo_path: Path, artifacts: Path,
                                           qtbot, theme: str) -> None:
    app = make_app()
    app.start(demo_path)
    _set_theme(app, theme)
    console, projector = app.console, app.projector
    console.resize(1440, 900)
    qtbot.waitExposed(console)
    assert "saved automatically" in console.windowTitle()
    assert console.view is not None
    overview = console.view.panel("Overview")
    console.view.show_panel(overview)
    # Everyone the demo was written with came to its discovery workshop.
    assert overview.findChild(QLabel, "presentTotal").text() == f"{len(content.PEOPLE)} signed in"
    console.grab().save(str(artifacts / f"console-{theme}.png"))

    console.action("showProjectorAction").trigger()
    projector.resize(1920, 1080)
    qtbot.waitExposed(projector)
    qtbot.waitUntil(lambda: projector.height() == 1080)
    assert projector.current_view() == welcome_view.KEY
    view = projector.view(welcome_view.KEY)
    assert isinstance(view, WelcomeView)
    assert view.programme.text().startswith("Ashbrook autism support")
    assert view.session.text() == "Discovery workshop"
    # Readable from 8 m: the headings are at least 5% of the screen's height.
    assert view.programme.font().pixelSize() >= 0.05 * 1080
    assert view.session.font().pixelSize() >= 0.05 * 1080
    image = projector.grab().toImage()
    image.save(str(artifacts / f"projector-{theme}.png"))
    corner = image.pixelColor(4, 4)
    assert corner == (QColor("#ffffff") if theme == "light" else QColor("#000000"))


def test_welcome_screen_screenshot(make_app, demo_path: Path, artifacts: Path,
                                   qtbot) -> None:
    app = make_app()
    app.prefs.add_recent(demo_path)
    app.prefs.add_recent(demo_path.with_name("Last year.coprod"))
    app.console.resize(1440, 900)
    app.start()  # the most recent file is gone: the welcome screen, with a note
    qtbot.waitExposed(app.console)
    assert app.current is None
    assert app.console.pages.currentWidget() is app.console.welcome
    assert "Could not reopen Last year.coprod" in app.console.message.text()
    assert len(app.console.welcome.recent_buttons()) == 2
    app.console.grab().save(str(artifacts / "console-welcome.png"))
