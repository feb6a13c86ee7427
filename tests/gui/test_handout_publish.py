"""Publishing the handout from the Sign-in panel: the phone's download, the projector's code."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from coprod_desktop.export import documents
from coprod_desktop.gui.signin.handout_view import KEY, HandoutView
from coprod_desktop.gui.signin.panel import SignInPanel
from coprod_desktop.services import Services
from coprod_desktop.web import handout_files
from tests.gui.gui_helpers import in_thread
from tests.web.phone_helpers import csrf_of


@pytest.fixture
def panel(signin_panel: SignInPanel, undo_errors: list[str]) -> SignInPanel:
    signin_panel.errors = undo_errors  # type: ignore[attr-defined]
    return signin_panel


def test_publish_download_and_take_back(qtbot, panel: SignInPanel, services: Services,
                                        artifacts: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built_on: list[str] = []  # the thread each handout PDF was built on

    def build_pdf(*args, **kwargs) -> bytes:
        built_on.append(threading.current_thread().name)
        return documents.build_pdf(*args, **kwargs)

    monkeypatch.setattr(handout_files, "build_pdf", build_pdf)
    box = panel.handout
    assert not box.publish_button.isEnabled() and box.status.text().startswith("Open sign-in")
    assert panel.open_sign_in()
    assert box.publish_button.isEnabled() and not box.show_button.isEnabled()
    url = panel.join_url()
    base = url.split("/j/")[0]

    def sign_in() -> httpx.Client:
        phone = httpx.Client(follow_redirects=False, timeout=20)
        page = phone.get(url)
        phone.post(url, data={"csrf": csrf_of(page.text), "name": "Ola", "group": "staff"})
        return phone

    phone = in_thread(qtbot, sign_in, 20_000)
    qtbot.mouseClick(box.publish_button, Qt.MouseButton.LeftButton)
    assert box.publish_button.text() == "Stop sharing the handout"
    assert box.status.text().startswith("Shared with phones since")
    download = panel.download_url()
    assert download == f"{url}/notes" and box.view.url == download
    [record] = services.exports.records()
    assert (record.what, record.format.value, record.held_names) == (
        "Session handout: Discovery workshop", "pdf", False)  # Ola did not agree to be named
    assert record.target == "Phones in the room (today's notes)"

    def fetch() -> tuple[int, bytes, str]:
        home = phone.get(f"{base}/home").text
        assert "Download today’s notes (PDF)" in home
        pdf = phone.get(f"{download}.pdf")
        return pdf.status_code, pdf.content, pdf.headers["content-disposition"]

    status, content, disposition = in_thread(qtbot, fetch, 20_000)
    assert status == 200 and content.startswith(b"%PDF-")
    assert "discovery-workshop-2026-03-03.pdf" in disposition
    assert panel.web is not None and panel.web.handouts.builds >= 1
    # The GUI thread only recorded the click; the PDF was made on the server's worker thread.
    # (How long the click and the bridge's jobs take is measured in tests/bench.)
    assert built_on and all(name.startswith("coprod-handout") for name in built_on), built_on

    box.show_button.click()
    projector = panel.env.projector
    assert projector.current_view() == KEY
    projector.resize(1920, 1080)  # type: ignore[attr-defined]
    projector.show()  # type: ignore[attr-defined]
    view: HandoutView = box.view
    qtbot.waitUntil(lambda: view.width() == 1920)
    assert _decoded(view, artifacts / "projector-handout-qr-1920x1080.png") == [download]

    qtbot.mouseClick(box.publish_button, Qt.MouseButton.LeftButton)
    assert box.publish_button.text() == "Publish the handout to phones"
    assert view.url == "" and not box.show_button.isEnabled()
    assert in_thread(qtbot, lambda: phone.get(f"{download}.pdf").status_code, 20_000) == 404
    view.grab().save(str(artifacts / "projector-handout-not-shared.png"))
    panel.resize(1000, 900)
    panel.grab().save(str(artifacts / "signin-panel-handout.png"))
    assert panel.errors == []  # type: ignore[attr-defined]
    phone.close()


def _decoded(view: HandoutView, path: Path) -> list[str]:
    import zxingcpp
    from PIL import Image

    image = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    image.save(str(path))
    return [r.text for r in zxingcpp.read_barcodes(Image.open(path))]
