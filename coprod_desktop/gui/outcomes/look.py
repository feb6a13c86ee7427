"""Small pieces the outcomes and reach widgets share: plain labels, the projector's colours."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from coprod_desktop.gui.kit.labels import plain_label
from coprod_desktop.gui.kit.projector_look import ProjectorLook, projector_font, smooth

ERROR = "#C0392B"


def error_line(name: str = "fieldError") -> QLabel:
    label = plain_label("", name)
    label.setStyleSheet(f"color: {ERROR}; font-weight: bold;")
    label.setVisible(False)
    return label


# The projector's look, under the names this folder's views use.
Look = ProjectorLook
big_font = projector_font

__all__ = ["ERROR", "Look", "big_font", "error_line", "plain_label", "smooth"]
