"""Small widgets the people panels share: plain labels and a list of readable sections."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.gui.kit.labels import plain_label

if TYPE_CHECKING:
    from coprod_desktop.domain.person_file import Section


def plain(text: str = "", name: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows text exactly as typed (never as markup) and wraps."""
    return plain_label(text, name, parent=parent)


class SectionTable(QTableWidget):
    """One section's rows: plain text cells that wrap, as tall as its rows (no inner scrolling)."""

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(len(section.rows), len(section.columns), parent)
        self.setObjectName(f"section_{section.key}")
        self.setAccessibleName(section.title)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        key_value = len(section.columns) == 2 and section.columns[0] in ("What", "Choice")
        header.setVisible(not key_value and any(section.columns))
        self.setHorizontalHeaderLabels(list(section.columns))
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        for r, row in enumerate(section.rows):
            for c, text in enumerate(row):
                self.setItem(r, c, QTableWidgetItem(text))  # items never read markup
        metrics = self.fontMetrics()
        self._natural = []
        for c, title in enumerate(section.columns):
            texts = [title, *(row[c] for row in section.rows if c < len(row))]
            widest = max((max((metrics.horizontalAdvance(line) for line in t.split("\n")),
                              default=0) for t in texts), default=0)
            self._natural.append(min(widest + 18, 460))
        self.fit_columns()
        self.fit_height()

    def fit_columns(self) -> None:
        """Columns as wide as their text when that fits; otherwise each keeps a fair share and
        long text wraps. Never wider than the view, so nothing is cut off at the right."""
        available = max(120, self.viewport().width())
        natural = self._natural
        if sum(natural) <= available:
            widths = list(natural)
            widths[-1] += available - sum(natural)
        else:
            floor = [min(n, 90) for n in natural]
            spare = max(0, available - sum(floor))
            extra = [n - f for n, f in zip(natural, floor, strict=True)]
            total = sum(extra) or 1
            widths = [f + spare * e // total for f, e in zip(floor, extra, strict=True)]
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)

    def fit_height(self) -> None:
        self.resizeRowsToContents()
        height = sum(self.rowHeight(r) for r in range(self.rowCount()))
        if not self.horizontalHeader().isHidden():
            height += self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - QResizeEvent
        super().resizeEvent(event)
        self.fit_columns()
        self.fit_height()


class SectionList(QScrollArea):
    """Sections one under another, each a heading, a line about it, and its table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._tables: dict[str, SectionTable | None] = {}
        self._body = QWidget()
        self._column = QVBoxLayout(self._body)
        self._column.addStretch(1)
        self.setWidget(self._body)

    def show_sections(self, sections: Sequence[Section]) -> None:
        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(4)
        self._tables = {}
        for section in sections:
            head = plain(section.title)
            font = QFont(head.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.25)
            head.setFont(font)
            column.addSpacing(10)
            column.addWidget(head)
            if section.about:
                column.addWidget(_quiet(section.about))
            if section.rows:
                table = SectionTable(section)
                column.addWidget(table)
                self._tables[section.key] = table
            else:
                column.addWidget(_quiet(section.empty))
                self._tables[section.key] = None
        column.addStretch(1)
        self._body = body
        self.setWidget(body)  # the old body is deleted by the scroll area

    def section_keys(self) -> list[str]:
        return list(self._tables)

    def section_text(self, key: str) -> list[list[str]]:
        """The rows of one section, as text (for tests and for reading aloud)."""
        table = self._tables[key]
        if table is None:
            return []
        return [[table.item(r, c).text() for c in range(table.columnCount())]
                for r in range(table.rowCount())]


def _quiet(text: str) -> QLabel:
    label = plain(text)
    font = QFont(label.font())
    font.setItalic(True)
    label.setFont(font)
    return label
