"""Questions and messages that never block: each box opens window-modal and calls back.

Nothing here calls `exec()`, so tests drive the real boxes by clicking their buttons.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from coprod_desktop.gui.kit.said_text import said

Button = QMessageBox.StandardButton


def _box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str,
         detail: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("messageBox")
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and titles are shown as typed
    if detail:
        box.setInformativeText(detail)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def confirm(parent: QWidget, title: str, text: str, yes_text: str,
            on_yes: Callable[[], None], detail: str = "") -> QMessageBox:
    """Ask before doing something; `on_yes` runs only if the facilitator agrees."""
    box = _box(parent, QMessageBox.Icon.Question, title, text, detail)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("yesButton")
    cancel = box.addButton(Button.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)

    def answered(button: object) -> None:
        if button is yes:
            on_yes()

    box.buttonClicked.connect(answered)
    box.open()
    return box


def choose(parent: QWidget, title: str, text: str,
           choices: list[tuple[str, Callable[[], None]]], detail: str = "") -> QMessageBox:
    """Ask which of several things to do (the first is the default), or none (Cancel, Escape);
    the chosen one's callback runs. Each button's object name is choice0, choice1…"""
    box = _box(parent, QMessageBox.Icon.Question, title, text, detail)
    buttons = []
    for number, (label, _call) in enumerate(choices):
        button = box.addButton(label, QMessageBox.ButtonRole.AcceptRole if number == 0
                               else QMessageBox.ButtonRole.ActionRole)
        button.setObjectName(f"choice{number}")
        buttons.append(button)
    cancel = box.addButton(Button.Cancel)
    box.setDefaultButton(buttons[0] if buttons else cancel)
    box.setEscapeButton(cancel)

    def answered(button: object) -> None:
        for chosen, (_label, call) in zip(buttons, choices, strict=True):
            if button is chosen:
                call()

    box.buttonClicked.connect(answered)
    box.open()
    return box


def tell(parent: QWidget, title: str, text: str, detail: str = "", *,
         problem: bool = True) -> QMessageBox:
    """Show a message with one OK button (a service's Said message in the interface's
    language)."""
    icon = QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Information
    box = _box(parent, icon, title, said(text), detail)
    box.addButton(Button.Ok)
    box.open()
    return box
