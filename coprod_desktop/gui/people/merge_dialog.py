"""Merge another record into this person: the same person signed in twice (another session, another
phone, or by hand). People with the same name are listed first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.records import Attendee
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.gui.people.widgets import plain
from coprod_desktop.gui.undo import UndoAdapter
from coprod_desktop.i18n import _, count
from coprod_desktop.services import ChangeSet, Services
from coprod_desktop.services.readers import name_key

ID_ROLE = Qt.ItemDataRole.UserRole


class MergeDialog(QDialog):
    def __init__(self, services: Services, undo: UndoAdapter, keep: Attendee,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(_("Merge into {name}").format(name=keep.name))
        self.setMinimumSize(520, 420)
        self.services, self.undo, self.keep = services, undo, keep
        self.result_change: ChangeSet | None = None
        self.others = QListWidget()
        self.others.setObjectName("mergeCandidates")
        reader = services.read.people
        counts = reader.session_counts()
        same = name_key(keep.name)
        candidates = [p for p in reader.people(include_erased=False) if p.id != keep.id]
        candidates.sort(key=lambda p: (name_key(p.name) != same, p.name.casefold(), p.id))
        for person in candidates:
            n = counts.get(person.id, 0)
            tag = _("  ·  same name") if name_key(person.name) == same else ""
            item = QListWidgetItem(count("{name}  —  {group}, {n} session{tag}",
                                         "{name}  —  {group}, {n} sessions{tag}", n,
                                         name=person.name, group=_(person.group.label), tag=tag))
            item.setData(ID_ROLE, person.id)
            self.others.addItem(item)
        if self.others.count():
            self.others.setCurrentRow(0)
        self.error = plain("", "fieldError")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(_("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setEnabled(self.others.count() > 0)
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain(
            _("Choose the other record of {name}. Their sessions, notes, votes, phones, claims and "
              "history of choices move to {name}, and the other record goes. Where their "
              "choices differ, the more private one is kept. Edit › Undo puts both back."
              ).format(name=keep.name)))
        layout.addWidget(self.others, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def chosen_id(self) -> int | None:
        item = self.others.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def merge(self) -> None:
        drop = self.chosen_id()
        if drop is None:
            return
        keep = self.keep.id
        change = self.undo.run(lambda: self.services.merge.merge_attendees(keep, drop),
                               on_error=lambda exc: (self.error.setText(said(exc.message)),
                                                     self.error.show()))
        if change is not None:
            self.result_change = change
            self.accept()
