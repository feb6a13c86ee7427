"""Composition root: one QApplication, the windows, and the open programme's services. No globals.

`CoprodApp` owns what lives for the whole run (settings, projector, console, ticker) and swaps the
open programme (file, services, undo adapter, panels) as files are opened and closed.
"""

from __future__ import annotations

import gc
import logging
import signal
import sys
import time
from collections.abc import MutableMapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_path
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from coprod_desktop.clock import Clock, SystemClock
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.gui import desktop_platform, theme
from coprod_desktop.gui.app_icon import app_icon
from coprod_desktop.gui.console.after_paint import after_first_paint
from coprod_desktop.gui.console.window import ConsoleWindow
from coprod_desktop.gui.plain import console_hooks
from coprod_desktop.gui.plain import settings as plain_settings
from coprod_desktop.gui.prefs import Prefs
from coprod_desktop.gui.projector.window import ProjectorWindow
from coprod_desktop.gui.smoke import FirstPaint
from coprod_desktop.gui.ticker import Ticker
from coprod_desktop.i18n import N_, _

if TYPE_CHECKING:
    from coprod_desktop.gui.console.programme_view import ProgrammeView
    from coprod_desktop.gui.demo_maker import DemoMaker
    from coprod_desktop.gui.env import GuiEnv
    from coprod_desktop.gui.projector.mirror import ProjectorMirror
    from coprod_desktop.gui.undo import UndoAdapter
    from coprod_desktop.services import Services

log = logging.getLogger(__name__)

ORGANISATION = "Coprod"
APPLICATION = "Coprod Desktop"
DESKTOP_FILE = "coprod-desktop"  # packaging/linux/coprod-desktop.desktop: the dock shows its icon
COLLECTOR_OFF_AT_MOST_MS = 5000  # the cycle collector is back on by then, drawn or not


@dataclass
class OpenProgramme:
    services: Services
    undo: UndoAdapter
    env: GuiEnv
    view: ProgrammeView
    mirror: ProjectorMirror | None = None  # what the projector shows, for phones' big screen


