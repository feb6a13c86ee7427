"""Small widgets the levelling panels share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from coprod_desktop.gui.kit import keymap
from coprod_desktop.gui.kit.labels import plain_label as kit_plain_label

# A control button: its key in the panel's `buttons`, its text, its binding in the keyboard map
# (gui/kit/keymap.py; "" for none), what it does.
ControlSpec = tuple[str, str, str, Callable[[], None]]


def plain_label(text: str = "", *, size: int | None = None, bold: bool = False,
                parent: QWidget | None = None) -> QLabel:
    """A label that shows text exactly as typed: never read as HTML."""
    return kit_plain_label(text, parent=parent, point_size=size, bold=bold)


def button_text(text: str) -> str:
    """Text for a button or menu item shown as typed: "&" would otherwise become a shortcut key."""
    return text.replace("&", "&&")


def panel_shortcut(panel: QWidget, binding: str, slot: Callable[[], object]) -> list[QShortcut]:
    """The keys of `binding` (gui/kit/keymap.py), working wherever the focus is inside `panel`."""
    return keymap.shortcuts(panel, binding, slot)


def control_buttons(panel: QWidget, grid: QGridLayout,
                    specs: list[ControlSpec]) -> dict[str, QPushButton]:
    """Buttons three to a row in `grid`, each naming its key and reachable by it from anywhere in
    `panel`; they never take the focus, so the keys keep working after a click."""
    buttons: dict[str, QPushButton] = {}
    for n, (key, text, binding, slot) in enumerate(specs):
        button = QPushButton(keymap.label(binding, text) if binding else text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        grid.addWidget(button, n // 3, n % 3)
        buttons[key] = button
        if binding:
            panel_shortcut(panel, binding, slot)
    return buttons
