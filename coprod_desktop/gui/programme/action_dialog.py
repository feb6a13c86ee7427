"""Add or edit an action: what, who (a person or an organisation), by when.

`new_action_from_note(env, note_id)` is what the board calls for "Make an action from this note".
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.limits import VENUE_MAX
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.programme.calendar_dialog import date_edit, from_qdate
from coprod_desktop.gui.programme.common import error_line, lay_out_dialog, plain_label, run_showing_errors
from coprod_desktop.i18n import _
from coprod_desktop.services import ChangeSet


class ActionDialog(QDialog):
    def __init__(self, env: GuiEnv, *, action_id: int | None = None,
                 session_id: int | None = None, note_id: int | None = None,
                 story_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.action_id = action_id
        self.session_id = session_id
        self.note_id = note_id
        self.story_id = story_id
        self.new_id: int | None = None
        services = env.services
        current = services.actions.plan.action(action_id) if action_id else None
        note = services.read.note(note_id) if note_id else None
        self.setWindowTitle(_("Edit action") if current else _("New action"))
        self.what = QPlainTextEdit(current.what if current else note.text if note else "")
        self.what.setObjectName("actionWhat")
        self.what.setPlaceholderText(_("What needs doing, in a few words"))
        self.what.setFixedHeight(80)
        source = _("From the note: “{text}”").format(text=note.text) if note else \
            _("From a story told in the room (its words stay with the story)") if story_id else ""
        self.source = plain_label(source, "actionSource")
        self.source.setVisible(bool(source))
        self.person_choice = QRadioButton(_("A person"))
        self.org_choice = QRadioButton(_("An organisation"))
        self.nobody_choice = QRadioButton(_("Not decided yet"))
        group = QButtonGroup(self)
        for button in (self.person_choice, self.org_choice, self.nobody_choice):
            group.addButton(button)
        self.person = QComboBox()
        self.person.setObjectName("actionPerson")
        self.organisation = QLineEdit(current.owner.organisation if current else "")
        self.organisation.setObjectName("actionOrganisation")
        self.organisation.setMaxLength(VENUE_MAX)
        self.organisation.setPlaceholderText(_("Such as: Ashbrook Council SEND team"))
        self._fill_people(current.owner.attendee_id if current else None)
        if current and current.owner.attendee_id is not None:
            self.person_choice.setChecked(True)
        elif current and current.owner.organisation:
            self.org_choice.setChecked(True)
        elif current:
            self.nobody_choice.setChecked(True)
        else:
            self.person_choice.setChecked(True)
        self.has_due = QCheckBox(_("Due by"))
        self.has_due.setObjectName("actionHasDue")
        default_due = (current.due if current and current.due
                       else env.clock.now().date() + timedelta(days=14))
        self.due = date_edit(default_due)
        self.due.setObjectName("actionDue")
        self.has_due.setChecked(current is None or current.due is not None)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.due.setEnabled(self.has_due.isChecked())
        self.message = error_line()
        self._build()

    def _fill_people(self, owner_id: int | None) -> None:
        services = self.env.services
        left = services.actions.plan.left_group()
        present = {p.id for p in services.read.present(self.session_id)} if self.session_id else set()
        people = sorted(services.read.attendees(),
                        key=lambda p: (p.id not in present, p.name.casefold()))
        model = self.person.model()
        for person in people:
            label = person.name + (_(" (has left the group)") if person.id in left else "")
            self.person.addItem(label, person.id)
            if person.id in left and person.id != owner_id and isinstance(model, QStandardItemModel):
                item = model.item(self.person.count() - 1)
                item.setEnabled(False)
        if owner_id is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(owner_id)))

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(_("What"), self.what)
        form.addRow("", self.source)
        who = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.person_choice)
        row.addWidget(self.person, 1)
        who.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.org_choice)
        row.addWidget(self.organisation, 1)
        who.addLayout(row)
        who.addWidget(self.nobody_choice)
        form.addRow(_("Who"), who)
        due = QHBoxLayout()
        due.addWidget(self.has_due)
        due.addWidget(self.due)
        due.addStretch(1)
        form.addRow(_("When"), due)
        lay_out_dialog(self, [form], self.message, self.save)
        self.resize(520, self.sizeHint().height())

    def owner(self) -> tuple[int | None, str]:
        if self.person_choice.isChecked() and self.person.currentIndex() >= 0:
            return int(self.person.currentData()), ""
        if self.org_choice.isChecked():
            return None, self.organisation.text()
        return None, ""

    def save(self) -> None:
        actions = self.env.services.actions
        person, org = self.owner()
        due = from_qdate(self.due.date()) if self.has_due.isChecked() else None
        what = self.what.toPlainText()
        def apply() -> ChangeSet:
            if self.action_id is not None:
                return actions.edit_action(self.action_id, what=what, owner_attendee_id=person,
                                           owner_org=org, due=due)
            if self.note_id is not None:
                return actions.add_action_from_note(self.note_id, what=what, due=due,
                                                    owner_attendee_id=person, owner_org=org)
            if self.story_id is not None:
                return actions.add_action_from_story(self.story_id, what, due=due,
                                                     owner_attendee_id=person, owner_org=org)
            return actions.add_action(what, owner_attendee_id=person, owner_org=org, due=due,
                                      raised_session_id=self.session_id)

        change: ChangeSet | None = run_showing_errors(self.env, self.message, apply)
        if change is not None:
            self.new_id = int(change.new_id) if change.new_id is not None else self.action_id
            self.accept()


def new_action_from_note(env: GuiEnv, note_id: int, parent: QWidget | None = None) -> int | None:
    """Open the action dialog filled from a sticky note; the new action's id, or None if the
    facilitator cancelled. For the board's "Make an action" command."""
    note = env.services.read.note(note_id)
    dialog = ActionDialog(env, session_id=note.session_id, note_id=note_id, parent=parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    return dialog.new_id if dialog.exec() == QDialog.DialogCode.Accepted else None


def new_action_from_story(env: GuiEnv, story_id: int, session_id: int | None,
                          parent: QWidget | None = None) -> int | None:
    """The action dialog for something a story brought up; the new action's id, or None."""
    dialog = ActionDialog(env, session_id=session_id, story_id=story_id, parent=parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    return dialog.new_id if dialog.exec() == QDialog.DialogCode.Accepted else None
