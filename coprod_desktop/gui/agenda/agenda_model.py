"""The agenda as a table: phase, title, minutes, planned start, actual times, tool.

Rows come from the stored agenda; edits and drops call back into the panel, which runs them as
undoable service calls. The model never changes itself: it is rebuilt from the ChangeSet's refresh.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from coprod_desktop.domain.agenda import RunState
from coprod_desktop.facilitation.live import LiveAgenda
from coprod_desktop.gui.agenda.phase_art import phase_icon
from coprod_desktop.i18n import N_, _

MIME = "application/x-coprod-activity"
COLUMNS = (N_("Phase"), N_("Activity"), N_("Min"), N_("Planned"), N_("Actual"), N_("Tool"))
PHASE, TITLE, MINUTES, PLANNED, ACTUAL, TOOL = range(6)
CURRENT_BACKGROUND = QColor("#FFE08A")
CURRENT_TEXT = QColor("#1B1F24")
Index = QModelIndex | QPersistentModelIndex


class AgendaTableModel(QAbstractTableModel):
    def __init__(self, edit: Callable[[int, str, str], None], move: Callable[[int, int], None],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self._move = move
        self.state: LiveAgenda | None = None

    def set_state(self, state: LiveAgenda | None) -> None:
        self.beginResetModel()
        self.state = state
        self.endResetModel()

    @property
    def items(self) -> Sequence[Any]:
        return self.state.agenda.items if self.state else ()

    def activity_id(self, row: int) -> int | None:
        return self.items[row].id if 0 <= row < len(self.items) else None

    def row_of(self, activity_id: int) -> int | None:
        return next((r for r, item in enumerate(self.items) if item.id == activity_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(COLUMNS[section])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in (TITLE, MINUTES):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.state is None:
            return None
        item = self.items[index.row()]
        activity, column = item.activity, index.column()
        is_current = self.state.current_index == index.row() and \
            self.state.state is not RunState.FINISHED
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(index.row(), column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.DecorationRole and column == PHASE:
            return phase_icon(activity.phase)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == PHASE:
                return f"{_(activity.phase.label)}: {activity.phase.summary}"
            return activity.instructions or None
        if role == Qt.ItemDataRole.FontRole and is_current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and is_current:
            return QBrush(CURRENT_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and is_current:
            return QBrush(CURRENT_TEXT)  # dark on the light band, in the light and dark themes
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (MINUTES, PLANNED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: int, column: int, editing: bool) -> str:
        assert self.state is not None
        item = self.items[row]
        if column == PHASE:
            return _(item.activity.phase.label)
        if column == TITLE:
            return item.activity.title
        if column == MINUTES:
            return str(item.activity.duration_s // 60)
        if column == PLANNED:
            return self.state.hhmm(self.state.planned[row])
        if column == ACTUAL:
            if item.started_at is None:
                return ""
            end = self.state.hhmm(item.ended_at) if item.ended_at else "…"
            return f"{self.state.hhmm(item.started_at)}–{end}"
        if column == TOOL:
            return _(item.tool.label)
        return ""

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = {TITLE: "title", MINUTES: "minutes"}.get(index.column())
        if field is None or str(value) == self._text(index.row(), index.column(), True):
            return False
        self._edit(self.items[index.row()].id, field, str(value))
        return False  # the refresh after the saved change shows the new value

    # Drag to reorder --------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        if rows:
            data.setData(MIME, QByteArray(str(self.items[rows[0]].id).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                     column: int, parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        activity_id = int(bytes(data.data(MIME).data()).decode() or 0)
        source = self.row_of(activity_id)
        if source is None:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.items))
        index = target - 1 if target > source else target
        if index != source:
            self._move(activity_id, index)
        return False  # the view must not remove rows itself: the refresh rebuilds them
