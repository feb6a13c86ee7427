"""The "You said, we did" panel: everything the group said it would come back to, and where each
has got to. Mark, update, carry forward, and put "since last time" on the projector."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from coprod_desktop.domain.outcomes import Outcome, OutcomeStatus, SourceKind
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.formats import day_month
from coprod_desktop.gui.kit.panel_contract import PanelHooks
from coprod_desktop.gui.kit.shown_gate import gate
from coprod_desktop.gui.listen import listen
from coprod_desktop.gui.outcomes.dialogs import MarkDialog, OutcomeDialog
from coprod_desktop.gui.outcomes.look import plain_label
from coprod_desktop.gui.outcomes.projector_view import KEY, WATCHED, SinceLastTimeView, second_line
from coprod_desktop.gui.scrolling import scrolled_layout
from coprod_desktop.i18n import N_, _
from coprod_desktop.services import ChangeSet

FILTERS = (N_("Open"), N_("Since last time"), N_("Settled"), N_("All"))
COLUMNS = (N_("You said"), N_("Where it is"), N_("What became of it"), N_("Carried by"), N_("Raised"))
ID_ROLE = Qt.ItemDataRole.UserRole
TABLES = (*WATCHED, "action", "rapid_test")


class OutcomesPanel(QWidget):
    title = N_("You said, we did")
    tools = ("outcomes",)

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomesPanel")
        self.env = env
        self.session_id: int | None = None
        self.outcomes: list[Outcome] = []
        self.dialog: MarkDialog | OutcomeDialog | None = None
        self.view = SinceLastTimeView(env)
        env.projector.add_view(KEY, self.view)
        self.filter = QComboBox()
        self.filter.setObjectName("outcomeFilter")
        for key in FILTERS:  # shown in the interface's language, chosen by its English key
            self.filter.addItem(_(key), key)
        self.summary = plain_label("", "outcomeSummary")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("outcomeTable")
        self.table.setHorizontalHeaderLabels([_(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col in (1, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.update_selected())
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
                ("mark", _("We'll come back to this…"), self.mark),
                ("update", _("What became of it…"), self.update_selected),
                ("carry", _("Carry open ones forward"), self.carry_forward),
                ("delete", _("Delete"), self.delete_selected),
                ("show", _("Show since last time"), self.show_on_projector)):
            button = QPushButton(text)
            button.setObjectName(f"outcome_{key}")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addWidget(self.summary, 1)
        layout = scrolled_layout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(plain_label(
            _("The bulletin (File › Export…) and the phones' page show what may leave the room: "
            "not held-back notes, not stories kept in the room."), "outcomeHint"))
        self.filter.currentIndexChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._enable)
        self.shown_gate = gate(self, self.refresh)  # quiet while hidden, once when shown
        listen(self, env.services, self._changed)
        self.refresh()

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.view.set_session(session_id)
        self.refresh()

    def _changed(self, change: ChangeSet) -> None:
        if change.touches(*TABLES):
            self.shown_gate.heard()

    def visible(self) -> list[Outcome]:
        read = self.env.services.outcomes.outcomes
        which = self.filter.currentData()
        if which == "Since last time":
            return read.since_last_time(self.session_id, shareable_only=False)
        everything = read.outcomes()
        if which == "Open":
            return [o for o in everything if o.open]
        if which == "Settled":
            return [o for o in everything if not o.open]
        return everything

    def refresh(self) -> None:
        chosen = self.selected_id()
        read = self.env.services.outcomes.outcomes
        everything = read.outcomes()
        counts = {s: sum(1 for o in everything if o.status is s) for s in OutcomeStatus}
        self.summary.setText(", ".join(f"{n} {_(s.label).lower()}" for s, n in counts.items() if n)
                             or _("Nothing marked to come back to yet."))
        self.outcomes = self.visible()
        meetings = {s.id: s for s in self.env.services.read.sessions()}
        self.table.setRowCount(len(self.outcomes))
        for r, o in enumerate(self.outcomes):
            label, words = second_line(o)
            raised = meetings.get(o.raised_session_id) if o.raised_session_id else None
            cells = (o.said + ("" if o.shareable else _("  (kept in the room)")), _(o.status.label),
                     f"{label} {words}" if words else "",
                     "; ".join(x.title for x in o.links if not x.missing),
                     day_month(raised.date) if raised else "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, o.id)
                if c == 1:
                    item.setToolTip(_(o.status.label))
                self.table.setItem(r, c, item)
            if o.id == chosen:
                self.table.selectRow(r)
        self.table.resizeRowsToContents()
        self._enable()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return int(self.table.item(rows[0].row(), 0).data(ID_ROLE)) if rows else None

    def selected(self) -> Outcome | None:
        chosen = self.selected_id()
        return next((o for o in self.outcomes if o.id == chosen), None)

    def select(self, outcome_id: int) -> None:
        for r, o in enumerate(self.outcomes):
            if o.id == outcome_id:
                self.table.selectRow(r)

    def _enable(self) -> None:
        chosen = self.selected()
        self.buttons["mark"].setEnabled(self.session_id is not None)
        self.buttons["update"].setEnabled(chosen is not None)
        self.buttons["delete"].setEnabled(chosen is not None)
        self.buttons["carry"].setEnabled(self.session_id is not None and
                                         any(o.open for o in self.outcomes))

    # commands ------------------------------------------------------------------------------
    def mark(self, kind: SourceKind | None = None, source_id: int | None = None) -> MarkDialog | None:
        if self.session_id is None:
            return None
        self.dialog = MarkDialog(self.env, self.session_id, self, kind=kind, source_id=source_id)
        self.dialog.open()
        return self.dialog

    def update_selected(self) -> OutcomeDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        self.dialog = OutcomeDialog(self.env, chosen, self.session_id, self)
        self.dialog.open()
        return self.dialog

    def carry_forward(self) -> None:
        meeting = self.session_id
        ids = [o.id for o in self.env.services.outcomes.outcomes.outcomes() if o.open]
        if meeting is not None and ids:
            self.env.undo.run(lambda: self.env.services.outcomes.carry_forward(ids, meeting))

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.env.undo.run(lambda: self.env.services.outcomes.delete(chosen.id))

    def show_on_projector(self) -> None:
        self.view.set_session(self.session_id)
        self.env.projector.show_view(KEY)

    def project(self) -> str:
        """The console's one "Show this on the projector" control (F6) puts up "since last time"."""
        self.show_on_projector()
        return KEY

    def hooks(self) -> PanelHooks:
        return PanelHooks(tools=self.tools, follow_activity=self.follow_activity,
                          show_tool=self.show_tool, project=self.project)

    def show_tool(self, _tool: str) -> None:
        self.filter.setCurrentText(_("Open"))

    def follow_activity(self, _activity_id: int, tool: str) -> None:
        if tool in self.tools:
            self.show_tool(tool)
