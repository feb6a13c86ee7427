"""The console's hold on the projector: F5 and B, which screen, the theme, and a status word."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from coprod_desktop.gui.console.after_paint import after_first_paint
from coprod_desktop.gui.console.menus import ConsoleActions
from coprod_desktop.gui.kit.repolish import set_flag
from coprod_desktop.gui.prefs import Prefs
from coprod_desktop.gui.projector.window import ProjectorWindow
from coprod_desktop.i18n import _


class ProjectorControl:
    def __init__(self, console: QMainWindow, projector: ProjectorWindow, prefs: Prefs,
                 actions: ConsoleActions) -> None:
        self.console = console
        self.projector = projector
        self.prefs = prefs
        self.actions = actions
        self.state = QLabel()
        self.state.setObjectName("projectorState")
        # Right-aligned by ui/console.qss (qproperty-alignment), not with Qt's namespace here.
        console.statusBar().addPermanentWidget(self.state)
        # The projector window takes the keys too, so F5 and B work whichever window has focus.
        projector.addActions([actions.show_projector, actions.blank_projector])
        after_first_paint(console, self._keys_in_every_window)
        actions.show_projector.triggered.connect(self.toggle_shown)
        actions.blank_projector.triggered.connect(self.toggle_blank)
        actions.screens.aboutToShow.connect(self.fill_screen_menu)
        projector.shown_changed.connect(self._update)
        projector.blank_changed.connect(self._update)
        projector.screen_name = prefs.projector_screen
        geometry = prefs.geometry("projector")
        if geometry is not None:
            projector.restoreGeometry(geometry)
        self._update()

    def _keys_in_every_window(self) -> None:
        """F5 and B work whichever window of the app has the focus (a dialog's too). Until the
        console is first drawn they work in the two windows that hold them: nothing touches Qt's
        namespace before the welcome page is drawn (PySide builds its 93 enums then, 14 ms)."""
        from PySide6.QtCore import Qt

        for action in (self.actions.show_projector, self.actions.blank_projector):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

    def toggle_shown(self) -> None:
        self.projector.toggle_shown(self.console.screen())
        self._update()

    def toggle_blank(self) -> None:
        self.projector.toggle_blank()
        self._update()

    def set_theme(self, theme: str) -> None:
        self.projector.set_theme(theme)

    def fill_screen_menu(self) -> None:
        menu = self.actions.screens
        menu.clear()
        screens = QGuiApplication.screens()
        chosen = self.projector.current_screen_name(self.console.screen())
        group = QActionGroup(menu)
        for screen in screens:
            name, size = screen.name(), screen.geometry().size()
            action = QAction(f"{name} ({size.width()}×{size.height()})", menu)
            action.setCheckable(True)
            action.setChecked(name == chosen)
            action.setData(name)
            action.setEnabled(len(screens) > 1)
            action.triggered.connect(lambda _=False, n=name: self.choose_screen(n))
            group.addAction(action)
            menu.addAction(action)
        if len(screens) < 2:
            note = menu.addAction(_("Plug in a second screen to show the projector full-screen"))
            note.setEnabled(False)

    def choose_screen(self, name: str) -> None:
        self.prefs.projector_screen = name
        self.projector.choose_screen(name, self.console.screen())

    def save(self) -> None:
        if not self.projector.isFullScreen():
            self.prefs.set_geometry("projector", self.projector.saveGeometry())

    def _update(self, *_args: object) -> None:
        shown, blank = self.projector.isVisible(), self.projector.blanked
        self.actions.show_projector.setChecked(shown)
        self.actions.blank_projector.setChecked(blank)
        if not shown:
            text = _("Projector: hidden (F5 to show)")
        elif blank:
            text = _("Projector: BLANK (B to bring back)")
        else:
            text = _("Projector: showing")
        self.state.setText(text)
        set_flag(self.state, "blank", blank and shown)
