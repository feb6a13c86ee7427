"""The actions table: what, who, due, status, where it was raised, and what to notice."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from coprod_desktop.domain.actions import Action, ActionStatus
from coprod_desktop.gui.formats import weekday_day_month
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.gui.programme.common import OVERDUE, plain_tooltip
from coprod_desktop.i18n import N_, _, count

ID_ROLE = Qt.ItemDataRole.UserRole
HEADERS = (N_("What"), N_("Who"), N_("Due"), N_("Status"), N_("Raised at"), N_("Notice"))
Index = QModelIndex | QPersistentModelIndex


def notice(action: Action, today: date) -> str:
    out = []
    if action.overdue_on(today) and action.due is not None:
        late = (today - action.due).days
        out.append(count("Overdue by {n} day", "Overdue by {n} days", late))
    if action.open and action.owner.left_group:
        out.append(_("Owner has left the group"))
    if action.open and action.owner.missing:
        out.append(_("Owner no longer on the list"))
    if action.open and not action.owner.name:
        out.append(_("Nobody has taken it yet"))
    return "; ".join(out)


class ActionTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.actions: list[Action] = []
        self.meetings: dict[int, str] = {}
        self.today = date.today()

    def set_actions(self, actions: list[Action], meetings: dict[int, str], today: date) -> None:
        self.beginResetModel()
        self.actions, self.meetings, self.today = actions, meetings, today
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.actions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(HEADERS[section])
        return None

    def cell(self, action: Action, column: int) -> str:
        if column == 0:
            return action.what
        if column == 1:
            return said(action.owner.label)
        if column == 2:
            return weekday_day_month(action.due) if action.due else "—"
        if column == 3:
            return _(action.status.label)
        if column == 4:
            title = self.meetings.get(action.raised_session_id or -1, "Typed in")
            return title.split(":")[0] if short_title(title) else title
        return notice(action, self.today)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        action = self.actions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(action, index.column()).replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.cell(action, index.column())
            if index.column() == 0 and action.source_text and action.source_text != action.what:
                text += _("\n\nFrom the note: {source_text}").format(source_text=action.source_text)
            return plain_tooltip(text) if text else None
        if role == ID_ROLE:
            return action.id
        late = action.overdue_on(self.today)
        if role == Qt.ItemDataRole.ForegroundRole:
            if late and index.column() in (2, 5):
                return QColor(OVERDUE)
            if action.status is not ActionStatus.OPEN:
                return QColor("#6b6b6b")
        if role == Qt.ItemDataRole.FontRole and late and index.column() in (2, 5):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def row_of(self, action_id: int) -> int | None:
        return next((i for i, a in enumerate(self.actions) if a.id == action_id), None)


def short_title(title: str) -> bool:
    """Meeting titles like 'Team meeting 2: ideas for the wait' read as 'Team meeting 2'."""
    return ":" in title and len(title) > 24
