"""Who is here: the live attendance list, signing in by hand, signing out, merging duplicates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.groups import Group
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.signin.answers_dialog import AnswersDialog
from coprod_desktop.services import ChangeSet

COLUMNS = ("Name", "Group", "Arrived", "Via", "Here")
VIA_LABEL = {"phone": "Phone", "console": "By hand", "register": "Register"}


class AttendanceList(QWidget):
    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.session_id: int | None = None
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName("People signed in to this session")
        self.counts = QLabel(self)
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setWordWrap(True)

        self.name = QLineEdit(self)
        self.name.setPlaceholderText("Name")
        self.name.setAccessibleName("Name of the person to sign in")
        self.group = QComboBox(self)
        self.group.setAccessibleName("Their group")
        for g in Group:
            self.group.addItem(g.label, g.value)
        self.add_button = QPushButton("Sign in by hand", self)
        self.add_button.clicked.connect(self.sign_in_by_hand)
        self.name.returnPressed.connect(self.sign_in_by_hand)
        self.out_button = QPushButton("Sign out", self)
        self.out_button.clicked.connect(self.sign_out_selected)
        self.merge_button = QPushButton("Merge two…", self)
        self.merge_button.setToolTip("Select the same person twice (top row is kept) and merge")
        self.merge_button.clicked.connect(self.merge_selected)
        self.answers_button = QPushButton("Optional questions…", self)
        self.answers_button.setToolTip("The phones' optional questions, for someone signed in by "
                                       "hand or on paper; counted, never kept with a name")
        self.answers_button.clicked.connect(self.ask_questions)

        by_hand = QHBoxLayout()
        by_hand.addWidget(self.name, 2)
        by_hand.addWidget(self.group, 1)
        by_hand.addWidget(self.add_button)
        actions = QHBoxLayout()
        actions.addWidget(self.out_button)
        actions.addWidget(self.merge_button)
        actions.addWidget(self.answers_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(by_hand)
        self._unsubscribe = env.services.subscribe(self._changed)
        self.destroyed.connect(lambda *_: self._unsubscribe())  # type: ignore[operator]
        self.set_session(None)

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        for widget in (self.name, self.group, self.add_button, self.out_button,
                       self.merge_button, self.answers_button):
            widget.setEnabled(session_id is not None)
        self.refresh()

    def _changed(self, change: ChangeSet) -> None:
        if change.touches("attendance", "attendee"):
            self.refresh()

    def refresh(self) -> None:
        read = self.env.services.read
        self.table.setRowCount(0)
        if self.session_id is None:
            self.counts.setText("Choose a session to see who is here.")
            return
        people = {a.id: a for a in read.attendees()}
        rows = read.attendance(self.session_id)
        self.table.setRowCount(len(rows))
        for r, entry in enumerate(rows):
            person = people.get(entry.attendee_id)
            if person is None:
                continue
            values = (person.name, person.group.label,
                      entry.signed_in_at.astimezone().strftime("%H:%M"),
                      VIA_LABEL.get(entry.via, entry.via), "Yes" if entry.present else "Left")
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)  # items show text as typed, never markup
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                self.table.setItem(r, c, item)
        counts = read.group_counts(self.session_id)
        here = sum(counts.values())
        parts = [f"{g.label}: {n}" for g, n in counts.items() if n]
        self.counts.setText(f"{here} here now" + (" · " + " · ".join(parts) if parts else ""))

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [int(self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)) for r in rows]

    def sign_in_by_hand(self) -> None:
        if self.session_id is None:
            return
        sid, name, group = self.session_id, self.name.text(), str(self.group.currentData())
        done = self.env.undo.run(lambda: self.env.services.people.sign_in_attendee(
            sid, name=name, group=group, via="console"))
        if done is not None:
            self.name.clear()

    def ask_questions(self) -> AnswersDialog | None:
        if self.session_id is None:
            return None
        dialog = AnswersDialog(self.env, self.session_id, self)
        dialog.open()
        return dialog

    def sign_out_selected(self) -> None:
        if self.session_id is None:
            return
        sid = self.session_id
        for attendee_id in self.selected_ids():
            self.env.undo.run(lambda a=attendee_id: self.env.services.people.sign_out_attendee(
                sid, a))

    def merge_selected(self) -> None:
        """Merge the lower selected row into the upper one (the upper row is kept)."""
        ids = self.selected_ids()
        if len(ids) != 2:
            self.env.undo.error.emit("Select exactly two rows for the same person to merge.")
            return
        keep, drop = ids
        self.env.undo.run(lambda: self.env.services.merge.merge_attendees(keep, drop))
