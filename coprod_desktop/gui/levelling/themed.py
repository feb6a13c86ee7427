"""The base of the levelling projector views: painted in the projector window's light or dark look."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coprod_desktop.gui.levelling.style import DARK, LOOKS, Look
from coprod_desktop.gui.theme import follow_projector_theme


class ThemedProjectorView(QWidget):
    """Paints with `self.look`, which follows the projector window's theme while it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = "dark"
        self.look: Look = DARK
        follow_projector_theme(self, self.set_theme)

    def set_theme(self, theme: str) -> None:
        if theme == self.theme or theme not in LOOKS:
            return
        self.theme = theme
        self.look = LOOKS[theme]
        self.update()
