"""The actions panel: the review for the chosen meeting, and every action with filters."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.actions import Action, ActionStatus
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.panel_contract import PanelHooks
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.gui.kit.shown_gate import gate
from coprod_desktop.gui.listen import listen
from coprod_desktop.gui.programme.action_model import ID_ROLE, ActionTableModel
from coprod_desktop.gui.programme.action_review import ActionReviewList
from coprod_desktop.gui.scrolling import scrolled_layout
from coprod_desktop.i18n import N_, _
from coprod_desktop.services import ChangeSet
from coprod_desktop.services.programme_report import ActionReport, action_report

FILTERS = (N_("Open"), N_("Overdue"), N_("Done"), N_("Dropped"), N_("All"))
TABLES = ("action", "action_review", "attendee", "session")


class ActionsPanel(QWidget):
    title = N_("Actions")
    tools = ("actions",)  # the agenda's "Review our actions" step opens the review here

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionsPanel")
        self.env = env
        self.session_id: int | None = None
        self.review = ActionReviewList(env)
        self.status = QComboBox()
        self.status.setObjectName("actionStatusFilter")
        for key in FILTERS:  # shown in the interface's language, chosen by its English key
            self.status.addItem(_(key), key)
        self.owner = QComboBox()
        self.owner.setObjectName("actionOwnerFilter")
        self.search = QLineEdit()
        self.search.setObjectName("actionSearch")
        self.search.setPlaceholderText(_("Find an action"))
        self.search.setClearButtonEnabled(True)
        self.model = ActionTableModel()
        self.table = QTableView()
        self.table.setObjectName("actionTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(5, 240)
        self.table.doubleClicked.connect(self._edit_index)
        self.buttons: dict[str, QPushButton] = {}
        self._build()
        for signal in (self.status.currentIndexChanged, self.owner.currentIndexChanged):
            signal.connect(self.refresh_table)
        self.search.textChanged.connect(self.refresh_table)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        # "All actions" (the second tab) is filled when it is first opened, and kept up to date
        # from then on while it is the tab in front (issue 18: the review is what shows first).
        self._table_stale = True
        self.tabs.currentChanged.connect(self._tab_changed)
        self.shown_gate = gate(self, self.refresh)  # refreshed while shown, once on showing
        listen(self, env.services, self._changed)
        self.refresh()

    def _build(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.owner)
        filters.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        for key, text, slot in (
                ("new", _("New action…"), self.new_action), ("edit", _("Edit…"), self.edit_selected),
                ("done", _("Mark done"), lambda: self._status(ActionStatus.DONE)),
                ("drop", _("Drop"), lambda: self._status(ActionStatus.DROPPED)),
                ("reopen", _("Reopen"), lambda: self._status(ActionStatus.OPEN)),
                ("delete", _("Delete"), self._delete)):
            button = QPushButton(text)
            button.setObjectName(f"action_{key}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        everything = QWidget()
        column = QVBoxLayout(everything)
        column.addLayout(filters)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("actionTabs")
        self.tabs.addTab(self.review, _("Review at this meeting"))
        self.tabs.addTab(everything, _("All actions"))
        layout = scrolled_layout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)

    # ---------------------------------------------------------------------------------------
    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.review.set_meeting(session_id)

    def _changed(self, change: ChangeSet) -> None:
        if change.touches(*TABLES):
            self.shown_gate.heard()

    def refresh(self) -> None:
        self.review.refresh()
        if self.tabs.currentWidget() is self.review:
            self._table_stale = True  # filled when "All actions" is next opened
            return
        self._fill_table_tab()

    def _tab_changed(self, _index: int) -> None:
        if self._table_stale and self.tabs.currentWidget() is not self.review:
            self._fill_table_tab()

    def _fill_table_tab(self) -> None:
        """The owners to filter by and the table, from one read of the actions."""
        self._table_stale = False
        report = self._report()
        self._fill_owners(report)
        self._fill_table(report)

    def _report(self) -> ActionReport:
        return action_report(self.env.services.ctx.db, self.env.clock.now())

    def _fill_owners(self, report: ActionReport) -> None:
        names = sorted({said(a.owner.label) for a in report.actions}, key=str.casefold)
        chosen = self.owner.currentText()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(_("Anyone"))
        self.owner.addItems(names)
        self.owner.setCurrentIndex(max(0, self.owner.findText(chosen)))
        self.owner.blockSignals(False)

    def visible_actions(self, report: ActionReport | None = None) -> list[Action]:
        report = report if report is not None else self._report()
        which = self.status.currentData()
        if which == "Overdue":
            found = report.overdue
        elif which == "All":
            found = list(report.actions)
        else:
            found = report.with_status(ActionStatus(which.lower()))
        if self.owner.currentIndex() > 0:
            found = [a for a in found if said(a.owner.label) == self.owner.currentText()]
        words = self.search.text().strip().casefold()
        if words:
            found = [a for a in found
                     if words in a.what.casefold()
                     or words in said(a.owner.label).casefold()]
        return found

    def refresh_table(self) -> None:
        self._fill_table(self._report())

    def _fill_table(self, report: ActionReport) -> None:
        chosen = self.selected_id()
        meetings = {s.id: s.title for s in self.env.services.read.sessions()}
        self.model.set_actions(self.visible_actions(report), meetings, report.today)
        row = self.model.row_of(chosen) if chosen is not None else None
        if row is not None:
            self.table.selectRow(row)
        self._enable()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return int(rows[0].data(ID_ROLE)) if rows else None

    def _selected(self) -> Action | None:
        chosen = self.selected_id()
        return next((a for a in self.model.actions if a.id == chosen), None)

    def _enable(self) -> None:
        action = self._selected()
        for key in ("edit", "delete"):
            self.buttons[key].setEnabled(action is not None)
        is_open = action is not None and action.open
        self.buttons["done"].setEnabled(is_open)
        self.buttons["drop"].setEnabled(is_open)
        self.buttons["reopen"].setEnabled(action is not None and not action.open)

    # commands ------------------------------------------------------------------------------
    def new_action(self) -> None:
        from coprod_desktop.gui.programme.action_dialog import ActionDialog  # when first asked

        ActionDialog(self.env, session_id=self.session_id, parent=self).exec()

    def edit_selected(self) -> None:
        from coprod_desktop.gui.programme.action_dialog import ActionDialog  # when first asked

        action = self._selected()
        if action is not None:
            ActionDialog(self.env, action_id=action.id, session_id=self.session_id,
                         parent=self).exec()

    def _edit_index(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        self.edit_selected()

    def _status(self, status: ActionStatus) -> None:
        action, meeting = self._selected(), self.session_id
        if action is not None:
            self.env.undo.run(lambda: self.env.services.actions.set_status(
                action.id, status, meeting_id=meeting))

    def _delete(self) -> None:
        action = self._selected()
        if action is not None:
            self.env.undo.run(lambda: self.env.services.actions.delete_action(action.id))

    def hooks(self) -> PanelHooks:
        return PanelHooks(tools=self.tools, follow_activity=self.follow_activity,
                          show_tool=self.show_tool)

    def show_review(self) -> None:
        self.tabs.setCurrentWidget(self.review)

    def show_tool(self, _tool: str) -> None:
        self.show_review()

    def follow_activity(self, _activity_id: int, tool: str) -> None:
        """The room moved on in the agenda: a review step puts the review in front here."""
        if tool in self.tools:
            self.show_review()
