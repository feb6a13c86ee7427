"""Form rows that show a refusal right under the field it is about, in plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from coprod_desktop.domain.errors import CoprodError, ValidationError
from coprod_desktop.gui.kit.said_text import said

GENERAL = ""


class FieldErrors:
    """Error labels keyed by the service's field names (`ValidationError.field`)."""

    def __init__(self, fallback: str = GENERAL) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self.fallback = fallback

    def add_row(self, form: QFormLayout, text: str, widget: QWidget, *names: str) -> QLabel:
        """Add `widget` with its label; errors for any of `names` appear beneath it."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = self.make_label()
        column.addWidget(error)
        form.addRow(text, holder)
        self.attach(error, *names, widget=widget)
        return error

    def attach(self, label: QLabel, *names: str, widget: QWidget | None = None) -> None:
        """Show errors for `names` in `label` (focusing `widget`, if given)."""
        for name in names:
            self._labels[name] = label
            if widget is not None:
                self._widgets[name] = widget

    @staticmethod
    def make_label() -> QLabel:
        error = QLabel()
        error.setObjectName("fieldError")
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setWordWrap(True)
        error.hide()
        return error

    def show(self, exc: CoprodError) -> str:
        """Show the message by its field (or the fallback); returns the field used."""
        field = exc.field if isinstance(exc, ValidationError) and exc.field else self.fallback
        if field not in self._labels:
            field = self.fallback if self.fallback in self._labels else GENERAL
        label = self._labels.get(field)
        if label is None:
            raise RuntimeError(f"No place to show: {exc.message}")
        label.setText(said(exc.message))
        label.show()
        widget = self._widgets.get(field)
        if widget is not None:
            widget.setFocus()
        return field

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def message(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""
