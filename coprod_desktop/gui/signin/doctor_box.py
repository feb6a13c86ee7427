"""The sign-in panel's "Can phones reach this laptop?" box: the network doctor's findings, the
hotspot steps for venue Wi-Fi that keeps devices apart, and "Test with my phone".

The checks run on a worker thread (a dropped connection takes seconds to time out); their result
and the first phone's arrival come back to this thread through queued signals. The checks' module
(HTTP client, sockets, the firewall probes) is imported when sign-in first opens, with the phone
server, not when the panel is built (issue 18).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coprod_desktop.gui.formats import clock
from coprod_desktop.gui.kit.labels import plain_label
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.i18n import _
from coprod_desktop.web.doctor.hotspot import hotspot_steps, system_name

if TYPE_CHECKING:
    from coprod_desktop.web.doctor.checks import Diagnosis
    from coprod_desktop.web.doctor.watch import PhoneSeen, PhoneWatch
    from coprod_desktop.web.server import PhoneServer


def _plain(parent: QWidget, selectable: bool = False) -> QLabel:
    return plain_label(parent=parent, selectable=selectable)  # fixes hold commands to copy


class DoctorBox(QGroupBox):
    diagnosed = Signal(object)  # Diagnosis, from the worker thread
    phone_reached = Signal(object)  # PhoneSeen, from the server thread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("Can phones reach this laptop?"), parent)
        # Which addresses count as the laptop's own, and which a phone could use (tests use
        # 127.0.0.x addresses as stand-ins for Wi-Fi ones).
        self.is_own: Callable[[str], bool] | None = None
        self.reachable: Callable[[str], bool] | None = None  # None: any address but loopback
        self.timeout = 3.0
        self.diagnosis: Diagnosis | None = None
        self._target: tuple[PhoneServer, PhoneWatch, str] | None = None
        self._run = 0
        self.status = _plain(self)
        self.status.setText(_("Open sign-in to check."))
        self.findings = _plain(self, selectable=True)
        self.check_button = QPushButton(_("Check again"), self)
        self.check_button.clicked.connect(self.check)
        self.phone_button = QPushButton(_("Test with my phone"), self)
        self.phone_button.clicked.connect(self.test_with_phone)
        self.hotspot_button = QPushButton(_("Venue Wi-Fi keeps phones apart?"), self)
        self.hotspot_button.setCheckable(True)
        self.hotspot_button.toggled.connect(self._show_hotspot)
        self.phone_code = QLabel(self)
        self.phone_code.setAccessibleName(_("Code for your own phone"))
        self.phone_text = _plain(self, selectable=True)
        self.phone_status = _plain(self)
        self.hotspot = _plain(self, selectable=True)
        self.hotspot.setText(_("The laptop's own hotspot ({system}):").format(
            system=system_name()) + "\n" + "\n".join(
            f"{n}. {_(step)}" for n, step in enumerate(hotspot_steps(), start=1)))
        self._build_layout()
        self.diagnosed.connect(self._show_diagnosis)
        self.phone_reached.connect(self._show_phone)
        self.stopped()

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.check_button, self.phone_button, self.hotspot_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.phone_row = QWidget(self)  # shown once there is something to say about phones
        phone = QHBoxLayout(self.phone_row)
        phone.setContentsMargins(0, 0, 0, 0)
        phone.addWidget(self.phone_code)
        words = QVBoxLayout()
        words.addWidget(self.phone_text)
        words.addWidget(self.phone_status)
        words.addStretch(1)
        phone.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.findings)
        layout.addLayout(buttons)
        layout.addWidget(self.phone_row)
        layout.addWidget(self.hotspot)
        self.phone_row.setVisible(False)
        self.hotspot.setVisible(False)

    # --- following the server ---------------------------------------------------------------

    def started(self, server: PhoneServer, watch: PhoneWatch, address: str) -> None:
        """Sign-in opened: check at once, and listen for the first phone."""
        self._target = (server, watch, address)
        watch.on_first_phone(self._from_server_thread)
        self.check_button.setEnabled(True)
        self.phone_button.setEnabled(True)
        self.check()

    def stopped(self) -> None:
        self._target = None
        self._run += 1  # a check still running is ignored when it ends
        self.check_button.setEnabled(False)
        self.phone_button.setEnabled(False)
        self.phone_code.clear()
        self.phone_code.setVisible(False)
        self.phone_text.clear()
        self.phone_status.clear()
        self.phone_row.setVisible(False)
        if self.diagnosis is not None:
            self.status.setText(_("Phones are closed for this session."))

    def _from_server_thread(self, seen: PhoneSeen) -> None:
        with contextlib.suppress(RuntimeError):  # the panel has gone: nothing to tell
            self.phone_reached.emit(seen)

    # --- checks ------------------------------------------------------------------------------

    def check(self) -> None:
        if self._target is None:
            return
        from coprod_desktop.web.doctor.checks import diagnose, not_loopback

        server, watch, address = self._target
        self._run += 1
        run = self._run
        self.status.setText(_("Checking…"))
        self.check_button.setEnabled(False)
        bound, port, timeout = server.host, server.port, self.timeout
        reachable = self.reachable or not_loopback

        def work() -> None:
            found = diagnose(bound, address, port, watch.check_path, watch.nonce,
                             reachable=reachable, timeout=timeout)
            with contextlib.suppress(RuntimeError):
                self.diagnosed.emit((run, found))

        threading.Thread(target=work, name="coprod-network-doctor", daemon=True).start()

    def _show_diagnosis(self, result: tuple[int, Diagnosis]) -> None:
        run, found = result
        if run != self._run:
            return
        from coprod_desktop.web.doctor.checks import Status  # loaded by check() already

        marks = {Status.OK: "✓", Status.PROBLEM: "✗", Status.UNSURE: "?"}
        self.diagnosis = found
        self.check_button.setEnabled(self._target is not None)
        if found.ok:
            self.status.setText(_("Yes: phones on the same Wi-Fi can reach {address}:{port}. "
                                  "Test with your own phone to be sure.").format(
                address=found.address, port=found.port))
        else:
            self.status.setText(_("Phones may not reach this laptop. What to do:"))
        lines = []  # the findings are messages as data: said in the interface's language
        for finding in found.findings:
            lines.append(f"{marks[finding.status]} {said(finding.message)}")
            if finding.fix and finding.status is not Status.OK:
                lines.extend(f"    {line}" for line in said(finding.fix).splitlines())
        self.findings.setText("\n".join(lines))
        if not found.ok:
            self.hotspot_button.setChecked(True)

    # --- the facilitator's own phone ------------------------------------------------------------

    def test_with_phone(self) -> None:
        if self._target is None:
            return
        from coprod_desktop.export.qr import qr_png  # with the phone server, on first use
        from coprod_desktop.web.doctor.watch import PHONE_PATH

        server, watch, address = self._target
        watch.reset()
        url = f"{server.url(address)}{PHONE_PATH}"
        pixmap = QPixmap()
        pixmap.loadFromData(qr_png(url, box=4, border=2))
        self.phone_code.setPixmap(pixmap)
        self.phone_code.setVisible(True)
        self.phone_text.setText(_("Join the room's Wi-Fi on your phone, then scan this code or "
                                  "open {url}").format(url=url))
        self.phone_status.setText(_("Waiting for a phone…"))
        self.phone_row.setVisible(True)

    def _show_phone(self, seen: PhoneSeen) -> None:
        if self._target is None:
            return
        when = clock(datetime.fromtimestamp(seen.at))
        self.phone_status.setText(_("✓ A phone reached this laptop at {when}.").format(when=when))
        self.phone_row.setVisible(True)

    def _show_hotspot(self, shown: bool) -> None:
        self.hotspot.setVisible(shown)
