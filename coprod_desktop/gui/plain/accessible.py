"""Accessible names for controls that have none, worked out from what a sighted person sees.

Every focusable control should say what it is to a screen reader. Panels name their own controls
(setAccessibleName); this pass fills the gaps, once a programme's panels are built, from the
label a person would read next to the control: its buddy label, the nearest label before it in
its layout, its placeholder or tooltip, or the panel it belongs to.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QWidget,
)

from coprod_desktop.i18n import _

log = logging.getLogger(__name__)


def has_name(widget: QWidget) -> bool:
    """Whether a screen reader already has something to announce for `widget`.

    Worked out from the widget itself (its accessible name, its own text, a buddy label), not by
    asking QAccessible, whose interfaces Qt creates and deletes itself.
    """
    if widget.accessibleName().strip():
        return True
    if isinstance(widget, QAbstractButton) and _clean(widget.text()):
        return True
    if isinstance(widget, QComboBox | QTabBar):
        return True  # Qt announces the current choice or the tab's text
    return any(label.buddy() is widget and _clean(label.text())
               for label in widget.window().findChildren(QLabel))


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("&&", "\0").replace("&", "").replace("\0", "&")
                  ).strip().rstrip(":…").strip()


def _label_before(widget: QWidget) -> str:
    """The label a person reads just before the control: its form label, or the nearest label
    made before it among its siblings (panels make a label, then the control it labels).

    Layout items are not walked: PySide's wrappers for them can outlive what they wrap.
    """
    parent = widget.parentWidget()
    if parent is None:
        return ""
    layout = parent.layout()
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        if isinstance(label, QLabel) and _clean(label.text()):
            return _clean(label.text())
    siblings = parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if widget not in siblings:
        return ""
    for other in reversed(siblings[:siblings.index(widget)][-4:]):
        if isinstance(other, QLabel) and not other.isHidden() and _clean(other.text()):
            return _clean(other.text())
    return ""


def _owner_title(widget: QWidget) -> str:
    node = widget.parentWidget()
    while node is not None:
        title = getattr(node, "title", None)
        if isinstance(title, str) and title:
            return _(title)  # a panel's title is kept in English and shown translated
        node = node.parentWidget()
    return ""


def derive_name(widget: QWidget) -> str:
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and _clean(label.text()):
            return _clean(label.text())
    if isinstance(widget, QScrollArea) and widget.widget() is not None:
        return _owner_title(widget) or _clean(widget.toolTip())
    before = _label_before(widget)
    if before:
        return before
    if isinstance(widget, QLineEdit | QPlainTextEdit) and widget.placeholderText():
        return _clean(widget.placeholderText())
    if widget.toolTip():
        return _clean(widget.toolTip())
    heading = next((_clean(lb.text()) for lb in widget.findChildren(QLabel)
                    if _clean(lb.text())), "")
    if heading and not isinstance(widget, QAbstractScrollArea):
        return heading
    return _owner_title(widget)


def name_unnamed_controls(root: QWidget) -> list[str]:
    """Give each focusable control under `root` without a spoken name one; returns what it did."""
    done: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or has_name(widget):
            continue
        name = derive_name(widget)
        if name:
            widget.setAccessibleName(name)
            done.append(f"{type(widget).__name__} → {name}")
    if done:
        log.debug("Accessible names worked out for %d controls: %s", len(done), "; ".join(done))
    return done
