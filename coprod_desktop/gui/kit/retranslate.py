"""Menus and actions that follow a change of the interface's language while the app runs.

A menu or action made with `mark(thing, N_("&File"))` keeps its English message; when the
language changes, `retranslate(window)` sets every marked text again in the new language.
(Panels set their own texts again when they get Qt's LanguageChange event; see
gui/plain/i18n.py.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from coprod_desktop.i18n import _

MESSAGE = "englishText"  # the property holding the English message


def mark(thing: QAction | QMenu, message: str) -> QAction | QMenu:
    """Show `message` in the interface's language on `thing`, and remember it."""
    thing.setProperty(MESSAGE, message)
    if isinstance(thing, QMenu):
        thing.setTitle(_(message))
    else:
        thing.setText(_(message))
    return thing


def retranslate(window: QWidget) -> None:
    """Every marked menu and action under `window`, in the interface's language now."""
    for menu in window.findChildren(QMenu):
        message = menu.property(MESSAGE)
        if message:
            menu.setTitle(_(str(message)))
    for action in window.findChildren(QAction):
        message = action.property(MESSAGE)
        if message:
            action.setText(_(str(message)))


class FollowLanguage(QObject):
    """Retranslates `window`'s marked menus and actions when Qt says the language changed."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            retranslate(self.window)
        return False
