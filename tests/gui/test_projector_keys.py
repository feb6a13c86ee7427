"""F5 shows and hides the projector, B blanks it to black and back, from either window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QLineEdit

from coprod_desktop.gui.projector import welcome_view
from coprod_desktop.gui.projector.window import pick_screen


def _key(qtbot, widget, key: Qt.Key) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    qtbot.keyClick(widget, key)


def test_f5_from_console_and_projector(make_app, demo_path: Path, qtbot) -> None:
    app = make_app()
    app.start(demo_path)
    console, projector = app.console, app.projector
    qtbot.waitExposed(console)
    state = console.findChild(QLabel, "projectorState")
    assert not projector.isVisible() and "hidden" in state.text()

    _key(qtbot, console, Qt.Key.Key_F5)
    qtbot.waitUntil(projector.isVisible)
    assert console.action("showProjectorAction").isChecked()
    assert state.text() == "Projector: showing"
    assert projector.current_view() == welcome_view.KEY

    _key(qtbot, projector, Qt.Key.Key_F5)  # the same key on the projector hides it again
    qtbot.waitUntil(lambda: not projector.isVisible())
    assert not console.action("showProjectorAction").isChecked()
    assert "hidden" in state.text()


def test_b_blanks_to_black_and_back(make_app, demo_path: Path, qtbot, artifacts: Path) -> None:
    app = make_app()
    app.start(demo_path)
    app.console.action("theme_light").trigger()  # white background, so black is a real change
    console, projector = app.console, app.projector
    console.action("showProjectorAction").trigger()
    projector.resize(960, 540)
    qtbot.waitExposed(projector)

    _key(qtbot, projector, Qt.Key.Key_B)
    assert projector.blanked and console.action("blankProjectorAction").isChecked()
    assert projector.isVisible()  # an overlay, not hiding: the views carry on underneath
    assert projector.current_view() == welcome_view.KEY
    image = projector.grab().toImage()
    image.save(str(artifacts / "projector-blank.png"))
    for x, y in ((5, 5), (480, 270), (955, 535)):
        assert image.pixelColor(x, y) == QColor("#000000")
    assert "BLANK" in console.findChild(QLabel, "projectorState").text()

    _key(qtbot, console, Qt.Key.Key_B)  # and back, from the console
    assert not projector.blanked
    assert projector.grab().toImage().pixelColor(5, 5) == QColor("#ffffff")


def test_typing_b_in_a_text_field_does_not_blank(make_app, demo_path: Path, qtbot) -> None:
    app = make_app()
    app.start(demo_path)
    app.console.action("showProjectorAction").trigger()
    name = app.console.view.panel("Overview").findChild(QLineEdit, "signInName")
    app.console.activateWindow()
    qtbot.waitUntil(app.console.isActiveWindow)
    name.setFocus()
    qtbot.keyClicks(name, "Bob")
    assert name.text() == "Bob"
    assert not app.projector.blanked


def test_screen_choice() -> None:
    assert pick_screen(["HDMI-1"], "HDMI-1", "HDMI-1") is None  # one screen: a normal window
    assert pick_screen(["eDP-1", "HDMI-1"], "", "eDP-1") == "HDMI-1"  # not the console's screen
    assert pick_screen(["eDP-1", "HDMI-1", "DP-2"], "DP-2", "eDP-1") == "DP-2"  # the choice
    assert pick_screen(["eDP-1", "HDMI-1"], "DP-2", "eDP-1") == "HDMI-1"  # chosen one unplugged
