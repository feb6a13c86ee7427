"""The Sign-in panel's network help on a Polish console: the warning, the address list, the
doctor's findings and fixes and the hotspot steps are said in Polish, never in our English (they
are messages as data from web/addresses.py and web/doctor, translated where the console shows
them). The real app over the demo programme; the laptop's addresses come through the panel's own
seam (`find_addresses`), loopback only, as on a laptop with no network."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.app import CoprodApp
from coprod_desktop.gui.signin.panel import SignInPanel
from coprod_desktop.web.addresses import LOOPBACK_WARNING, LocalAddress
from coprod_desktop.web.doctor.hotspot import hotspot_steps

LOOPBACK = LocalAddress("127.0.0.1", "lo")


def _signin_panel(app: CoprodApp) -> SignInPanel:
    slot = next(s for s in app.console.view.slots if s.ref.title == "Sign-in")
    panel = slot.ensure()
    assert isinstance(panel, SignInPanel)
    return panel


def test_in_polish_the_network_help_shows_no_english_of_ours(polish_app, demo_path: Path, qtbot,
                                                            artifacts: Path) -> None:
    app = polish_app
    app.start(demo_path)
    panel = _signin_panel(app)
    panel.find_addresses = lambda: [LOOPBACK]
    panel.refresh_addresses()
    panel.port.setValue(0)
    if panel.session_id is None:
        panel.set_session(app.services.read.sessions()[0].id)
    assert panel.open_sign_in()
    doctor = panel.doctor
    qtbot.waitUntil(lambda: doctor.diagnosis is not None, timeout=10_000)
    assert not doctor.hotspot.isHidden()
    shown = "\n".join([panel.warning.text(),
                       *(panel.address.itemText(i) for i in range(panel.address.count())),
                       doctor.status.text(), doctor.findings.text(), doctor.hotspot.text()])
    panel.resize(900, 1300)
    panel.grab().save(str(artifacts / "signin-doctor-loopback-polish.png"))

    # Our English, as the modules write it (findings are Said: their str is the English).
    english = [LOOPBACK_WARNING, str(LOOPBACK.label), *hotspot_steps()]
    for finding in doctor.diagnosis.findings:  # type: ignore[union-attr]
        english.append(str(finding.message))
        english += [line for line in str(finding.fix).splitlines() if line.strip()]
    assert str(LOOPBACK.label) == "127.0.0.1 (this laptop only)"  # the English is what we think
    assert any(line.startswith("The join link uses 127.0.0.1") for line in english)
    left = [text for text in english if text in shown]
    assert not left, "Shown in English on a Polish console:\n" + "\n".join(left)
    # The addresses themselves are shown as they are.
    assert "127.0.0.1" in panel.address.itemText(0)
