"""The test board and celebration views repaint in the projector's theme when it changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor

from coprod_desktop.clock import FakeClock
from coprod_desktop.gui.programme import projector_tests
from coprod_desktop.gui.programme.projector_celebration import CelebrationView
from coprod_desktop.gui.projector.window import ProjectorWindow
from tests.gui.programme_support import DEMO_DAY_61, demo_copy, make_env, open_services


def corner(widget) -> QColor:
    return widget.grab().toImage().pixelColor(2, 2)


def test_views_follow_a_theme_change_while_showing(qtbot, tmp_path: Path) -> None:
    services = open_services(demo_copy(tmp_path), FakeClock(DEMO_DAY_61))
    env = make_env(services, FakeClock(DEMO_DAY_61))
    projector = ProjectorWindow(theme="dark")
    qtbot.addWidget(projector)
    projector.resize(960, 540)
    views = {"tests": projector_tests.TestBoardView(env), "celebration": CelebrationView(env)}
    for key, view in views.items():
        projector.add_view(key, view)
    projector.show()
    for key, view in views.items():
        projector.show_view(key)
        projector.set_theme("dark")
        assert corner(view).lightness() < 80, key
        projector.set_theme("light")
        assert corner(view).lightness() > 200, key
    services.close()
