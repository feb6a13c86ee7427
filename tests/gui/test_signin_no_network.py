"""A laptop with no network: the projector projects no code for 127.0.0.1, and switches to the real
code once the laptop has an address phones can reach. The real Sign-in panel, its real phone server
and the real projector window; the laptop's addresses come through the panel's own seam
(`find_addresses`), and 127.0.0.3 stands for the Wi-Fi address that appears (as in
test_signin_doctor: on Linux every 127.x address is this machine)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtGui import QImage

from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.signin import VIEW_KEY
from coprod_desktop.gui.signin.panel import SignInPanel
from coprod_desktop.gui.ticker import Ticker
from coprod_desktop.gui.undo import UndoAdapter
from coprod_desktop.services import Services
from coprod_desktop.web.addresses import LOOPBACK_WARNING, LocalAddress
from tests.gui.gui_helpers import in_thread
from tests.gui.projector_host import projector_window
from tests.gui.pseudo_locale import PaintedText

LOOPBACK = LocalAddress("127.0.0.1", "lo")
WIFI = LocalAddress("127.0.0.3", "Wi-Fi")
WAITING = "Getting the Wi-Fi ready — one moment"
SIZES = ((1920, 1080), (1024, 768))


@pytest.fixture(params=["dark", "light"])
def room(request, qtbot, services: Services, session_id: int,
         clock) -> Iterator[tuple[SignInPanel, list[LocalAddress]]]:
    """The panel on a laptop whose only address is its loopback, until a test adds another to
    the list the panel's `find_addresses` reads."""
    projector = projector_window(request.param)
    qtbot.addWidget(projector)
    found = [LOOPBACK]
    panel = SignInPanel(GuiEnv(services, UndoAdapter(services), projector, Ticker(), clock),
                        find_addresses=lambda: list(found))
    panel.doctor.reachable = lambda ip: ip != "127.0.0.1"
    panel.doctor.is_own = lambda ip: ip in ("127.0.0.1", "127.0.0.3")
    panel.port.setValue(0)
    qtbot.addWidget(panel)
    panel.set_session(session_id)
    panel.show()
    yield panel, found
    panel.shutdown()


def _projected(panel: SignInPanel, qtbot, size: tuple[int, int], path: Path) -> tuple[
        list[str], list[str]]:
    """The projector at `size`, saved to `path`: the codes a phone camera reads in it, and the
    text painted on it."""
    projector = panel.env.projector
    projector.resize(*size)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: panel.view.size().toTuple() == size)
    with PaintedText() as painted:
        image = projector.grab().toImage()  # type: ignore[attr-defined]
    image.convertToFormat(QImage.Format.Format_RGB888).save(str(path))
    return [r.text for r in zxingcpp.read_barcodes(Image.open(path))], painted.seen


def test_with_only_the_loopback_the_projector_waits_for_the_wifi_then_shows_the_real_code(
        qtbot, room: tuple[SignInPanel, list[LocalAddress]], artifacts: Path, request) -> None:
    panel, found = room
    theme = request.node.callspec.params["room"]
    assert panel.warning.text() == LOOPBACK_WARNING and panel.look_again.isActive()
    assert panel.open_sign_in()
    assert panel.join_url().startswith("http://127.0.0.1:")  # the console still says where
    panel.env.projector.show_view(VIEW_KEY)
    panel.env.projector.show()  # type: ignore[attr-defined]
    assert panel.view.waiting_for_network
    for width, height in SIZES:
        path = artifacts / f"projector-join-no-network-{width}x{height}-{theme}.png"
        codes, painted = _projected(panel, qtbot, (width, height), path)
        assert codes == []  # nothing a phone could scan
        assert WAITING in painted and not any("127.0.0.1" in text for text in painted)

    # The laptop joins the venue Wi-Fi: the panel finds the address by itself, moves sign-in
    # there and the projector shows the code for it.
    panel.look_again.setInterval(50)
    found.insert(0, WIFI)
    qtbot.waitUntil(lambda: not panel.view.waiting_for_network, timeout=10_000)
    assert panel.web is not None and panel.web.server.host == "127.0.0.3"
    assert panel.address.currentData() == "127.0.0.3" and panel.warning.isHidden()
    assert not panel.look_again.isActive()
    url = panel.join_url()
    assert url.startswith("http://127.0.0.3:") and panel.view.url == url
    for width, height in SIZES:
        path = artifacts / f"projector-join-wifi-found-{width}x{height}-{theme}.png"
        codes, painted = _projected(panel, qtbot, (width, height), path)
        assert codes == [url]
        assert WAITING not in painted
    assert in_thread(qtbot, lambda: httpx.get(url, timeout=5)).status_code == 200
    # The doctor checks the new address: it is where sign-in listens.
    qtbot.waitUntil(lambda: panel.doctor.diagnosis is not None
                    and panel.doctor.diagnosis.address == "127.0.0.3", timeout=10_000)
    assert panel.doctor.diagnosis.finding("listening").message == (
        "Sign-in is listening on 127.0.0.3.")


def test_a_fixed_list_of_addresses_is_not_looked_up_again(signin_panel: SignInPanel) -> None:
    """Tests (and anything else) that give the panel its addresses keep them: no timer runs."""
    assert signin_panel.warning.isVisible() and not signin_panel.look_again.isActive()
