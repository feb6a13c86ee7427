"""The network doctor in the Sign-in panel: a real phone server, checks on a worker thread, a
"phone" on 127.0.0.9. 127.0.0.1 is the laptop's loopback; 127.0.0.3 stands for its Wi-Fi address."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import Qt

from coprod_desktop.gui.signin.panel import SignInPanel
from coprod_desktop.web.addresses import LocalAddress
from coprod_desktop.web.doctor.watch import PHONE_PATH
from tests.gui.gui_helpers import in_thread


def _stand_ins(panel: SignInPanel) -> None:
    panel.doctor.reachable = lambda ip: ip != "127.0.0.1"
    panel.doctor.is_own = lambda ip: ip in ("127.0.0.1", "127.0.0.3")


@pytest.fixture
def lan_panel(signin_panel: SignInPanel) -> SignInPanel:
    signin_panel.refresh_addresses([LocalAddress("127.0.0.3", "Wi-Fi"),
                                    LocalAddress("127.0.0.1", "lo")])
    _stand_ins(signin_panel)
    return signin_panel


def test_on_loopback_the_doctor_says_phones_cannot_reach_and_shows_the_hotspot_steps(
        qtbot, signin_panel: SignInPanel, artifacts) -> None:
    _stand_ins(signin_panel)
    signin_panel.resize(900, 1100)
    assert not signin_panel.doctor.check_button.isEnabled()
    qtbot.mouseClick(signin_panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: signin_panel.doctor.diagnosis is not None, timeout=10_000)
    doctor = signin_panel.doctor
    assert doctor.status.text().startswith("Phones may not reach this laptop")
    assert "✗ The join link uses 127.0.0.1, which only this laptop can reach." in doctor.findings.text()
    assert doctor.hotspot_button.isChecked() and not doctor.hotspot.isHidden()
    assert "hotspot" in doctor.hotspot.text()
    signin_panel.grab().save(str(artifacts / "signin-doctor-loopback.png"))


def test_on_a_working_address_the_doctor_says_yes_and_sees_the_first_phone(
        qtbot, lan_panel: SignInPanel, artifacts) -> None:
    lan_panel.resize(900, 1100)
    qtbot.mouseClick(lan_panel.open_button, Qt.MouseButton.LeftButton)
    doctor = lan_panel.doctor
    qtbot.waitUntil(lambda: doctor.diagnosis is not None, timeout=10_000)
    assert doctor.diagnosis.ok, doctor.findings.text()
    assert doctor.status.text().startswith("Yes: phones on the same Wi-Fi can reach 127.0.0.3:")

    qtbot.mouseClick(doctor.phone_button, Qt.MouseButton.LeftButton)
    assert doctor.phone_status.text() == "Waiting for a phone…"
    assert not doctor.phone_code.pixmap().isNull()
    url = f"{lan_panel.web.server.url('127.0.0.3')}{PHONE_PATH}"
    assert url in doctor.phone_text.text()

    def phone() -> int:
        with httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.0.9")) as client:
            return client.get(url).status_code

    assert in_thread(qtbot, phone) == 200
    qtbot.waitUntil(lambda: doctor.phone_status.text().startswith("✓ A phone reached"))
    lan_panel.grab().save(str(artifacts / "signin-doctor-ok.png"))

    # Closing sign-in stops new arrivals only: the room's phones still reach the laptop.
    qtbot.mouseClick(lan_panel.open_button, Qt.MouseButton.LeftButton)  # close sign-in
    assert lan_panel.web.server.running and doctor.check_button.isEnabled()
    assert lan_panel.end_for_phones(ask=False)  # the session is over for phones
    assert doctor.status.text() == "Phones are closed for this session."
    assert not doctor.check_button.isEnabled() and doctor.phone_status.text() == ""


def test_the_doctor_s_own_rule_says_a_loopback_link_cannot_reach_phones(
        qtbot, signin_panel: SignInPanel) -> None:
    # No stand-in for which addresses phones can use: the checks' own rule, loaded with them.
    assert signin_panel.doctor.reachable is None
    signin_panel.doctor.is_own = lambda ip: ip in ("127.0.0.1", "127.0.0.3")
    qtbot.mouseClick(signin_panel.open_button, Qt.MouseButton.LeftButton)
    doctor = signin_panel.doctor
    qtbot.waitUntil(lambda: doctor.diagnosis is not None, timeout=10_000)
    assert not doctor.diagnosis.ok
    assert "✗ The join link uses 127.0.0.1, which only this laptop can reach." in doctor.findings.text()
