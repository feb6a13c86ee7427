"""The console's menu bar, laid out the way desktop programs usually are.

Every key here comes from the one keyboard map (gui/kit/keymap.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from coprod_desktop.gui.kit import keymap
from coprod_desktop.gui.kit.retranslate import mark
from coprod_desktop.i18n import N_, _


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
    places: dict[str, QAction]  # "plan", "run", "follow_up"
    next_view: QAction
    previous_view: QAction
    views: QMenu  # Go › Views in this place, filled when opened
    show_projector: QAction
    blank_projector: QAction
    screens: QMenu
    themes: QActionGroup
    about: QAction

    def programme_actions(self) -> list[QAction]:
        """Actions that only make sense while a programme is open."""
        return [self.new_from_this, self.save_copy, self.close, *self.places.values(),
                self.next_view, self.previous_view, self.views.menuAction()]


def _action(window: QMainWindow, text: str, binding: str | None = None,
            name: str = "") -> QAction:
    """`text` is the English message (marked N_): shown in the interface's language, and again
    in a new one when the language changes (gui/kit/retranslate.py)."""
    if binding is not None:
        action = keymap.action(window, binding, text, name)
    else:
        action = QAction(window)
        if name:
            action.setObjectName(name)
    mark(action, text)
    return action


def _menu(parent: QMenuBar | QMenu, text: str, name: str) -> QMenu:
    menu = parent.addMenu(text)
    menu.setObjectName(name)
    mark(menu, text)
    return menu


def build_menus(window: QMainWindow, undo_group: QUndoGroup) -> ConsoleActions:
    bar = window.menuBar()

    file_menu = _menu(bar, N_("&File"), "fileMenu")
    new = _action(window, N_("&New programme…"), "file.new", "newAction")
    new_from_this = _action(window, N_("New programme &from this one…"), None, "newFromThisAction")
    open_ = _action(window, N_("&Open…"), "file.open", "openAction")
    file_menu.addActions([new, new_from_this, open_])
    recent = _menu(file_menu, N_("Open &Recent"), "recentMenu")
    file_menu.addSeparator()
    save_copy = _action(window, N_("Save a &Copy As…"), "file.save_copy", "saveCopyAction")
    close = _action(window, N_("&Close programme"), "file.close", "closeAction")
    file_menu.addActions([save_copy, close])
    file_menu.addSeparator()
    quit_ = _action(window, N_("&Quit"), "file.quit", "quitAction")
    quit_.setMenuRole(QAction.MenuRole.QuitRole)
    file_menu.addAction(quit_)

    edit_menu = _menu(bar, N_("&Edit"), "editMenu")
    undo = keymap.bind_action(undo_group.createUndoAction(window, _("Undo")), "edit.undo")
    undo.setObjectName("undoAction")
    redo = keymap.bind_action(undo_group.createRedoAction(window, _("Redo")), "edit.redo")
    redo.setObjectName("redoAction")
    edit_menu.addActions([undo, redo])

    go_menu = _menu(bar, N_("&Go"), "goMenu")
    places = {
        "plan": _action(window, N_("&Plan"), "place.plan", "goPlan"),
        "run": _action(window, N_("&Run"), "place.run", "goRun"),
        "follow_up": _action(window, N_("&Follow up"), "place.follow_up", "goFollowUp"),
    }
    go_menu.addActions(list(places.values()))
    go_menu.addSeparator()
    next_view = _action(window, N_("&Next view"), "view.next", "nextViewAction")
    previous_view = _action(window, N_("Pre&vious view"), "view.previous", "previousViewAction")
    go_menu.addActions([next_view, previous_view])
    views = _menu(go_menu, N_("&Views in this place"), "viewsMenu")

    view_menu = _menu(bar, N_("&View"), "viewMenu")
    show_projector = _action(window, N_("Show &projector"), "projector.show", "showProjectorAction")
    show_projector.setCheckable(True)
    blank_projector = _action(window, N_("&Blank projector"), "projector.blank",
                              "blankProjectorAction")
    blank_projector.setCheckable(True)
    # Both keys work from the console and from the projector window (gui/console/
    # projector_control.py adds them there, and lets them work in every window once drawn).
    view_menu.addActions([show_projector, blank_projector])
    screens = _menu(view_menu, N_("Projector &screen"), "screenMenu")
    view_menu.addSeparator()
    theme_menu = _menu(view_menu, N_("&Theme"), "themeMenu")
    themes = QActionGroup(window)
    themes.setExclusive(True)
    for key, text in (("light", N_("&Light")), ("dark", N_("&Dark"))):
        action = _action(window, text, name=f"theme_{key}")
        action.setCheckable(True)
        action.setData(key)
        themes.addAction(action)
        theme_menu.addAction(action)

    help_menu = _menu(bar, N_("&Help"), "helpMenu")
    about = _action(window, N_("&About Coprod Desktop"), name="aboutAction")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(about)

    return ConsoleActions(new=new, new_from_this=new_from_this, open=open_, recent=recent,
                          save_copy=save_copy, close=close, quit=quit_, undo=undo, redo=redo,
                          places=places, next_view=next_view, previous_view=previous_view,
                          views=views, show_projector=show_projector,
                          blank_projector=blank_projector, screens=screens, themes=themes,
                          about=about)
