"""Apply a changed style sheet to a widget and everything inside it, at once.

Qt polishes a widget's look when it is first shown and when its own style sheet changes; a label
inside a panel that was hidden while the projector window's theme (and so its ancestors' style
sheets) changed can keep the old theme's colours — white text on the light theme's white panel.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def restyle_tree(root: QWidget) -> None:
    """Polish `root` and every widget inside it again with the style sheets in force now."""
    for widget in (root, *root.findChildren(QWidget)):
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
        widget.update()
