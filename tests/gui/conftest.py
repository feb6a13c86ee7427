"""The real app, offscreen: its own settings file and data folder per test, closed afterwards."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from coprod_desktop.app import CoprodApp
from coprod_desktop.clock import FakeClock
from coprod_desktop.demo.builder import build_demo
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.plain import i18n
from coprod_desktop.gui.projector.window import ProjectorWindow
from coprod_desktop.gui.signin.panel import SignInPanel
from coprod_desktop.gui.ticker import Ticker
from coprod_desktop.gui.undo import UndoAdapter
from coprod_desktop.services import Services
from coprod_desktop.web.addresses import LocalAddress
from tests.gui.leftovers import running_threads, running_timers, wait_for_threads

MakeApp = Callable[..., CoprodApp]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_app(qapp: QApplication, tmp_path: Path, settings: QSettings,
             clock: FakeClock) -> Iterator[MakeApp]:
    """Build a CoprodApp as `run_gui` does, minus the event loop; closes every one at the end."""
    made: list[CoprodApp] = []

    def make(app_settings: QSettings | None = None) -> CoprodApp:
        app = CoprodApp(app_settings or settings, tmp_path / "data", clock)
        made.append(app)
        return app

    yield make
    for app in made:
        app.console.close()
        app.shutdown()
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.close()


@pytest.fixture
def polish_app(make_app, settings: QSettings, qapp):
    """The app with Polish chosen in its settings (installed before any window is built)."""
    settings.setValue("plain/language", "pl")
    settings.sync()
    yield make_app(settings)
    i18n.install_language("en_GB")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "template.coprod")


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    """A fresh copy of the demo programme for this test."""
    path = tmp_path / "Ashbrook.coprod"
    path.write_bytes(demo_template.read_bytes())
    return path



# ---------------------------------------------------------------- panels on their own
@pytest.fixture
def env(qtbot, services: Services, clock: FakeClock) -> GuiEnv:
    """What a panel is given, around the real projector window (not shown unless a test does)."""
    projector = ProjectorWindow("dark")
    qtbot.addWidget(projector)
    return GuiEnv(services, UndoAdapter(services), projector, Ticker(), clock)


@pytest.fixture
def undo_errors(env: GuiEnv) -> list[str]:
    """Every refusal the undo adapter reports, in order."""
    errors: list[str] = []
    env.undo.error.connect(errors.append)
    return errors


@pytest.fixture
def signin_panel(qtbot, env: GuiEnv, session_id: int) -> Iterator[SignInPanel]:
    """The Sign-in panel on the loopback address and a free port, showing `session_id`; its phone
    server is stopped afterwards."""
    panel = SignInPanel(env, addresses=[LocalAddress("127.0.0.1", "lo")])
    panel.port.setValue(0)
    qtbot.addWidget(panel)
    panel.set_session(session_id)
    panel.show()  # a console panel draws changes while it is shown
    yield panel
    panel.shutdown()


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """Every GUI test starts in English (UK), and leaves the GUI thread in English for the next
    test whatever language it chose (the language is the thread's, not a widget's)."""
    i18n.install_language("en_GB")
    yield
    i18n.install_language("en_GB")


@pytest.fixture(autouse=True)
def nothing_left_running(qapp: QApplication) -> Iterator[None]:
    """After every GUI test, once its fixtures have closed what they opened: no QTimer still
    running on a live object, and no thread the test started still alive (timers hold no truth,
    and a server, worker or doctor left running would outlive its programme). Autouse and set up
    first, so it is torn down last, after pytest-qt has closed the test's widgets."""
    timers_before, threads_before = running_timers(qapp), running_threads()
    yield
    threads = wait_for_threads(threads_before, timeout_s=10.0)
    timers = [t for key, t in running_timers(qapp).items() if key not in timers_before]
    assert not timers and not threads, f"left running after the test: {timers + threads}"
