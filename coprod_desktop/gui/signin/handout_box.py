"""The Sign-in panel's "today's notes" box: publish the handout to phones, show its code, take it back.

Publishing only records the fact. The phone server makes the PDF on its own worker thread, from its
own read-only connection, so nothing here builds a PDF on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.phones import PhoneRoom
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.formats import clock
from coprod_desktop.gui.signin.handout_view import KEY, HandoutView
from coprod_desktop.i18n import N_, _

NO_ROOM = N_("Open sign-in for this session first: phones get the notes through the join link.")
NOT_SHARED = N_("Not shared with phones. Publish when the session ends, so people can take the " \
    "notes home.")
SHARED = N_("Shared with phones since {time}. Phones show a “Download today’s notes” button.")
CLOSED = N_(" Open sign-in so phones can reach it.")
RECORD_TARGET = N_("Phones in the room (today's notes)")
RECORD_DETAIL = (N_("Downloadable by the phones that signed in to this session, until the handout "
                 "is taken back; made afresh after any change, so later consent changes apply."))


class HandoutBox(QGroupBox):
    def __init__(self, env: GuiEnv, download_url: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(_("Today’s notes on phones"), parent)
        self.env = env
        self.download_url = download_url
        self.session_id: int | None = None
        self.published = False
        self.view = HandoutView()
        env.projector.add_view(KEY, self.view)
        self.status = QLabel(_(NO_ROOM), self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.publish_button = QPushButton(_("Publish the handout to phones"), self)
        self.publish_button.clicked.connect(self.toggle)
        self.show_button = QPushButton(_("Show the download code on the projector"), self)
        self.show_button.clicked.connect(self.show_on_projector)
        buttons = QHBoxLayout()
        buttons.addWidget(self.publish_button)
        buttons.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def refresh(self, session_id: int | None, room: PhoneRoom | None, title: str = "") -> None:
        """Show the room's state; the panel calls this whenever the room changes."""
        self.session_id = session_id
        published = self.published = room is not None and room.handout_published
        url = self.download_url() if published else ""
        self.view.set_link(url, title)
        self.publish_button.setEnabled(room is not None)
        self.publish_button.setText(_("Stop sharing the handout") if published
                                    else _("Publish the handout to phones"))
        self.show_button.setEnabled(bool(url))
        if room is None:
            self.status.setText(_(NO_ROOM))
        elif room.handout_at is not None:
            when = clock(room.handout_at.astimezone())
            self.status.setText(_(SHARED).format(time=when) + ("" if url else _(CLOSED)))
        else:
            self.status.setText(_(NOT_SHARED))

    def toggle(self) -> None:
        if self.session_id is None:
            return
        sid, services = self.session_id, self.env.services
        publishing = not self.published
        try:
            if publishing:
                services.publishing.publish(sid)
                self._record(sid)
            else:
                services.publishing.unpublish(sid)
        except CoprodError as exc:
            self.env.undo.error.emit(exc.message)

    def _record(self, session_id: int) -> None:
        """Phones taking the handout home is an export: it goes in the record of exports."""
        from coprod_desktop.export.documents import Kind
        from coprod_desktop.export.names_held import names_held, what_exported

        read = self.env.services.read
        self.env.services.exports.record(
            what_exported(read, Kind.HANDOUT, session_id), "pdf", RECORD_TARGET,
            held_names=names_held(read, Kind.HANDOUT, session_id), detail=RECORD_DETAIL)

    def show_on_projector(self) -> None:
        if self.view.url:
            self.env.projector.show_view(KEY)
