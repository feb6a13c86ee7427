"""A widget's on/off state that the style sheet reads (`QLabel#x[problem="true"]`).

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
