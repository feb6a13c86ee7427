"""The first session panel: where and when, who is here by group, and signing someone in by hand."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.limits import NAME_MAX
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.formats import long_date, time_range
from coprod_desktop.gui.kit.forms import FieldErrors
from coprod_desktop.gui.kit.name_question import NameQuestion, record_name_answer
from coprod_desktop.gui.listen import listen
from coprod_desktop.i18n import N_, _, count
from coprod_desktop.services import ChangeSet

ID_ROLE = Qt.ItemDataRole.UserRole


def _label(name: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


@cache
def _swatch(group: Group) -> QIcon:
    """A small square in the group's colour, so the list reads at a glance."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(group.colour))
    return QIcon(pixmap)


class OverviewPanel(QWidget):
    title = N_("Overview")

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPanel")
        self.env = env
        self.session_id: int | None = None
        self.heading = _label("sessionHeading")
        self.when = _label("sessionWhen")
        self.total = _label("presentTotal")
        self.counts: dict[Group, QLabel] = {}
        counts = QGridLayout()
        for index, group in enumerate(Group):
            label = _label("groupCount")
            label.setStyleSheet(f"border: none; border-left: 6px solid {group.colour}; padding-left: 8px;")
            counts.addWidget(label, index // 3, index % 3)
            self.counts[group] = label
        self.name = QLineEdit()
        self.name.setObjectName("signInName")
        self.name.setPlaceholderText(_("Name or nickname"))
        self.name.setAccessibleName(_("Name or nickname of the person signing in"))
        self.name.setMaxLength(NAME_MAX + 20)
        self.name.returnPressed.connect(self.sign_in)
        self.group = QComboBox()
        self.group.setObjectName("signInGroup")
        for group in Group:
            self.group.addItem(_(group.label), group.value)
        self.sign_in_button = QPushButton(_("Sign in"))
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.clicked.connect(self.sign_in)
        row = QHBoxLayout()
        row.addWidget(self.name, 3)
        row.addWidget(self.group, 2)
        self.name_answer = NameQuestion()
        row.addWidget(self.sign_in_button)
        self.errors = FieldErrors(fallback="name")
        error = FieldErrors.make_label()
        self.errors.attach(error, "name", "group", widget=self.name)
        self.people = QListWidget()
        self.people.setObjectName("presentList")
        self.people.setAccessibleName(_("People here now"))
        self.sign_out_button = QPushButton(_("Sign out"))
        self.sign_out_button.setObjectName("signOutButton")
        self.sign_out_button.clicked.connect(self.sign_out)
        self.people.currentItemChanged.connect(
            lambda *_: self.sign_out_button.setEnabled(self.people.currentItem() is not None))

        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.heading)
        column.addWidget(self.when)
        column.addSpacing(12)
        column.addWidget(self.total)
        column.addLayout(counts)
        column.addSpacing(12)
        column.addWidget(_label("sectionHeading", _("Sign someone in by hand")))
        column.addLayout(row)
        column.addWidget(self.name_answer)  # the phones' name question, on its own line
        column.addWidget(error)
        column.addSpacing(12)
        column.addWidget(_label("sectionHeading", _("Here now (latest first)")))
        column.addWidget(self.people, 1)
        column.addWidget(self.sign_out_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.empty = _label("emptyHint", _("This programme has no sessions yet. "
                                         "Add one with “New session…” on the left."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pages = QStackedLayout(self)
        self._pages.addWidget(page)
        self._pages.addWidget(self.empty)
        listen(self, env.services, self._changed)
        self.set_session(None)

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.errors.clear()
        self._pages.setCurrentIndex(0 if session_id is not None else 1)
        if session_id is not None:
            self._show_session()
            self._show_people()

    def sign_in(self) -> None:
        if self.session_id is None:
            return
        session_id, name, group = self.session_id, self.name.text(), self.group.currentData()
        self.errors.clear()
        people = self.env.services.people
        change = self.env.undo.run(
            lambda: people.sign_in_attendee(session_id, name=name, group=group),
            on_error=self.errors.show)
        if change is not None:
            if isinstance(change.new_id, int):
                record_name_answer(self.env, change.new_id, self.name_answer.isChecked())
            self.name_answer.setChecked(False)  # asked afresh for the next person
            self.name.clear()
            self.name.setFocus()

    def sign_out(self) -> None:
        item = self.people.currentItem()
        if item is None or self.session_id is None:
            return
        session_id, attendee_id = self.session_id, int(item.data(ID_ROLE))
        people = self.env.services.people
        self.env.undo.run(lambda: people.sign_out_attendee(session_id, attendee_id))

    def _show_session(self) -> None:
        assert self.session_id is not None
        try:
            session = self.env.services.read.session(self.session_id)
        except NotFoundError:
            return
        self.heading.setText(session.title)
        parts = [long_date(session.date), time_range(session.starts_at, session.ends_at)]
        if session.venue:
            parts.append(session.venue)
        self.when.setText("  ·  ".join(parts))

    def _show_people(self) -> None:
        assert self.session_id is not None
        present = self.env.services.read.present(self.session_id)
        self.total.setText(count("{n} signed in", "{n} signed in", len(present)) if present
                           else _("Nobody signed in yet"))
        tally = {g: 0 for g in Group}
        for person in present:
            tally[person.group] += 1
        for group, label in self.counts.items():
            label.setText(f"{_(group.label)}: {tally[group]}")
        self.people.clear()
        for person in reversed(present):
            item = QListWidgetItem(_swatch(person.group), f"{person.name}  —  {_(person.group.label)}")
            item.setData(ID_ROLE, person.id)
            self.people.addItem(item)
        self.sign_out_button.setEnabled(False)

    def _changed(self, change: ChangeSet) -> None:
        if self.session_id is None:
            return
        if self.session_id in change.ids("session"):
            self._show_session()
        mine = change.session_id in (None, self.session_id)
        if change.touches("attendance", "attendee") and mine:
            self._show_people()
