"""The console's Sign-in panel: open and close phone sign-in, the join link, Wi-Fi, who is here.

Two switches: "Close sign-in" stops new arrivals only (people already in keep their pages, so
nothing they are typing is lost); "End for phones" closes the room too and stops the server, so
nothing is listening (after a warning if phones are still in). Phone writes come to this (the
GUI) thread through the Qt bridge.

A laptop with no network has only its loopback address (127.0.0.1), which no phone can reach. Then
the projector says the Wi-Fi is being got ready instead of projecting a code that cannot work, and
the panel looks for the laptop's addresses again every few seconds: when a real one appears (the
venue Wi-Fi joined, the hotspot turned on) it is chosen, sign-in moves to it if it was open, and the
projector shows its code.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.phones import WifiDetails
from coprod_desktop.gui.bridge import QtBridge, fail_pending
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.labels import plain_label
from coprod_desktop.gui.kit.panel_contract import PanelHooks
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.gui.scrolling import scroll_inside
from coprod_desktop.gui.signin import VIEW_KEY
from coprod_desktop.gui.signin.attendance import AttendanceList
from coprod_desktop.gui.signin.doctor_box import DoctorBox
from coprod_desktop.gui.signin.handout_box import HandoutBox
from coprod_desktop.gui.signin.join_view import JoinView
from coprod_desktop.i18n import N_, _, count
from coprod_desktop.services import ChangeSet
from coprod_desktop.web.addresses import (
    DEFAULT_PORT,
    LOOPBACK_WARNING,
    LocalAddress,
    local_addresses,
    not_loopback,
)

if TYPE_CHECKING:
    from coprod_desktop.web.phone_web import PhoneWeb


def _plain(text: str = "", parent: QWidget | None = None) -> QLabel:
    return plain_label(text, parent=parent)


# How often the laptop's addresses are looked up again while none of them reaches phones.
LOOK_AGAIN_MS = 3000


class SignInPanel(QWidget):
    title = N_("Sign-in")

    def __init__(self, env: GuiEnv, parent: QWidget | None = None,
                 addresses: list[LocalAddress] | None = None,
                 find_addresses: Callable[[], list[LocalAddress]] | None = None) -> None:
        """`addresses`: a fixed list to offer (tests); otherwise `find_addresses` (the laptop's
        own, by default) is asked now and again every few seconds while no address reaches
        phones."""
        super().__init__(parent)
        self.env = env
        self._fixed = list(addresses) if addresses is not None else None
        self.find_addresses = find_addresses or local_addresses
        self.look_again = QTimer(self)
        self.look_again.setObjectName("signinLookForNetwork")
        self.look_again.setInterval(LOOK_AGAIN_MS)
        self.look_again.timeout.connect(self._look_for_network)
        self._offered: list[str] = []  # the addresses in the list, as last found
        self.session_id: int | None = None
        self.bridge = QtBridge(self)
        self.web: PhoneWeb | None = None
        self.view = JoinView()
        env.projector.add_view(VIEW_KEY, self.view)

        self.address = QComboBox(self)
        self.address.setAccessibleName(_("Address phones use"))
        self.port = QSpinBox(self)
        self.port.setRange(0, 65535)
        self.port.setValue(env.services.read.phones.web_port() or DEFAULT_PORT)
        self.port.setAccessibleName(_("Port"))
        self.open_button = QPushButton(_("Open sign-in"), self)
        self.open_button.clicked.connect(self.toggle)
        self.rotate_button = QPushButton(_("New link"), self)
        self.rotate_button.setToolTip(_("Make a new join link; the old one stops working"))
        self.rotate_button.clicked.connect(self.rotate)
        self.end_button = QPushButton(_("End for phones"), self)
        self.end_button.setToolTip(_("Close the room too: phones already in can no longer add "
                                   "notes or vote, and nothing is listening"))
        self.end_button.clicked.connect(lambda: self.end_for_phones(ask=True))
        self.show_button = QPushButton(_("Show on projector"), self)
        self.show_button.clicked.connect(lambda: env.projector.show_view(VIEW_KEY))
        self.warning = _plain("", self)
        self._style_warning()
        self.url = QLineEdit(_("Sign-in is closed."), self)  # long links scroll; easy to copy
        self.url.setReadOnly(True)
        self.url.setAccessibleName(_("Join link"))
        self.notes_open = QCheckBox(_("Phones may add notes to the board"), self)
        self.notes_open.toggled.connect(self._set_notes_open)
        self.handout = HandoutBox(env, self.download_url, self)
        self.doctor = DoctorBox(self)

        self.wifi_name = QLineEdit(self)
        self.wifi_password = QLineEdit(self)
        self.wifi_security = QComboBox(self)
        for label, value in (("WPA/WPA2", "WPA"), ("WEP", "WEP"), (_("No password"), "nopass")):
            self.wifi_security.addItem(label, value)
        self.wifi_save = QPushButton(_("Save Wi-Fi"), self)
        self.wifi_save.clicked.connect(self.save_wifi)

        self.attendance = AttendanceList(env, self)
        self.questions = QListWidget(self)
        self.questions.setAccessibleName(_("Questions from phones"))
        self.answered = QPushButton(_("Answered"), self)
        self.answered.clicked.connect(self.mark_answered)
        self._build_layout()
        self.refresh_addresses(self._fixed)
        self._load_wifi()
        self._unsubscribe = env.services.subscribe(self._changed)
        # When the programme closes, the panel is deleted: stop the server then, even if nobody
        # called shutdown() first. The closure holds only plain Python objects.
        self._holder: dict[str, PhoneWeb | None] = {"web": None}
        holder, pending, bridge = self._holder, self.bridge.pending, self.bridge
        self.destroyed.connect(lambda *_: _stop_after_delete(holder, pending, bridge))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.set_session(None)

    def _build_layout(self) -> None:
        where = QHBoxLayout()
        where.addWidget(_plain(_("Address:"), self))
        where.addWidget(self.address, 2)
        where.addWidget(_plain(_("Port:"), self))
        where.addWidget(self.port)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.rotate_button, self.end_button, self.show_button):
            buttons.addWidget(button)
        wifi = QGroupBox(_("Venue Wi-Fi (optional, shown as a second code)"), self)
        form = QFormLayout(wifi)
        form.addRow(_("Network name"), self.wifi_name)
        form.addRow(_("Password"), self.wifi_password)
        form.addRow(_("Security"), self.wifi_security)
        form.addRow("", self.wifi_save)
        asks = QGroupBox(_("“What does that mean?” from phones"), self)
        asks_layout = QVBoxLayout(asks)
        asks_layout.addWidget(self.questions)
        asks_layout.addWidget(self.answered)
        # Everything scrolls inside the tab, so the panel never forces the console to grow.
        inner = QWidget()
        scroll_inside(self, inner)
        layout = QVBoxLayout(inner)
        layout.addLayout(where)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        layout.addWidget(self.url)
        layout.addWidget(self.doctor)
        layout.addWidget(self.notes_open)
        layout.addWidget(self.handout)
        layout.addWidget(self.attendance, 3)
        row = QHBoxLayout()
        row.addWidget(wifi, 1)
        row.addWidget(asks, 1)
        layout.addLayout(row, 1)

    def hooks(self) -> PanelHooks:
        return PanelHooks(tools=(VIEW_KEY,), project=self.project, shutdown=self.shutdown,
                          always_current=True)

    def project(self) -> str:
        self.env.projector.show_view(VIEW_KEY)
        return VIEW_KEY

    # --- state ------------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self.web is not None and self.web.server.running

    @property
    def arrivals_open(self) -> bool:
        """Is the server listening and sign-in open to new arrivals?"""
        room = self._room()
        return self.is_open and room is not None and room.signin_open

    def set_session(self, session_id: int | None) -> None:
        if self.is_open and session_id != self.session_id:
            self.end_for_phones(ask=False)
        self.session_id = session_id
        self.attendance.set_session(session_id)
        self.open_button.setEnabled(session_id is not None)
        self._refresh_state()

    def phones_can_use(self, ip: str) -> bool:
        """Could a phone reach this address? Not the loopback (the doctor's `reachable` is the
        same question; tests give it stand-ins)."""
        return (self.doctor.reachable or not_loopback)(ip)

    def refresh_addresses(self, addresses: list[LocalAddress] | None = None) -> None:
        found = addresses if addresses is not None else self.find_addresses()
        self._offered = [a.ip for a in found]
        usable = any(self.phones_can_use(a.ip) for a in found)
        self.address.clear()
        for address in found:
            self.address.addItem(said(address.label), address.ip)
        last = self.env.services.read.phones.web_address()
        # The address used last time, unless it is one no phone can reach while another can.
        if last and self.address.findData(last) >= 0 and (self.phones_can_use(last) or not usable):
            self.address.setCurrentIndex(self.address.findData(last))
        self.warning.setText("" if usable else _(LOOPBACK_WARNING))
        self.warning.setVisible(bool(self.warning.text()))
        if usable or self._fixed is not None:
            self.look_again.stop()
        elif not self.look_again.isActive():
            self.look_again.start()

    def _look_for_network(self) -> None:
        """While no address reaches phones: has the laptop joined a network since?"""
        found = self.find_addresses()
        if [a.ip for a in found] == self._offered:
            return
        moving = self.is_open and self.web is not None \
            and not self.phones_can_use(self.web.server.host)
        self.refresh_addresses(found)
        if moving and self.phones_can_use(str(self.address.currentData())):
            self._move_server()
        else:
            self._refresh_state()

    def _move_server(self) -> None:
        """Sign-in was open on the loopback and a real address has appeared: listen there
        instead, on the same port (no phone can have joined on the loopback)."""
        from coprod_desktop.web.doctor.watch import watch_server

        web = self.web
        if web is None:
            return
        host, port = str(self.address.currentData()), web.server.port
        self.doctor.stopped()
        web.server.stop(pump=self._pump)
        watch = watch_server(web.server, self.doctor.is_own)
        if self._try(lambda: web.server.start(host, port)):
            self._try(lambda: self.env.services.phones.remember_place(host, web.server.port))
            self.doctor.started(web.server, watch, host)
        self._refresh_state()

    def _style_warning(self) -> None:
        """Red that reads on the console's light or dark theme (4.5:1 or more on either)."""
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        self.warning.setStyleSheet(f"color: {'#ff7b72' if dark else '#8b1a1a'}; font-weight: bold;")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._style_warning()
        super().changeEvent(event)

    def _room(self):  # noqa: ANN202 - PhoneRoom | None
        if self.session_id is None:
            return None
        return self.env.services.read.phones.room(self.session_id)

    def join_url(self) -> str:
        room = self._room()
        if not self.arrivals_open or room is None or self.web is None:
            return ""
        return self.web.join_url(str(self.address.currentData()), room.token)

    def typed_address(self) -> str:
        """What people type instead of scanning: address, port and the short code."""
        room = self._room()
        if not self.arrivals_open or room is None or self.web is None or not room.short_code:
            return ""
        return self.web.server.url(str(self.address.currentData())).removeprefix(
            "http://") + "/" + room.short_code

    def download_url(self) -> str:
        """The address behind the projector's "today's notes" code."""
        room = self._room()
        if not self.is_open or room is None or self.web is None:
            return ""
        return self.web.download_url(str(self.address.currentData()), room.token)

    def _refresh_state(self) -> None:
        room = self._room()
        opened, listening = self.arrivals_open, self.is_open
        self.open_button.setText(_("Close sign-in") if opened else _("Open sign-in"))
        self.rotate_button.setEnabled(opened)
        self.end_button.setEnabled(listening)
        self.address.setEnabled(not listening)
        self.port.setEnabled(not listening)
        self.notes_open.setEnabled(room is not None)
        self.notes_open.blockSignals(True)
        self.notes_open.setChecked(bool(room and room.notes_open))
        self.notes_open.blockSignals(False)
        url, typed = self.join_url(), self.typed_address()
        if url:
            self.url.setText(_("Phones join at {url} (or type {typed})").format(url=url, typed=typed))
        elif listening:
            self.url.setText(_("Sign-in is closed to new arrivals. People already in can still "
                             "add notes and vote until you end the session for phones."))
        else:
            self.url.setText(_("Sign-in is closed."))
        title = self.env.services.read.session(self.session_id).title if self.session_id else ""
        # No code for an address no phone can reach: the projector says the Wi-Fi is coming.
        self.view.set_join(url, title, typed,
                           reachable=self.phones_can_use(str(self.address.currentData())))
        self.handout.refresh(self.session_id, room, title)
        self._refresh_questions()

    def _refresh_questions(self) -> None:
        self.questions.clear()
        if self.session_id is None:
            return
        for question in self.env.services.read.phones.questions(self.session_id):
            item = QListWidgetItem(question.text)
            item.setData(Qt.ItemDataRole.UserRole, question.id)
            self.questions.addItem(item)

    def _changed(self, change: ChangeSet) -> None:
        if change.touches("phone_room", "setting"):
            self._refresh_state()
        elif change.touches("phone_question"):
            self._refresh_questions()

    # --- actions ----------------------------------------------------------------------------

    def _try(self, action) -> bool:  # noqa: ANN001 - a no-argument callable
        try:
            action()
        except CoprodError as exc:
            self.env.undo.error.emit(exc.message)
            return False
        return True

    def toggle(self) -> None:
        if self.arrivals_open:
            self.close_sign_in()
        else:
            self.open_sign_in()

    def open_sign_in(self) -> bool:
        if self.session_id is None:
            return False
        # The phone server (starlette, uvicorn, templates) is loaded when sign-in first opens.
        from coprod_desktop.web.doctor.watch import watch_server
        from coprod_desktop.web.phone_web import PhoneWeb

        sid = self.session_id
        if self.web is None:
            self.web = PhoneWeb(self.env.services, self.bridge, self.env.clock)
            self._holder["web"] = self.web
        web = self.web
        host = str(self.address.currentData())
        started = not web.server.running
        watch = watch_server(web.server, self.doctor.is_own)  # once, before it first listens
        if started and not self._try(lambda: web.server.start(host, self.port.value())):
            return False
        ok = self._try(lambda: self.env.services.phones.open_sign_in(sid))
        if not ok and started:
            web.server.stop(pump=self._pump)
        if ok:
            self._try(lambda: self.env.services.phones.remember_place(host, web.server.port))
        self._refresh_state()
        if ok:
            self.doctor.started(web.server, watch, host)
        return ok

    def close_sign_in(self) -> None:
        """No new arrivals; people already in keep their pages and the server keeps going."""
        if self.session_id is not None and self._room() is not None:
            sid = self.session_id
            self._try(lambda: self.env.services.phones.close_sign_in(sid))
        self._refresh_state()

    def end_for_phones(self, *, ask: bool = True) -> bool:
        """Close the room and stop the server. With `ask`, warn first if phones are still in."""
        sid = self.session_id
        room = self._room()
        if ask and sid is not None and room is not None and room.room_open:
            present = self.env.services.read.phones.phones_in_room(sid)
            if present and QMessageBox.question(
                    self, _("End the session for phones?"),
                    count("{n} person is still signed in on a phone. Ending closes their pages: "
                          "they can no longer add notes, vote or download today's notes. End now?",
                          "{n} people are still signed in on a phone. Ending closes their pages: "
                          "they can no longer add notes, vote or download today's notes. End now?",
                          present),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
                return False
        self.doctor.stopped()
        if self.web is not None:
            self.web.server.stop(pump=self._pump)
        if sid is not None and room is not None:
            self._try(lambda: self.env.services.phones.end_for_phones(sid))
        self._refresh_state()
        return True

    def rotate(self) -> None:
        if self.session_id is not None:
            sid = self.session_id
            self._try(lambda: self.env.services.phones.rotate_link(sid))

    def _set_notes_open(self, checked: bool) -> None:
        if self.session_id is not None:
            sid = self.session_id
            self._try(lambda: self.env.services.phones.set_notes_open(sid, checked))

    def _load_wifi(self) -> None:
        wifi = self.env.services.read.phones.wifi()
        self.wifi_name.setText(wifi.ssid)
        self.wifi_password.setText(wifi.password)
        self.wifi_security.setCurrentIndex(max(0, self.wifi_security.findData(wifi.security)))
        self.view.set_wifi(wifi)

    def save_wifi(self) -> None:
        wifi = WifiDetails(self.wifi_name.text(), self.wifi_password.text(),
                           str(self.wifi_security.currentData()))
        if self._try(lambda: self.env.services.phones.set_wifi(wifi)):
            self._load_wifi()

    def mark_answered(self) -> None:
        item = self.questions.currentItem()
        if item is not None:
            qid = int(item.data(Qt.ItemDataRole.UserRole))
            self.env.undo.run(lambda: self.env.services.phones.answer_question(qid))

    @staticmethod
    def _pump() -> None:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def shutdown(self) -> None:
        """Stop the server (when the window closes or another file opens)."""
        self.look_again.stop()
        if self.is_open:
            self.end_for_phones(ask=False)
        if self.web is not None:
            self.web.close()
            self.web = None
            self._holder["web"] = None
        self._unsubscribe()  # type: ignore[operator]


def _stop_after_delete(holder: dict[str, PhoneWeb | None], pending: set, bridge: QtBridge) -> None:
    web = holder.get("web")
    if web is None:
        return
    bridge.closed = True
    fail_pending(pending)
    web.close()
    holder["web"] = None
