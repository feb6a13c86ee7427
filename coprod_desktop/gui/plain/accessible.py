"""Accessible names for controls that have none, worked out from what a sighted person sees.

Every focusable control should say what it is to a screen reader. Panels name their own controls
(setAccessibleName); this pass fills the gaps, as each of a programme's panels is built, from the
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


Buddies = dict[int, str]  # id(control) → the words of the label that is its buddy


def buddy_names(window: QWidget) -> Buddies:
    """Every buddy label's words in `window`, by the control it labels (one walk per pass)."""
    found: Buddies = {}
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and id(buddy) not in found and _clean(label.text()):
            found[id(buddy)] = _clean(label.text())
    return found


def has_name(widget: QWidget, buddies: Buddies | None = None) -> bool:
    """Whether a screen reader already has something to announce for `widget`.

    Worked out from the widget itself (its accessible name, its own text, a buddy label), not by
    asking QAccessible, whose interfaces Qt creates and deletes itself. `buddies`: the window's
    (`buddy_names`), when many widgets of one window are asked about.
    """
    if widget.accessibleName().strip():
        return True
    if isinstance(widget, QAbstractButton) and _clean(widget.text()):
        return True
    if isinstance(widget, QComboBox | QTabBar):
        return True  # Qt announces the current choice or the tab's text
    return id(widget) in (buddies if buddies is not None else buddy_names(widget.window()))


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
    """The title of the panel `widget` is or belongs to."""
    node: QWidget | None = widget
    while node is not None:
        title = getattr(node, "title", None)
        if isinstance(title, str) and title:
            return _(title)  # a panel's title is kept in English and shown translated
        node = node.parentWidget()
    return ""


def derive_name(widget: QWidget, buddies: Buddies | None = None) -> str:
    buddy = (buddies if buddies is not None else buddy_names(widget.window())).get(id(widget))
    if buddy:
        return buddy
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
    """Give `root` and each focusable control under it without a spoken name one; returns what
    it did. The console calls it for one panel at a time, when the panel is built and shown."""
    done: list[str] = []
    buddies = buddy_names(root)  # a control's buddy label sits in its own panel
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or has_name(widget, buddies):
            continue
        name = derive_name(widget, buddies)
        if name:
            widget.setAccessibleName(name)
            done.append(f"{type(widget).__name__} → {name}")
    if done:
        log.debug("Accessible names worked out for %d controls: %s", len(done), "; ".join(done))
    return done
