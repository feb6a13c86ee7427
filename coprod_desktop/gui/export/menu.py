"""File › Export… in the console's menu, for the programme that is open."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit import keymap
from coprod_desktop.i18n import _


def add_export_action(menu: QMenu, env: GuiEnv, parent: QWidget, *,
                      current_session: Callable[[], int | None] | None = None,
                      join_url: Callable[[], str] | None = None,
                      before: QAction | None = None) -> QAction:
    """An 'Export…' action (Ctrl+E) that opens the dialog on the session being looked at."""
    action = QAction(_("&Export…"), parent)
    action.setObjectName("exportAction")
    keymap.bind_action(action, "file.export")

    def open_dialog() -> None:
        from coprod_desktop.gui.export.dialog import ExportDialog  # reportlab: on first use

        ExportDialog(env, parent, session_id=current_session() if current_session else None,
                     join_url=join_url() if join_url else "").exec()

    action.triggered.connect(open_dialog)
    if before is not None:
        menu.insertAction(before, action)
    else:
        menu.addAction(action)
    return action


def install_export_action(window: QMainWindow, view: QWidget) -> QAction | None:
    """Put File › Export… under 'Save a Copy As…' for the programme `view` shows; it goes away
    with the view. `view` is the console's ProgrammeView (env, current_session(), panels)."""
    save_copy = window.findChild(QAction, "saveCopyAction")
    menu = next((m for m in window.menuBar().findChildren(QMenu)
                 if save_copy is not None and save_copy in m.actions()), None)
    if menu is None:
        return None
    actions = menu.actions()
    after = actions[actions.index(save_copy) + 1] if save_copy in actions[:-1] else None
    for old in [a for a in actions if a.objectName() == "exportAction"]:
        menu.removeAction(old)
    def join() -> str:
        """The sign-in panel's join link, asked when the dialog opens (panels are built when
        first shown: no sign-in panel yet means sign-in was never opened)."""
        found = next((p.join_url for p in getattr(view, "panels", [])
                      if callable(getattr(p, "join_url", None))), None)
        return str(found()) if found is not None else ""

    action = add_export_action(menu, view.env, window,  # type: ignore[attr-defined]
                               current_session=view.current_session,  # type: ignore[attr-defined]
                               join_url=join, before=after)

    def remove() -> None:
        with contextlib.suppress(RuntimeError):  # the window may have gone first
            menu.removeAction(action)
            action.deleteLater()  # with its hold on the closed programme's services

    view.destroyed.connect(remove)
    return action
