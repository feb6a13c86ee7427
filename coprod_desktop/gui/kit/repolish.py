"""Style sheets applied again: a widget's on/off state that the style sheet reads
(`QLabel#x[problem="true"]`), and a whole panel after its ancestors' style sheets changed.

Qt reads a dynamic property's selectors when it polishes a widget, so a change after that needs
the widget polished again. Doing that only when the state really changes keeps a start cheap:
asking a widget for its style makes PySide build the QStyle type and its enums (about 8 ms), and a
widget not yet polished takes the state when it is first shown anyway.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def set_flag(widget: QWidget, name: str, on: bool) -> None:
    """Set the boolean property `name` (unset reads as off) and restyle `widget` if it changed."""
    if bool(widget.property(name)) == on:
        return
    widget.setProperty(name, on)
    from PySide6.QtCore import Qt  # not before the welcome page is drawn (gui/console/window.py)

    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)


def restyle_tree(root: QWidget) -> None:
    """Polish `root` and every widget inside it again with the style sheets in force now: a label
    in a panel that was hidden while the projector's theme (its ancestors' style sheets) changed
    can keep the old theme's colours (white text on the light theme's white panel)."""
    for widget in (root, *root.findChildren(QWidget)):
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
        widget.update()
