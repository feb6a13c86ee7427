"""The console's menu bar, laid out the way desktop programs usually are.

Every key here comes from the one keyboard map (gui/kit/keymap.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from coprod_desktop.gui.kit import keymap
from coprod_desktop.i18n import _


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
    if binding is not None:
        return keymap.action(window, binding, text, name)
    action = QAction(text, window)
    if name:
        action.setObjectName(name)
    return action


def build_menus(window: QMainWindow, undo_group: QUndoGroup) -> ConsoleActions:
    bar = window.menuBar()

    file_menu = bar.addMenu(_("&File"))
    file_menu.setObjectName("fileMenu")
    new = _action(window, _("&New programme…"), "file.new", "newAction")
    new_from_this = _action(window, _("New programme &from this one…"), None, "newFromThisAction")
    open_ = _action(window, _("&Open…"), "file.open", "openAction")
    file_menu.addActions([new, new_from_this, open_])
    recent = file_menu.addMenu(_("Open &Recent"))
    recent.setObjectName("recentMenu")
    file_menu.addSeparator()
    save_copy = _action(window, _("Save a &Copy As…"), "file.save_copy", "saveCopyAction")
    close = _action(window, _("&Close programme"), "file.close", "closeAction")
    file_menu.addActions([save_copy, close])
    file_menu.addSeparator()
    quit_ = _action(window, _("&Quit"), "file.quit", "quitAction")
    quit_.setMenuRole(QAction.MenuRole.QuitRole)
    file_menu.addAction(quit_)

    edit_menu = bar.addMenu(_("&Edit"))
    edit_menu.setObjectName("editMenu")
    undo = keymap.bind_action(undo_group.createUndoAction(window, _("Undo")), "edit.undo")
    undo.setObjectName("undoAction")
    redo = keymap.bind_action(undo_group.createRedoAction(window, _("Redo")), "edit.redo")
    redo.setObjectName("redoAction")
    edit_menu.addActions([undo, redo])

    go_menu = bar.addMenu(_("&Go"))
    go_menu.setObjectName("goMenu")
    places = {
        "plan": _action(window, _("&Plan"), "place.plan", "goPlan"),
        "run": _action(window, _("&Run"), "place.run", "goRun"),
        "follow_up": _action(window, _("&Follow up"), "place.follow_up", "goFollowUp"),
    }
    go_menu.addActions(list(places.values()))
    go_menu.addSeparator()
    next_view = _action(window, _("&Next view"), "view.next", "nextViewAction")
    previous_view = _action(window, _("Pre&vious view"), "view.previous", "previousViewAction")
    go_menu.addActions([next_view, previous_view])
    views = go_menu.addMenu(_("&Views in this place"))
    views.setObjectName("viewsMenu")

    view_menu = bar.addMenu(_("&View"))
    view_menu.setObjectName("viewMenu")
    show_projector = _action(window, _("Show &projector"), "projector.show", "showProjectorAction")
    show_projector.setCheckable(True)
    blank_projector = _action(window, _("&Blank projector"), "projector.blank",
                              "blankProjectorAction")
    blank_projector.setCheckable(True)
    for action in (show_projector, blank_projector):
        # Both keys work from the console and from the projector window.
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    view_menu.addActions([show_projector, blank_projector])
    screens = view_menu.addMenu(_("Projector &screen"))
    screens.setObjectName("screenMenu")
    view_menu.addSeparator()
    theme_menu = view_menu.addMenu(_("&Theme"))
    theme_menu.setObjectName("themeMenu")
    themes = QActionGroup(window)
    themes.setExclusive(True)
    for key, text in (("light", _("&Light")), ("dark", _("&Dark"))):
        action = _action(window, text, name=f"theme_{key}")
        action.setCheckable(True)
        action.setData(key)
        themes.addAction(action)
        theme_menu.addAction(action)

    help_menu = bar.addMenu(_("&Help"))
    help_menu.setObjectName("helpMenu")
    about = _action(window, _("&About Coprod Desktop"), name="aboutAction")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(about)

    return ConsoleActions(new=new, new_from_this=new_from_this, open=open_, recent=recent,
                          save_copy=save_copy, close=close, quit=quit_, undo=undo, redo=redo,
                          places=places, next_view=next_view, previous_view=previous_view,
                          views=views, show_projector=show_projector,
                          blank_projector=blank_projector, screens=screens, themes=themes,
                          about=about)
