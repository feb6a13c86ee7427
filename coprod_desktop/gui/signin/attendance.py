"""Who is here: the live attendance list, signing in by hand, signing out, merging duplicates,
correcting someone's group."""

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
from coprod_desktop.gui.formats import clock
from coprod_desktop.gui.kit.name_question import NameQuestion, record_name_answer
from coprod_desktop.gui.kit.shown_gate import gate
from coprod_desktop.gui.signin.answers_dialog import AnswersDialog
from coprod_desktop.i18n import N_, _
from coprod_desktop.services import ChangeSet

COLUMNS = (N_("Name"), N_("Group"), N_("Arrived"), N_("Via"), N_("Here"))
VIA_LABEL = {"phone": N_("Phone"), "console": N_("By hand"), "register": N_("Register")}


class AttendanceList(QWidget):
    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.session_id: int | None = None
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([_(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(_("People signed in to this session"))
        # Tab leaves the table (arrow keys move between cells), so it never traps the keyboard.
        self.table.setTabKeyNavigation(False)
        self.counts = QLabel(self)
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setWordWrap(True)

        self.name = QLineEdit(self)
        self.name.setPlaceholderText(_("Name"))
        self.name.setAccessibleName(_("Name of the person to sign in"))
        self.group = QComboBox(self)
        self.group.setAccessibleName(_("Their group"))
        for g in Group:
            self.group.addItem(_(g.label), g.value)
        self.name_answer = NameQuestion(self)
        self.add_button = QPushButton(_("Sign in by hand"), self)
        self.add_button.clicked.connect(self.sign_in_by_hand)
        self.name.returnPressed.connect(self.sign_in_by_hand)
        self.out_button = QPushButton(_("Sign out"), self)
        self.out_button.clicked.connect(self.sign_out_selected)
        self.merge_button = QPushButton(_("Merge two…"), self)
        self.merge_button.setToolTip(_("Select the same person twice (top row is kept) and merge"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.answers_button = QPushButton(_("Optional questions…"), self)
        self.answers_button.setToolTip(_("The phones' optional questions, for someone signed in by "
                                       "hand or on paper; counted, never kept with a name"))
        self.answers_button.clicked.connect(self.ask_questions)
        self.regroup = QComboBox(self)
        self.regroup.setAccessibleName(_("Correct the selected person's group to"))
        for g in Group:
            self.regroup.addItem(_(g.label), g.value)
        self.regroup_button = QPushButton(_("Change group"), self)
        self.regroup_button.setToolTip(_("Put the selected people in the group chosen beside"))
        self.regroup_button.clicked.connect(self.change_group_of_selected)

        by_hand = QHBoxLayout()
        by_hand.addWidget(self.name, 2)
        by_hand.addWidget(self.group, 1)
        by_hand.addWidget(self.name_answer)
        by_hand.addWidget(self.add_button)
        actions = QHBoxLayout()
        actions.addWidget(self.out_button)
        actions.addWidget(self.merge_button)
        actions.addWidget(self.answers_button)
        actions.addStretch(1)
        actions.addWidget(self.regroup)
        actions.addWidget(self.regroup_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(by_hand)
        self.shown_gate = gate(self, self.refresh)  # refreshed while shown, once on showing
        self._unsubscribe = env.services.subscribe(self._changed)
        self.destroyed.connect(lambda *_: self._unsubscribe())  # type: ignore[operator]
        self.set_session(None)

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        for widget in (self.name, self.group, self.add_button, self.out_button,
                       self.merge_button, self.answers_button, self.regroup,
                       self.regroup_button):
            widget.setEnabled(session_id is not None)
        self.shown_gate.heard()  # now if shown, else once when shown

    def _changed(self, change: ChangeSet) -> None:
        if change.touches("attendance", "attendee"):
            self.shown_gate.heard()

    def refresh(self) -> None:
        read = self.env.services.read
        self.table.setRowCount(0)
        if self.session_id is None:
            self.counts.setText(_("Choose a session to see who is here."))
            return
        people = {a.id: a for a in read.attendees()}
        rows = read.attendance(self.session_id)
        self.table.setRowCount(len(rows))
        for r, entry in enumerate(rows):
            person = people.get(entry.attendee_id)
            if person is None:
                continue
            values = (person.name, _(person.group.label),
                      clock(entry.signed_in_at.astimezone()),
                      _(VIA_LABEL.get(entry.via, entry.via)), _("Yes") if entry.present else _("Left"))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)  # items show text as typed, never markup
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                self.table.setItem(r, c, item)
        counts = read.group_counts(self.session_id)
        here = sum(counts.values())
        parts = [f"{_(g.label)}: {n}" for g, n in counts.items() if n]
        self.counts.setText(_("{here} here now").format(
            here=here) + (" · " + " · ".join(parts) if parts else ""))

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
            if isinstance(done.new_id, int):
                record_name_answer(self.env, done.new_id, self.name_answer.isChecked())
            self.name_answer.setChecked(False)  # asked afresh for the next person
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

    def change_group_of_selected(self) -> None:
        """Correct the group of each selected person (chosen wrongly at sign-in)."""
        group = str(self.regroup.currentData())
        people = {a.id: a for a in self.env.services.read.attendees()}
        for attendee_id in self.selected_ids():
            person = people.get(attendee_id)
            if person is not None and person.group.value != group:
                self.env.undo.run(lambda p=person: self.env.services.people.rename_attendee(
                    p.id, p.name, group))

    def merge_selected(self) -> None:
        """Merge the lower selected row into the upper one (the upper row is kept)."""
        ids = self.selected_ids()
        if len(ids) != 2:
            self.env.undo.error.emit("Select exactly two rows for the same person to merge.")
            return
        keep, drop = ids
        self.env.undo.run(lambda: self.env.services.merge.merge_attendees(keep, drop))
