"""What the plain-language feature adds to the app at start: one call from app.py.

- the saved language, the bundled reading font and its console setting;
- View › Accessibility… and Help › Keyboard shortcuts (F1) in the console's menus;

The console names any control a panel left without an accessible name (accessible.py), panel by
panel as each is built and shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from coprod_desktop.gui.kit import keymap
from coprod_desktop.gui.plain import fonts, i18n, settings

if TYPE_CHECKING:
    from coprod_desktop.gui.plain.shortcuts import ShortcutSheet



def _menu(window: QMainWindow, title: str) -> QMenu:
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.title().replace("&", "") == title:
            return menu
    return window.menuBar().addMenu(title)


def install(console: QMainWindow, projector: QWidget, store: QSettings) -> None:
    settings.bind(store)
    fonts.register_bundled_fonts()
    fonts.apply_console_font()
    i18n.install_language(settings.language())

    accessibility = QAction(QCoreApplication.translate("ConsoleHooks", "&Accessibility…"), console)
    accessibility.setObjectName("accessibilityAction")
    accessibility.triggered.connect(lambda: open_accessibility(console))
    _menu(console, "View").addAction(accessibility)

    sheet = QAction(QCoreApplication.translate("ConsoleHooks", "&Keyboard shortcuts"),
                    console)
    sheet.setObjectName("shortcutSheetAction")
    keymap.bind_action(sheet, "help.shortcuts")
    sheet.triggered.connect(lambda: open_shortcut_sheet(console, projector))
    help_menu = _menu(console, "Help")
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