class CoprodApp:
    """Everything one run of the app holds. Tests build it with their own settings and folder."""

    def __init__(self, settings: QSettings, data_dir: Path, clock: Clock | None = None) -> None:
        self.prefs = Prefs(settings)
        self.data_dir = Path(data_dir)
        self.clock = clock or SystemClock()
        self.ticker = Ticker()
        self._demo: DemoMaker | None = None  # the demo being made (File › Try the demo)
        self._demo_over: OpenProgramme | None = None
        # The interface's language before any window is built: menus and labels are made in it.
        console_hooks.use_saved_language(settings)
        self.projector = ProjectorWindow(self.prefs.theme, self.prefs.projector_screen)
        self.console = ConsoleWindow(self.prefs, self.projector, self)
        self.console.closing.connect(self.shutdown)
        console_hooks.install(self.console, self.projector, settings)
        self.current: OpenProgramme | None = None

    # Starting
    def start(self, path: Path | None = None, *, demo: bool = False) -> None:
        self.console.show_welcome()
        self.console.show()
        if demo:
            self.open_demo()
        elif path is not None:
            self.open_file(path)
        else:
            self._reopen_latest()

    def _reopen_latest(self) -> None:
        recent = self.prefs.recent_files()
        if not recent:
            return
        try:
            self._open(recent[0])
        except (CoprodError, OSError) as exc:
            from coprod_desktop.gui.kit.said_text import said

            reason = exc.message if isinstance(exc, CoprodError) else exc.strerror or str(exc)
            self.console.show_status(_("Could not reopen {name}: {reason}").format(
                name=recent[0].name, reason=said(reason)))

    # The Opener protocol the console uses
    def default_folder(self) -> Path:
        documents = Path.home() / "Documents"
        return documents if documents.is_dir() else self.data_dir

    def open_file(self, path: Path) -> None:
        """Open `path`; a refusal is shown in a dialog and whatever was open stays open."""
        path = Path(path)
        if self.current is not None and self._same_file(path):
            return
        try:
            self._open(path)
        except CoprodError as exc:
            from coprod_desktop.gui.kit.said_text import said

            self.console.show_problem(_("This programme cannot be opened"), said(exc.message))
        except OSError as exc:
            self.console.show_problem(_("This programme cannot be opened"),
                                      f"'{path.name}': {exc.strerror or exc}.")

    def new_programme(self, path: Path, title: str, organisation: str) -> None:
        """Create and open a programme file. Raises CoprodError (shown in the dialog)."""
        path = Path(path)
        from coprod_desktop.domain import validate
        from coprod_desktop.domain.limits import TITLE_MAX, VENUE_MAX

        # Check the words first, so a refusal leaves no file (or lock file) behind.
        validate.text(title, N_("The programme title"), TITLE_MAX, field="title")
        validate.text(organisation, N_("The organisation"), VENUE_MAX, field="organisation",
                      required=False)
        path.parent.mkdir(parents=True, exist_ok=True)
        from coprod_desktop.services import Services
        from coprod_desktop.store.programme_file import ProgrammeFile

        with ProgrammeFile.born_whole(path) as file:
            Services(file, self.clock).programme.create_programme(title, organisation=organisation)
        self._open(path)

    def open_demo(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y-%m-%d %H.%M")
        path = self.data_dir / f"Ashbrook demo {stamp}.coprod"
        number = 2
        while path.exists():
            path = self.data_dir / f"Ashbrook demo {stamp} ({number}).coprod"
            number += 1
        if self._demo is not None:  # asked twice while the first is being made
            return
        from coprod_desktop.gui.demo_maker import DemoMaker

        self.console.show_status(_("Making a fresh copy of the demo programme…"))
        self._demo = DemoMaker(path, self._demo_made, self.console)
        self._demo_over = self.current  # what was open when it was asked for
        self._demo.start()

    def _demo_made(self, path: Path, error: BaseException | None) -> None:
        self._demo = None
        if error is None and self.current is not self._demo_over:
            # Another programme was opened meanwhile: it stays; the demo waits in the list.
            self.prefs.add_recent(path)
            self.console.show_status(_("The demo programme is ready: File › Open Recent › "
                                       "{name}").format(name=path.name))
        elif error is None:
            self.open_file(path)
        if error is None:
            return
        reason = error.message if isinstance(error, CoprodError) else str(error)
        self.console.show_problem(_("The demo programme could not be made"), reason)

    def close_programme(self) -> None:
        current, self.current = self.current, None
        if current is None:
            return
        self.ticker.stop()
        self.console.clear_programme()
        self.projector.clear_views()
        if current.mirror is not None:
            current.mirror.flush()  # the last view change, written before the file closes
        current.undo.deleteLater()
        current.services.close()
        # What the start made (this programme's views among it) may be walked and freed again.
        gc.unfreeze()

    def shutdown(self) -> None:
        """Close the file and both windows (the console is closing, or the test is over)."""
        self.close_programme()
        self.ticker.stop()
        self.projector.close()
        self.projector.hide()
        self.prefs.sync()

    # Inside
    def _same_file(self, path: Path) -> bool:
        assert self.current is not None
        return path.resolve() == self.current.services.file.path.resolve()

    def _open(self, path: Path) -> None:
        # What a programme needs is imported when the first one opens, so the welcome page is
        # drawn without it (issue 18: only what is used).
        from coprod_desktop.domain.said import Said
        from coprod_desktop.gui.console.programme_view import ProgrammeView
        from coprod_desktop.gui.env import GuiEnv
        from coprod_desktop.gui.programme.day_counter import DayCounterLabel
        from coprod_desktop.gui.projector import welcome_view
        from coprod_desktop.gui.projector.mirror import ProjectorMirror
        from coprod_desktop.gui.projector.welcome_view import WelcomeView
        from coprod_desktop.gui.undo import UndoAdapter
        from coprod_desktop.services import Services
        from coprod_desktop.services.recovery import finish_on_open
        from coprod_desktop.store.errors import FileRefused
        from coprod_desktop.store.programme_file import ProgrammeFile

        if not path.is_file():  # checked here, so a missing folder is never created by the lock
            raise FileRefused(Said.of(N_("‘%(name)s’ is not there any more (looked in %(folder)s)."),
                                      name=path.name, folder=str(path.parent)))
        file = ProgrammeFile.open(path)  # raises FileRefused before touching anything
        try:
            services = Services(file, self.clock)
            finished = finish_on_open(services)  # what a crash left part-done, before any view
            services.read.programme()
        except BaseException:
            file.close()
            raise
        self.close_programme()
        undo = UndoAdapter(services)
        undo.restore()
        env = GuiEnv(services=services, undo=undo, projector=self.projector,
                     ticker=self.ticker, clock=self.clock)
        welcome = WelcomeView(services)
        welcome.add_line(DayCounterLabel(env))
        self.projector.add_view(welcome_view.KEY, welcome)
        self.projector.show_view(welcome_view.KEY)
        view = ProgrammeView(env)
        view.session_changed.connect(welcome.set_session)
        welcome.set_session(view.current_session())
        mirror = ProjectorMirror(services, self.projector, view)  # for the big screen on phones
        view.session_changed.connect(mirror.set_session)
        mirror.set_session(view.current_session())
        self.current = OpenProgramme(services, undo, env, view, mirror)
        self.console.show_programme(view, services, undo)
        self.prefs.add_recent(path)
        self.ticker.start()
        if finished:
            from coprod_desktop.gui.kit.ask import tell
            from coprod_desktop.gui.kit.said_text import said

            tell(self.console, _("Finished what was interrupted"),
                 " ".join(said(line) for line in finished), problem=False)


def app_settings(data_dir: Path, environ: MutableMapping[str, str] | None = None) -> QSettings:
    """The app's settings file in `data_dir`, bound for the inclusion settings too, with the saved
    interface size applied to QT_SCALE_FACTOR (call before the QApplication exists)."""
    settings = QSettings(str(Path(data_dir) / "settings.ini"), QSettings.Format.IniFormat)
    plain_settings.bind(settings)
    plain_settings.apply_ui_scale(environ)
    return settings


def run_gui(path: Path | None, demo: bool, smoke_test: float | None = None,
            started: float | None = None) -> int:
    """Open the app window (called by `coprod` with no sub-command).

    `smoke_test`: quit that many seconds after the first window is drawn (packaging checks),
    reporting the time since `started` (a `time.perf_counter()` reading).
    """
    started = time.perf_counter() if started is None else started
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    # Settings and recent files live in the user data folder, beside the demo copies. The
    # interface size is read from the same file it is saved to, before the QApplication exists
    # (Qt reads the scale once).
    data_dir = user_data_path(APPLICATION, ORGANISATION)
    settings = app_settings(data_dir)
    qt_app = QApplication.instance()
    if qt_app is None:
        qt_app = QApplication(sys.argv[:1] + theme.style_arguments())
        theme.styled_from_start(qt_app)
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationDisplayName(APPLICATION)
    qt_app.setDesktopFileName(DESKTOP_FILE)
    qt_app.setWindowIcon(app_icon())
    qt_app.setQuitOnLastWindowClosed(False)
    desktop_platform.apply_ui_font()
    app = CoprodApp(settings, data_dir)
    app.console.closing.connect(qt_app.quit)
    stop_watch = quit_on_stop_signals(qt_app)  # a system shutdown closes the file as Quit does
    if sys.platform == "darwin":  # a double-clicked file; a filter on the app sees every event
        file_open = desktop_platform.FileOpenEvents(app.open_file, qt_app)
        qt_app.installEventFilter(file_open)
    app.start(path, demo=demo)
    collect_cycles_once_drawn(app.console)
    if smoke_test is not None:
        FirstPaint(qt_app, app.console, smoke_test, started,
                   ready=(lambda: app.current is not None) if demo else None)
    try:
        return qt_app.exec()
    finally:
        stop_watch.stop()
        app.shutdown()


def collect_cycles_once_drawn(window: QWidget) -> None:
    """Turn Python's cycle collector back on once `window` has been drawn, if cli.py turned it off
    for the start. What the start made is frozen out of its walks first: else its first
    collection would walk all of it at once (30-130 ms measured) just as the facilitator begins.
    (Closing a programme lets it walk them again: `close_programme`.)"""

    def back_on() -> None:
        if not gc.isenabled():
            gc.freeze()
            gc.enable()

    after_first_paint(window, back_on)
    QTimer.singleShot(COLLECTOR_OFF_AT_MOST_MS, back_on)  # a window never drawn (minimised)


def quit_on_stop_signals(qt_app: QApplication) -> QTimer:
    """SIGTERM and SIGHUP (a shutdown, a closed terminal) end the event loop, so the programme
    is closed as File › Quit closes it: sign-in closed, the file checkpointed and unlocked.

    Python runs a signal handler only between its own steps; while Qt waits for events none run,
    so a light timer gives it a step four times a second."""
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            # Queued, so a signal that comes while the window is still opening is not lost.
            signal.signal(number, lambda _signum, _frame: QTimer.singleShot(0, qt_app.quit))
    timer = QTimer(qt_app)
    timer.setObjectName("stopSignalWatch")
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer
