"""The console's side panel: the programme's title and its sessions, with new, edit and delete."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.records import Session
from coprod_desktop.gui.console.session_kinds import kind_label
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.formats import clock, short_date
from coprod_desktop.gui.kit.labels import plain_label
from coprod_desktop.gui.listen import listen
from coprod_desktop.i18n import _, count, current
from coprod_desktop.services import ChangeSet

if TYPE_CHECKING:  # the dialog is imported when first opened, not with the sessions list
    from coprod_desktop.gui.console.session_dialog import SessionDialog, SessionValues

ID_ROLE = Qt.ItemDataRole.UserRole


def nearest_session(sessions: list[Session], today: date) -> Session | None:
    """Today's session, else the next one coming up, else the most recent."""
    upcoming = [s for s in sessions if s.date >= today]
    if upcoming:
        return upcoming[0]
    return sessions[-1] if sessions else None


def _plain_label(name: str) -> QLabel:
    return plain_label(name=name)


class SessionsSide(QWidget):
    current_changed = Signal(object)  # a session id, or None when there are no sessions

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionsSide")
        self.env = env
        self.dialog: SessionDialog | None = None
        self.title = _plain_label("programmeTitle")
        self.organisation = _plain_label("programmeOrganisation")
        heading = QLabel(_("Sessions"))
        heading.setObjectName("sectionHeading")
        self.list = QListWidget()
        self.list.setObjectName("sessionList")
        self.list.setAccessibleName(_("Sessions"))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._current_item_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_session())
        self.new_button = QPushButton(_("New session…"))
        self.edit_button = QPushButton(_("Edit…"))
        self.delete_button = QPushButton(_("Delete…"))
        self.new_button.clicked.connect(self.new_session)
        self.edit_button.clicked.connect(self.edit_session)
        self.delete_button.clicked.connect(self.delete_session)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button, 2)
        buttons.addWidget(self.edit_button, 1)
        buttons.addWidget(self.delete_button, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.organisation)
        layout.addSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        listen(self, env.services, self._changed)
        self._show_programme()
        self._fill()

    # What is selected
    def current_session(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def select(self, session_id: int | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == session_id:
                self.list.setCurrentRow(row)
                return

    def select_nearest(self) -> None:
        found = nearest_session(self.env.services.read.sessions(), self.env.clock.now().date())
        self.select(found.id if found else None)

    # Buttons
    def new_session(self) -> None:
        from coprod_desktop.gui.console.session_dialog import SessionDialog

        sessions = self.env.services.sessions
        self._open_dialog(SessionDialog(
            self.env.undo, lambda v: sessions.create_session(**v.as_kwargs(), checkout=v.checkout,
                                                language=current()),
            today=self.env.clock.now().date(), parent=self))

    def edit_session(self) -> None:
        session_id = self.current_session()
        if session_id is None:
            return
        from coprod_desktop.gui.console.session_dialog import SessionDialog

        session = self.env.services.read.session(session_id)
        sessions = self.env.services.sessions

        def apply(values: SessionValues) -> ChangeSet:
            return sessions.update_session(session_id, **values.as_kwargs())  # type: ignore[arg-type]

        self._open_dialog(SessionDialog(self.env.undo, apply, session=session, parent=self))

    def delete_session(self) -> None:
        session_id = self.current_session()
        if session_id is None:
            return
        from coprod_desktop.gui.kit.ask import confirm

        read = self.env.services.read
        session = read.session(session_id)
        people = len(read.attendance(session_id))
        notes = len(read.notes(session_id))
        detail = _("It has {sign_ins} and {notes}. You can bring it all back with Edit › Undo."
                   ).format(sign_ins=count("{n} sign-in", "{n} sign-ins", people),
                            notes=count("{n} note", "{n} notes", notes))
        confirm(self, _("Delete session"),
                _("Delete ‘{title}’ and everything in it?").format(title=session.title),
                _("Delete session"),
                lambda: self.env.undo.run(
                    lambda: self.env.services.sessions.delete_session(session_id)),
                detail=detail)

    def _open_dialog(self, dialog: SessionDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # Showing
    def _show_programme(self) -> None:
        programme = self.env.services.read.programme()
        self.title.setText(programme.title)
        self.organisation.setText(programme.organisation)
        self.organisation.setVisible(bool(programme.organisation))

    def _fill(self, prefer: int | None = None) -> None:
        before = self.current_session()
        keep = prefer if prefer is not None else before
        sessions = self.env.services.read.sessions()
        self.list.blockSignals(True)
        self.list.clear()
        for session in sessions:
            item = QListWidgetItem(
                f"{session.title}\n{short_date(session.date)} · {clock(session.starts_at)} · "
                f"{kind_label(session.kind)}")
            item.setData(ID_ROLE, session.id)
            self.list.addItem(item)
        if keep in [s.id for s in sessions]:
            self.select(keep)
        else:
            self.select_nearest()
        self.list.blockSignals(False)
        self._buttons_enabled()
        if self.current_session() != before:
            self.current_changed.emit(self.current_session())

    def _buttons_enabled(self) -> None:
        has = self.current_session() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _current_item_changed(self, *_items: object) -> None:
        self._buttons_enabled()
        self.current_changed.emit(self.current_session())

    def _changed(self, change: ChangeSet) -> None:
        if change.touches("programme"):
            self._show_programme()
        if change.touches("session"):
            created = change.new_id if change.new_id in change.ids("session") else None
            self._fill(prefer=created)  # type: ignore[arg-type]
