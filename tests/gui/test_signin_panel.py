"""The Sign-in panel with real widgets offscreen, a real phone server and the Qt bridge."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from coprod_desktop.domain.phones import WifiDetails
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.signin.join_view import JoinView
from coprod_desktop.gui.signin.panel import VIEW_KEY, SignInPanel
from coprod_desktop.gui.ticker import Ticker
from coprod_desktop.gui.undo import UndoAdapter
from coprod_desktop.services import Services
from coprod_desktop.store.phone_reader import PhoneReader
from coprod_desktop.web.addresses import LocalAddress
from tests.gui.gui_helpers import in_thread
from tests.gui.projector_host import projector_window
from tests.web.phone_helpers import csrf_of


@pytest.fixture
def panel(qtbot, services: Services, session_id: int, clock):
    undo = UndoAdapter(services)
    projector = projector_window()
    env = GuiEnv(services, undo, projector, Ticker(), clock)
    widget = SignInPanel(env, addresses=[LocalAddress("127.0.0.1", "lo")])
    widget.port.setValue(0)
    qtbot.addWidget(widget)
    qtbot.addWidget(projector)
    widget.set_session(session_id)
    widget.show()  # a console panel draws changes while it is shown
    errors: list[str] = []
    undo.error.connect(errors.append)
    widget.errors = errors  # type: ignore[attr-defined]
    yield widget
    widget.shutdown()


def _phone_signs_in(url: str, name: str) -> httpx.Client:
    phone = httpx.Client(follow_redirects=False, timeout=5)
    page = phone.get(url)
    signed = phone.post(url, data={"csrf": csrf_of(page.text), "name": name})
    assert signed.status_code == 303, signed.text
    base = url.split("/j/")[0]
    about = phone.get(f"{base}/about-you")
    chosen = phone.post(f"{base}/about-you/choices",
                        data={"csrf": csrf_of(about.text), "group": "staff"})
    assert chosen.status_code == 303, chosen.text
    return phone


def test_open_sign_in_serves_phones_and_the_list_updates_live(qtbot, panel: SignInPanel,
                                                             services: Services,
                                                             monkeypatch) -> None:
    assert panel.warning.text().startswith("This laptop is not on a network")
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert panel.is_open and panel.open_button.text() == "Close sign-in"
    url = panel.join_url()
    assert url.startswith("http://127.0.0.1:") and panel.view.url == url
    code = PhoneReader(services.file.db).room(panel.session_id).short_code
    typed = panel.view.typed  # shown large under the QR code: no "http://", no long token
    assert typed.startswith("127.0.0.1:") and typed.endswith("/" + code) and len(code) == 6
    assert typed in panel.url.text()
    assert in_thread(qtbot, lambda: httpx.get("http://" + typed.lower(), timeout=5)
                     ).headers["location"] == url.split(url.split("/j/")[0])[1]
    assert url in panel.url.text()
    phone = in_thread(qtbot, lambda: _phone_signs_in(url, "<b>Dee</b>"))
    assert panel.attendance.table.rowCount() == 1
    assert panel.attendance.table.item(0, 0).text() == "<b>Dee</b>"
    assert panel.attendance.table.item(0, 3).text() == "Phone"
    assert panel.attendance.counts.text().startswith("1 here now · Staff: 1")
    assert panel.bridge.jobs >= 1
    # Notes from the phone reach the file (and the board hears the ChangeSet).
    panel.notes_open.setChecked(True)
    heard = []
    services.subscribe(lambda change: heard.append(change) if change.touches("note") else None)

    def post() -> int:
        home = phone.get(url.split("/j/")[0] + "/home")
        return phone.post(url.split("/j/")[0] + "/note",
                          data={"csrf": csrf_of(home.text), "text": "From Dee"}).status_code

    assert in_thread(qtbot, post) == 303
    assert [n.text for n in services.read.notes(panel.session_id)] == ["From Dee"]
    assert heard and heard[0].initiator == "phone"
    # A question arrives in the panel's queue.
    def ask() -> int:
        home = phone.get(url.split("/j/")[0] + "/home")
        return phone.post(url.split("/j/")[0] + "/question",
                          data={"csrf": csrf_of(home.text), "question": "What is a PDSA?"}
                          ).status_code

    assert in_thread(qtbot, ask) == 303
    assert panel.questions.count() == 1 and panel.questions.item(0).text() == "What is a PDSA?"
    panel.questions.setCurrentRow(0)
    panel.mark_answered()
    assert panel.questions.count() == 0
    # Close sign-in: no new arrivals, but the phone already in still posts a note.
    port = int(url.split(":")[2].split("/")[0])
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert panel.is_open and not panel.arrivals_open and panel.view.url == ""
    assert panel.open_button.text() == "Open sign-in" and "People already in" in panel.url.text()
    closed = in_thread(qtbot, lambda: httpx.get(url, timeout=5))
    assert closed.status_code == 403 and "Sign-in is closed just now" in closed.text
    assert in_thread(qtbot, post) == 303
    # End for phones: after a warning (one person is in), the server stops listening.
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    assert panel.is_open and asked[0].startswith("1 person is still signed in")  # said No
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    assert not panel.is_open and panel.view.url == "" and len(asked) == 2
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
    phone.close()
    # The port is remembered for next time.
    assert PhoneReader(services.file.db).web_port() == port


def test_rotate_link_changes_the_code(qtbot, panel: SignInPanel) -> None:
    assert panel.open_sign_in()
    before = panel.join_url()
    qtbot.mouseClick(panel.rotate_button, Qt.MouseButton.LeftButton)
    after = panel.join_url()
    assert before != after and panel.view.url == after
    old = in_thread(qtbot, lambda: httpx.get(before, timeout=5).status_code)
    assert old == 404


def test_by_hand_sign_out_and_merge(qtbot, panel: SignInPanel, services: Services) -> None:
    panel.attendance.name.setText("Ola")
    qtbot.mouseClick(panel.attendance.add_button, Qt.MouseButton.LeftButton)
    panel.attendance.name.setText("Ola B")
    panel.attendance.sign_in_by_hand()
    assert panel.attendance.table.rowCount() == 2
    assert panel.attendance.table.item(0, 3).text() == "By hand"
    panel.attendance.table.selectAll()
    panel.attendance.merge_selected()
    assert [p.name for p in services.read.attendees()] == ["Ola"]
    assert panel.attendance.table.rowCount() == 1
    panel.env.undo.stack.undo()  # the merge is one undoable step
    assert len(services.read.attendees()) == 2
    panel.attendance.table.selectRow(0)
    panel.attendance.sign_out_selected()
    assert panel.attendance.table.item(0, 4).text() == "Left"
    assert panel.attendance.counts.text().startswith("1 here now")
    panel.attendance.table.selectRow(0)
    panel.attendance.merge_selected()
    assert panel.errors[-1].startswith("Select exactly two rows")  # type: ignore[attr-defined]
    panel.attendance.name.setText("")
    panel.attendance.sign_in_by_hand()
    assert "empty" in panel.errors[-1]  # type: ignore[attr-defined]


def test_wifi_and_projector_view(qtbot, panel: SignInPanel, services: Services,
                                 artifacts: Path) -> None:
    panel.wifi_name.setText("Library Guest")
    panel.wifi_password.setText("short")
    panel.save_wifi()
    assert "8 to 63" in panel.errors[-1]  # type: ignore[attr-defined]
    panel.wifi_password.setText("books;and:more")
    panel.save_wifi()
    assert panel.view._wifi == WifiDetails("Library Guest", "books;and:more")
    # 127.0.0.3 stands for the laptop's Wi-Fi address (the projector shows no code for 127.0.0.1).
    panel.doctor.reachable = lambda ip: ip != "127.0.0.1"
    panel.refresh_addresses([LocalAddress("127.0.0.3", "Wi-Fi"), LocalAddress("127.0.0.1", "lo")])
    assert panel.open_sign_in()
    panel.show_button.click()
    assert panel.env.projector.current_view() == VIEW_KEY
    panel.resize(1000, 800)
    panel.grab().save(str(artifacts / "signin-panel.png"))
    panel.env.projector.resize(1920, 1080)  # type: ignore[attr-defined]
    panel.env.projector.show()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: panel.view.width() == 1920)
    _check_projector_codes(panel.view, artifacts, panel.join_url())


def _check_projector_codes(view: JoinView, artifacts: Path, url: str) -> None:
    import zxingcpp
    from PIL import Image

    image = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    path = artifacts / "projector-join-1920x1080.png"
    image.save(str(path))
    found = sorted(r.text for r in zxingcpp.read_barcodes(Image.open(path)))
    assert found == sorted([url, r"WIFI:T:WPA;S:Library Guest;P:books\;and\:more;;"])


def test_deleting_the_panel_stops_the_server(qtbot, services: Services, session_id: int,
                                             clock) -> None:
    """When the programme closes, the console deletes its panels: nothing may stay listening."""
    undo = UndoAdapter(services)
    projector = projector_window()
    qtbot.addWidget(projector)
    panel = SignInPanel(GuiEnv(services, undo, projector, Ticker(), clock),
                        addresses=[LocalAddress("127.0.0.1", "lo")])
    panel.port.setValue(0)
    panel.set_session(session_id)
    assert panel.open_sign_in()
    port = panel.web.server.port  # type: ignore[union-attr]
    panel.deleteLater()
    qtbot.waitUntil(lambda: _refused(port), timeout=10_000)


def _refused(port: int) -> bool:
    try:
        httpx.get(f"http://127.0.0.1:{port}/", timeout=1)
    except httpx.ConnectError:
        return True
    return False
