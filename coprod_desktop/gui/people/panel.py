"""The People panel: everyone in the programme (not only this session), and the Person view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.shown_gate import gate
from coprod_desktop.gui.listen import listen
from coprod_desktop.gui.people.person_view import PersonView
from coprod_desktop.gui.people.widgets import plain
from coprod_desktop.i18n import N_, _, count
from coprod_desktop.services import ChangeSet

ID_ROLE = Qt.ItemDataRole.UserRole
WATCHED = ("attendee", "attendance", "consent_event", "note", "vote", "phone_device", "claim",
           "erasure")


class PeoplePanel(QWidget):
    title = N_("People")

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePanel")
        self.env = env
        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setPlaceholderText(_("Find a person"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("peopleTable")
        self.table.setHorizontalHeaderLabels((_("Name"), _("Group"), _("Sessions")))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(_("Everyone in this programme"))
        self.table.itemSelectionChanged.connect(self._chosen)
        self.duplicates = plain("", "emptyHint")
        self.count = plain("", "sectionHeading")
        self.person = PersonView(env)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.count)
        column.addWidget(self.search)
        column.addWidget(self.table, 1)
        column.addWidget(self.duplicates)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(self.person)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([420, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        # Refreshed while shown; a phone signing in does not rebuild it while hidden.
        self.shown_gate = gate(self, self._reload)
        listen(self, env.services, self._changed)
        self.fill()

    def set_session(self, session_id: int | None) -> None:
        """People span the programme: the chosen session does not change this panel."""

    # The list
    def fill(self) -> None:
        chosen = self.person.person_id
        reader = self.env.services.read.people
        people = reader.people()
        counts = reader.session_counts()
        self.table.blockSignals(True)
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            name = person.name if not person.erased else _("Erased person ({id})").format(id=person.id)
            cells = (name, _(person.group.label), str(counts.get(person.id, 0)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, person.id)
                if person.erased:
                    item.setForeground(QColor("#7d838c"))
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        live = [p for p in people if not p.erased]
        self.count.setText(count("{n} person in this programme", "{n} people in this programme",
                                 len(live)))
        dupes = reader.possible_duplicates()
        self.duplicates.setText(
            _("Maybe the same person twice: ") + "; ".join(g[0].name for g in dupes)
            + _(". Choose one and use “Merge with…”.") if dupes else "")
        self.duplicates.setVisible(bool(dupes))
        self._filter(self.search.text())
        self.select(chosen)

    def _filter(self, text: str) -> None:
        if not text.strip():  # nothing to find: everyone shows
            for row in range(self.table.rowCount()):
                self.table.setRowHidden(row, False)
            return
        # The readers' names (and the store readers they bring) load with the first search, not
        # with the panel (issue 18).
        from coprod_desktop.services.readers import name_key

        key = name_key(text)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            self.table.setRowHidden(row, key not in name_key(item.text()))

    def select(self, person_id: int | None) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == person_id:
                self.table.selectRow(row)
                return
        self.table.clearSelection()
        self.person.show_person(None)

    def _chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        person_id = int(self.table.item(rows[0].row(), 0).data(ID_ROLE)) if rows else None
        self.person.show_person(person_id)

    def _changed(self, change: ChangeSet) -> None:
        if change.touches(*WATCHED) or change.touches("programme"):
            self.shown_gate.heard()

    def _reload(self) -> None:
        self.fill()
        self.person.refresh()
