"""The console's menu bar, laid out the way desktop programs usually are."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu

Key = QKeySequence.StandardKey


@dataclass
class ConsoleActions:
    new: QAction
    new_from_this: QAction
    open: QAction
    recent: QMenu
    save_copy: QAction
    close: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    show_projector: QAction
    blank_projector: QAction
    screens: QMenu
    themes: QActionGroup
    about: QAction

    def programme_actions(self) -> list[QAction]:
        """Actions that only make sense while a programme is open."""
        return [self.new_from_this, self.save_copy, self.close]


def _action(window: QMainWindow, text: str, shortcut: QKeySequence | Key | str | None = None,
            name: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if name:
        action.setObjectName(name)
    return action


def build_menus(window: QMainWindow, undo_group: QUndoGroup) -> ConsoleActions:
    bar = window.menuBar()

    file_menu = bar.addMenu("&File")
    new = _action(window, "&New programme…", Key.New, "newAction")
    new_from_this = _action(window, "New programme &from this one…", None, "newFromThisAction")
    open_ = _action(window, "&Open…", Key.Open, "openAction")
    file_menu.addActions([new, new_from_this, open_])
    recent = file_menu.addMenu("Open &Recent")
    recent.setObjectName("recentMenu")
    file_menu.addSeparator()
    save_copy = _action(window, "Save a &Copy As…", "Ctrl+Shift+S", "saveCopyAction")
    close = _action(window, "&Close programme", Key.Close, "closeAction")
    file_menu.addActions([save_copy, close])
    file_menu.addSeparator()
    quit_ = _action(window, "&Quit", Key.Quit, "quitAction")
    quit_.setMenuRole(QAction.MenuRole.QuitRole)
    file_menu.addAction(quit_)

    edit_menu = bar.addMenu("&Edit")
    undo = undo_group.createUndoAction(window)
    undo.setShortcut(QKeySequence(Key.Undo))
    undo.setObjectName("undoAction")
    redo = undo_group.createRedoAction(window)
    redo.setShortcuts([QKeySequence(Key.Redo), QKeySequence("Ctrl+Y")])
    redo.setObjectName("redoAction")
    edit_menu.addActions([undo, redo])

    view_menu = bar.addMenu("&View")
    show_projector = _action(window, "Show &projector", "F5", "showProjectorAction")
    show_projector.setCheckable(True)
    blank_projector = _action(window, "&Blank projector", "B", "blankProjectorAction")
    blank_projector.setCheckable(True)
    for action in (show_projector, blank_projector):
        # Both keys work from the console and from the projector window.
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    view_menu.addActions([show_projector, blank_projector])
    screens = view_menu.addMenu("Projector &screen")
    screens.setObjectName("screenMenu")
    view_menu.addSeparator()
    theme_menu = view_menu.addMenu("&Theme")
    themes = QActionGroup(window)
    themes.setExclusive(True)
    for key, text in (("light", "&Light"), ("dark", "&Dark")):
        action = _action(window, text, name=f"theme_{key}")
        action.setCheckable(True)
        action.setData(key)
        themes.addAction(action)
        theme_menu.addAction(action)

    help_menu = bar.addMenu("&Help")
    about = _action(window, "&About Coprod Desktop", name="aboutAction")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(about)

    return ConsoleActions(new=new, new_from_this=new_from_this, open=open_, recent=recent,
                          save_copy=save_copy, close=close,
                          quit=quit_, undo=undo, redo=redo, show_projector=show_projector,
                          blank_projector=blank_projector, screens=screens, themes=themes,
                          about=about)
