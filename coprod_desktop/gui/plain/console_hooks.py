"""What the plain-language feature adds to the app at start: one call from app.py.

- the saved language, the bundled reading font and its console setting;
- View › Accessibility… and Help › Keyboard shortcuts (F1) in the console's menus;

The console names any control a panel left without an accessible name (accessible.py), panel by
panel as each is built and shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from coprod_desktop.gui.kit import keymap
from coprod_desktop.gui.kit.retranslate import FollowLanguage, mark
from coprod_desktop.gui.plain import fonts, i18n, settings
from coprod_desktop.i18n import N_, known

if TYPE_CHECKING:
    from coprod_desktop.gui.plain.shortcuts import ShortcutSheet



def _menu(window: QMainWindow, name: str, title: str) -> QMenu:
    """The menu bar's menu with object name `name` (found by name: its title is in the
    interface's language), or a new one titled `title`."""
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.objectName() == name:
            return menu
    made = window.menuBar().addMenu(title)
    made.setObjectName(name)
    mark(made, title)
    return made


def use_saved_language(store: QSettings) -> None:
    """Speak the saved interface language from now on (before the windows are built)."""
    settings.bind(store)
    i18n.install_language(settings.language())


def install(console: QMainWindow, projector: QWidget, store: QSettings) -> None:
    settings.bind(store)
    fonts.register_bundled_fonts()
    fonts.apply_console_font()
    if i18n.current_language() != known(settings.language()):
        # Not spoken yet (use_saved_language was not called): the windows built so far are told.
        i18n.install_language(settings.language())

    FollowLanguage(console)  # the menus take a new language as soon as it is chosen
    accessibility = QAction(console)
    mark(accessibility, N_("&Accessibility…"))
    accessibility.setObjectName("accessibilityAction")
    accessibility.triggered.connect(lambda: open_accessibility(console))
    _menu(console, "viewMenu", N_("&View")).addAction(accessibility)

    sheet = QAction(console)
    mark(sheet, N_("&Keyboard shortcuts"))
    sheet.setObjectName("shortcutSheetAction")
    keymap.bind_action(sheet, "help.shortcuts")
    sheet.triggered.connect(lambda: open_shortcut_sheet(console, projector))
    help_menu = _menu(console, "helpMenu", N_("&Help"))
    first = help_menu.actions()[0] if help_menu.actions() else None
    help_menu.insertAction(first, sheet)


def open_accessibility(console: QMainWindow) -> None:
    # Speech (QtTextToSpeech) is loaded when the dialog first opens, not at start.
    from coprod_desktop.gui.plain.access_dialog import AccessibilityDialog

    AccessibilityDialog(parent=console).exec()


def open_shortcut_sheet(console: QMainWindow, projector: QWidget) -> ShortcutSheet:
    # The sheet can also write a PDF: reportlab is loaded when it is first opened, not at start.
    from coprod_desktop.gui.plain.shortcuts import ShortcutSheet, keymap_rows

    dialog = ShortcutSheet(keymap_rows(), console)
    dialog.setModal(True)
    dialog.show()
    return dialog
