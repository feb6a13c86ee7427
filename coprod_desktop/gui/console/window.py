"""The console main window: menus, the welcome page or an open programme, and the status bar."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QUndoGroup
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QWidget

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.gui.console.menus import build_menus
from coprod_desktop.gui.console.projector_control import ProjectorControl
from coprod_desktop.gui.console.welcome import WelcomePage
from coprod_desktop.gui.formats import clock
from coprod_desktop.gui.kit.repolish import set_flag
from coprod_desktop.gui.listen import listen
from coprod_desktop.gui.prefs import Prefs
from coprod_desktop.gui.projector.window import ProjectorWindow
from coprod_desktop.gui.save_banner import SaveBanner
from coprod_desktop.gui.theme import apply_console_theme, style_sheet
from coprod_desktop.i18n import N_, _

# Dialogs (new programme, file choosers, message boxes) are imported when first asked for, not
# before the welcome page is drawn (issue 18).
if TYPE_CHECKING:
    from coprod_desktop.gui.console.programme_view import ProgrammeView
    from coprod_desktop.gui.undo import UndoAdapter
    from coprod_desktop.services import ChangeSet, Services



class Opener(Protocol):
    """What the console asks of the app (app.py): it owns opening and closing files."""

    def open_file(self, path: Path) -> None: ...

    def new_programme(self, path: Path, title: str, organisation: str) -> None: ...

    def open_demo(self) -> None: ...

    def close_programme(self) -> None: ...

    def default_folder(self) -> Path: ...


def fit_to_screen(window: QWidget) -> None:
    """Keep the window inside its screen's free area (a large interface size, a small laptop)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    free = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    width = min(window.width(), free.width() - extra_w)
    height = min(window.height(), free.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), free.x()), free.right() - frame.width() + 1)
    y = min(max(frame.y(), free.y()), free.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def _disconnect(signal: object, slot: object) -> None:
    with contextlib.suppress(RuntimeError, TypeError):
        signal.disconnect(slot)  # type: ignore[attr-defined]


class ConsoleWindow(QMainWindow):
    closing = Signal()

    def __init__(self, prefs: Prefs, projector: ProjectorWindow, opener: Opener,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("console")
        self.prefs = prefs
        self.opener = opener
        self.services: Services | None = None
        self.view: ProgrammeView | None = None
        # The console's own actions wired to the open programme's view: undone when it closes,
        # else each closed programme stays alive through them (and their shortcuts reach a
        # deleted view).
        self._view_links: list[tuple[object, object]] = []
        self._save_links: list[Callable[[], None]] = []  # hearing of saves that failed
        self._titled_unsaved = False
        self._lose_unsaved = False  # the facilitator chose to close a file that has gone
        self.undo_group = QUndoGroup(self)
        self.actions_ = build_menus(self, self.undo_group)
        self.welcome = WelcomePage()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.setCentralWidget(self.pages)
        self.message = QLabel()
        self.message.setObjectName("statusMessage")
        self.statusBar().addWidget(self.message, 1)
        self.save_banner = SaveBanner()  # a failed save: stays until a save works
        self.statusBar().insertWidget(0, self.save_banner, 2)
        self.projector = ProjectorControl(self, projector, prefs, self.actions_)
        self._connect()
        self._use_theme(prefs.theme)
        self.resize(1440, 900)
        geometry = prefs.geometry("console")
        if geometry is not None:
            self.restoreGeometry(geometry)
        fit_to_screen(self)
        self.show_welcome()

    def _connect(self) -> None:
        a = self.actions_
        a.new.triggered.connect(self.new_programme)
        a.new_from_this.triggered.connect(self.new_programme_from_this)
        a.open.triggered.connect(self.open_programme)
        a.recent.aboutToShow.connect(self._fill_recent_menu)
        a.views.aboutToShow.connect(self._fill_views_menu)
        a.save_copy.triggered.connect(self.save_copy)
        a.close.triggered.connect(lambda: self.unless_losing_work(self.opener.close_programme))
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self.about)
        a.themes.triggered.connect(lambda action: self._use_theme(str(action.data())))
        self.welcome.new_requested.connect(self.new_programme)
        self.welcome.open_requested.connect(self.open_programme)
        self.welcome.demo_requested.connect(self.opener.open_demo)
        self.welcome.recent_chosen.connect(self.opener.open_file)

    # Pages
    def show_welcome(self) -> None:
        self.services = None
        self.save_banner.watch(None)
        self.pages.setCurrentWidget(self.welcome)
        self.welcome.set_recent(self.prefs.recent_files())
        self.setWindowTitle("Coprod Desktop")
        for action in self.actions_.programme_actions():
            action.setEnabled(False)

    def show_programme(self, view: ProgrammeView, services: Services, undo: UndoAdapter) -> None:
        self.clear_programme()
        self.view, self.services = view, services
        self.save_banner.watch(services)
        self._save_links = [services.bus.on_failure(lambda _label: self._not_saved()),
                            services.bus.on_file_gone(lambda _gone: self._not_saved())]
        self.pages.addWidget(view)
        self.pages.setCurrentWidget(view)
        self.undo_group.addStack(undo.stack)
        self.undo_group.setActiveStack(undo.stack)
        undo.error.connect(self.show_error)
        listen(view, services, self._changed)
        self._connect_places(view)
        for action in self.actions_.programme_actions():
            action.setEnabled(True)
        self._update_title()
        from coprod_desktop.gui.export.menu import install_export_action  # with a programme

        install_export_action(self, view)
        self.show_status(_("Opened {name}.").format(name=services.file.path.name))

    def _connect_places(self, view: ProgrammeView) -> None:
        a = self.actions_
        links: list[tuple[object, object]] = [
            (action.triggered, lambda _=False, p=place: view.show_place(p))
            for place, action in a.places.items()]
        links += [(a.next_view.triggered, lambda: view.step_view(1)),
                  (a.previous_view.triggered, lambda: view.step_view(-1))]
        if view.run is not None:
            links.append((self.projector.projector.blank_changed, view.run.sync_blank))
        for signal, slot in links:
            signal.connect(slot)  # type: ignore[attr-defined]
        self._view_links = links

    def _fill_views_menu(self) -> None:
        menu = self.actions_.views
        menu.clear()
        view = self.view
        if view is None:
            return
        tabs = view.sub_views[view.place()]
        for index in range(tabs.count()):
            action = menu.addAction(tabs.tabText(index).replace("&", "&&"))
            action.setCheckable(True)
            action.setChecked(index == tabs.currentIndex())
            action.triggered.connect(lambda _=False, i=index: tabs.setCurrentIndex(i))

    def clear_programme(self) -> None:
        """Take the open programme's view away (app.py closes its file afterwards)."""
        for signal, slot in self._view_links:
            _disconnect(signal, slot)
        self._view_links = []
        for stop in self._save_links:
            stop()
        self._save_links = []
        if self.view is not None:
            self.view.shutdown()
            self.pages.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        for stack in self.undo_group.stacks():
            self.undo_group.removeStack(stack)
        self.show_welcome()

    # Messages
    def show_status(self, text: str) -> None:
        set_flag(self.message, "problem", False)
        self._say(text)

    def show_error(self, text: str) -> None:
        from coprod_desktop.gui.kit.said_text import said

        set_flag(self.message, "problem", True)
        self._say(said(text))

    def _say(self, text: str) -> None:
        """The status line says `text` as it is (it can hold words people typed). The format is
        set with the first message, not when the line is made: Qt's namespace is first touched
        after the welcome page is drawn (PySide builds its 93 enums then, about 14 ms)."""
        from PySide6.QtCore import Qt

        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setText(text)

    def show_problem(self, title: str, text: str) -> None:
        from coprod_desktop.gui.kit.ask import tell

        tell(self, title, text)

    def _changed(self, change: ChangeSet) -> None:
        from coprod_desktop.gui.kit.said_text import said_label

        if change.touches("programme") or self._titled_unsaved:
            self._update_title()
        if change.bookkeeping:  # the app noting something (the projector's view), not an edit
            return
        if self.save_banner.gone:  # written, but to a file no folder holds: not "saved"
            return
        who = _(" (from a phone)") if change.initiator == "phone" else ""
        self.show_status(_("Saved {time}: {what}{who}").format(
            time=clock(datetime.now()), what=said_label(change.label), who=who))

    def _update_title(self) -> None:
        if self.services is None:
            return
        title = self.services.read.programme().title
        name = self.services.file.path.name
        self._titled_unsaved = self.save_banner.gone or not self.save_banner.isHidden()
        if self._titled_unsaved:
            self.setWindowTitle(_("{title} — {name} — NOT SAVED").format(title=title, name=name))
        else:
            self.setWindowTitle(_("{title} — {name} — saved automatically").format(
                title=title, name=name))

    def unless_losing_work(self, then: Callable[[], None]) -> None:
        """Do `then`, which closes the open programme (File › Close, or opening another one),
        at once; or, if its file has gone from its folder so that its latest changes are only in
        this window, once the facilitator has agreed to lose them."""
        if self.services is None or not self.save_banner.gone:
            then()
        else:
            self._ask_before_losing(then)

    def _close_anyway(self) -> None:
        self._lose_unsaved = True
        self.close()

    def _ask_before_losing(self, close_anyway: Callable[[], None]) -> None:
        from coprod_desktop.gui.kit.ask import confirm

        assert self.services is not None
        name = self.services.file.path.name
        confirm(self, _("Close without keeping your work?"),
                _("“{name}” has gone from its folder, so the changes made since are only in "
                  "this window. Closing it loses them. To keep them, choose Cancel, then File › "
                  "Save a Copy As….").format(name=name),
                _("Close and lose them"), close_anyway)

    def _not_saved(self) -> None:
        """A change was not saved (the disk refused it, or the file has gone from its folder):
        the title says so, and the status line no longer says the last change was saved."""
        self._say("")
        self._update_title()

    # File menu
    def new_programme(self) -> None:
        self.unless_losing_work(self._new_programme)

    def _new_programme(self) -> None:
        from coprod_desktop.gui.console.new_programme import NewProgrammeDialog

        dialog = NewProgrammeDialog(self.opener.default_folder(), self.opener.new_programme, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def new_programme_from_this(self) -> None:
        if self.view is None:
            return
        from coprod_desktop.gui.programme.new_from_earlier import NewFromEarlierDialog

        dialog = NewFromEarlierDialog(self.view.env, self)
        dialog.created.connect(
            lambda made: self.unless_losing_work(lambda: self.opener.open_file(made.path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_programme(self) -> None:
        self.unless_losing_work(self._open_programme)

    def _open_programme(self) -> None:
        recent = self.prefs.recent_files()
        start = recent[0].parent if recent else self.opener.default_folder()
        from coprod_desktop.gui.kit.file_dialogs import choose_programme_to_open

        choose_programme_to_open(self, start, self.opener.open_file)

    def _fill_recent_menu(self) -> None:
        menu = self.actions_.recent
        menu.clear()
        files = self.prefs.recent_files()
        for path in files:
            action = menu.addAction(path.name.replace("&", "&&"))
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.unless_losing_work(
                lambda: self.opener.open_file(p)))
        if not files:
            menu.addAction(_("No recent programmes")).setEnabled(False)
        else:
            menu.addSeparator()
            clear = menu.addAction(_("Clear the list"))
            clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        self.prefs.clear_recent()
        if self.services is None:
            self.welcome.set_recent([])

    def save_copy(self) -> None:
        if self.services is None:
            return
        from coprod_desktop.gui.kit.file_dialogs import choose_where_to_save, safe_file_name

        services = self.services
        title = services.read.programme().title
        start = services.file.path.with_name(f"{safe_file_name(title)} copy.coprod")
        choose_where_to_save(self, _("Save a copy of this programme"), start, self.save_copy_to)

    def save_copy_to(self, target: Path) -> None:
        if self.services is None:
            return
        try:
            self.services.file.copy_to(target)
        except OSError as exc:
            self.show_problem(_("Could not save the copy"), f"{target}: {exc.strerror or exc}")
            return
        except CoprodError as exc:
            from coprod_desktop.gui.kit.said_text import said

            self.show_problem(_("Could not save the copy"), said(exc.message))
            return
        self.services.exports.record(N_("Copy of the programme"), "copy", target, held_names=True)
        self.show_status(_("Saved a copy to {target}. You are still working in {name}.").format(
            target=target, name=self.services.file.path.name))

    # View and Help menus
    def _use_theme(self, theme: str) -> None:
        self.prefs.theme = theme
        for action in self.actions_.themes.actions():
            action.setChecked(action.data() == theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_console_theme(app, theme)
        # Widgets under a style sheet keep their old palette until the sheet is applied again.
        self.setProperty("theme", theme)
        self.setStyleSheet("")
        self.setStyleSheet(style_sheet("console"))
        self.projector.set_theme(theme)

    def about(self) -> None:
        from coprod_desktop.gui.about import show_about  # the licence texts: when asked

        show_about(self)

    def action(self, name: str) -> QAction:
        found = self.findChild(QAction, name)
        if found is None:
            raise KeyError(name)
        return found

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.save_banner.gone and not self._lose_unsaved:
            event.ignore()  # its changes are only in this window: ask first
            self._ask_before_losing(self._close_anyway)
            return
        self.prefs.set_geometry("console", self.saveGeometry())
        self.projector.save()
        super().closeEvent(event)
        self.closing.emit()
