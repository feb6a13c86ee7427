"""File › Export…: the dialog runs exports on a worker thread and reports back plainly."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.phones import WifiDetails
from coprod_desktop.export.documents import Kind
from coprod_desktop.export.gather import LINK_LABEL, LINK_URL
from coprod_desktop.export.tables import TABLES
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.export.dialog import ExportDialog
from coprod_desktop.gui.export.menu import add_export_action
from coprod_desktop.gui.ticker import Ticker
from coprod_desktop.gui.undo import UndoAdapter
from coprod_desktop.services import Services
from tests.export.conftest import Sample, flat, make_sample, pdf_text
from tests.gui.projector_host import projector_window


@pytest.fixture
def env(services: Services, clock: FakeClock, qtbot) -> GuiEnv:
    return GuiEnv(services, UndoAdapter(services), projector_window(), Ticker(), clock)


@pytest.fixture
def sample(env: GuiEnv, clock: FakeClock) -> Sample:
    return make_sample(env.services, clock)


@pytest.fixture
def pool():
    pool = QThreadPool()
    yield pool
    pool.waitForDone(10_000)


def _dialog(env: GuiEnv, qtbot, pool: QThreadPool, **kw) -> ExportDialog:
    dialog = ExportDialog(env, pool=pool, **kw)
    dialog.open_when_done = False  # no PDF viewer in the test run
    qtbot.addWidget(dialog)
    return dialog


def _choose(dialog: ExportDialog, value: str) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(value))


def _run(dialog: ExportDialog, qtbot, *, succeed: bool = True) -> list[str]:
    signal = dialog.exported if succeed else dialog.export_failed
    with qtbot.waitSignal(signal, timeout=20_000) as blocker:
        dialog.export_button.click()
        # The click returns before the export ends: the work happens on the worker thread, whose
        # result can only arrive through the event loop (tests/bench times the click itself).
        assert dialog.running and not dialog.close_button.isEnabled()
    return blocker.args


def test_exports_a_handout_off_the_gui_thread(env, sample, qtbot, pool, tmp_path, artifacts):
    dialog = _dialog(env, qtbot, pool, session_id=sample.session_id)
    assert dialog.session.currentData() == sample.session_id
    dialog.destination.setText(str(tmp_path / "handout.pdf"))
    dialog.link_url.setText("https://chat.example.org/new-link")
    dialog.show()
    dialog.grab().save(str(artifacts / "export-dialog.png"))
    (path,) = _run(dialog, qtbot)
    assert Path(path) == tmp_path / "handout.pdf" and dialog.progress.value() == 100
    assert "Saved to" in dialog.status.text() and dialog.close_button.isEnabled()
    words = flat(pdf_text(Path(path)))
    assert "Fortnightly meeting <3 & more" in words
    assert "https://chat.example.org/new-link" in words
    # The link is a programme setting now, and an ordinary undoable change.
    assert env.services.read.setting(LINK_URL) == "https://chat.example.org/new-link"
    assert env.services.read.setting(LINK_LABEL) == "Our group chat"
    env.undo.stack.undo()
    assert env.services.read.setting(LINK_URL) != "https://chat.example.org/new-link"


def test_a_failure_is_explained_and_leaves_no_file(env, sample, qtbot, pool, tmp_path):
    env.services.phones.set_wifi(WifiDetails("Hall Guest", "tea-and-cake"))
    dialog = _dialog(env, qtbot, pool)
    assert (dialog.wifi_name.text(), dialog.wifi_password.text()) == ("Hall Guest", "tea-and-cake")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog._choice() is Kind.HANDOUT and not dialog.join_url.isVisible()
    _choose(dialog, Kind.POSTER.value)
    # A poster asks for the sign-in address and the Wi-Fi, and not for the handout's link.
    assert dialog.join_url.isVisible() and dialog.wifi_name.isVisible()
    assert not dialog.link_url.isVisible()
    out = tmp_path / "out"
    out.mkdir()
    dialog.destination.setText(str(out / "poster.pdf"))
    (message,) = _run(dialog, qtbot, succeed=False)
    assert "needs the sign-in address" in message
    assert "needs the sign-in address" in dialog.status.text()
    assert list(out.iterdir()) == [] and dialog.export_button.isEnabled()


def test_register_offers_all_sessions_and_tables_go_to_a_folder(env, sample, qtbot, pool,
                                                                  tmp_path):
    dialog = _dialog(env, qtbot, pool)
    _choose(dialog, Kind.REGISTER.value)
    dialog.session.setCurrentIndex(dialog.session.findText("All sessions"))
    dialog.destination.setText(str(tmp_path / "register"))
    (path,) = _run(dialog, qtbot)
    assert path.endswith("register.pdf")
    assert "Totals for each person" in pdf_text(Path(path))
    _choose(dialog, "csv")
    assert not dialog.session.isEnabled() and not dialog.paper.isEnabled()
    assert dialog.session.findText("All sessions") == -1
    dialog.destination.setText(str(tmp_path / "tables"))
    _run(dialog, qtbot)
    assert len(list((tmp_path / "tables").glob("*.csv"))) == len(TABLES)


def test_the_dialog_cannot_close_while_an_export_runs(env, sample, qtbot, pool, tmp_path):
    dialog = _dialog(env, qtbot, pool)
    dialog.destination.setText(str(tmp_path / "h.pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
        dialog.reject()
        assert "Please wait" in dialog.status.text()
    assert (tmp_path / "h.pdf").exists()


def test_menu_action_opens_the_dialog_on_the_session_given(env, sample, qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    action = add_export_action(QMenu(parent), env, parent,
                               current_session=lambda: sample.next_session_id,
                               join_url=lambda: "http://10.0.0.5:8765/join/t0k3n")
    assert action.text() == "&Export…" and action.shortcut().toString() == "Ctrl+E"
    seen: list[tuple[object, str]] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        seen.append((dialog.session.currentData(), dialog.join_url.text()))
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    action.trigger()
    assert seen == [(sample.next_session_id, "http://10.0.0.5:8765/join/t0k3n")]


def test_the_console_file_menu_has_export_while_a_programme_is_open(make_app, demo_path, qtbot):
    app = make_app()
    app.start(demo_path)
    qtbot.waitExposed(app.console)
    file_menu = app.console.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]
    assert names.index("exportAction") == names.index("saveCopyAction") + 1
    app.console.actions_.close.trigger()
    qtbot.waitUntil(lambda: "exportAction" not in [a.objectName() for a in file_menu.actions()])


def test_the_first_export_makes_its_folder(env, sample, qtbot, pool, tmp_path):
    """On a fresh machine ~/Documents may not exist: the folder is made, not refused."""
    dialog = _dialog(env, qtbot, pool, session_id=sample.session_id)
    target = tmp_path / "Documents" / "Coprod" / "handout.pdf"
    assert not target.parent.exists()
    dialog.destination.setText(str(target))
    (path,) = _run(dialog, qtbot)
    assert Path(path) == target and target.is_file()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_error_text_is_readable_on_either_theme(env, qtbot, pool, theme: str) -> None:
    from PySide6.QtGui import QColor, QPalette

    from coprod_desktop.gui.kit.problem_text import problem_colour

    dialog = _dialog(env, qtbot, pool)
    palette = dialog.status.palette()
    background = QColor("#2B2B2B" if theme == "dark" else "#EFEFEF")
    palette.setColor(QPalette.ColorRole.Window, background)
    dialog.status.setPalette(palette)
    dialog.destination.setText("")
    dialog.export_button.click()  # nowhere to save: told in the problem colour
    assert "choose where to save" in dialog.status.text()
    colour = QColor(problem_colour(dialog.status))
    assert contrast(colour, background) >= 4.5


def contrast(a, b) -> float:
    def lum(c) -> float:
        def part(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * part(c.redF()) + 0.7152 * part(c.greenF()) + 0.0722 * part(c.blueF())
    high, low = sorted((lum(a), lum(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_pdf_language_is_the_programme_s_not_the_interface_s(env, sample, qtbot, pool,
                                                                 tmp_path, artifacts):
    from coprod_desktop.domain.settings import HANDOUT_LANGUAGE

    dialog = _dialog(env, qtbot, pool, session_id=sample.session_id)
    assert dialog.language.currentData() == "en_GB"
    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    dialog.destination.setText(str(tmp_path / "podsumowanie.pdf"))
    dialog.show()
    dialog.grab().save(str(artifacts / "export-dialog-language.png"))
    (path,) = _run(dialog, qtbot)
    words = flat(pdf_text(Path(path)))
    assert "Kto przyszedł" in words and "Who came" not in words
    assert env.services.read.setting(HANDOUT_LANGUAGE) == "pl"  # kept with the programme
    assert dialog.export_button.text() == "Export"  # the interface is still English
    again = _dialog(env, qtbot, pool, session_id=sample.session_id)
    assert again.language.currentData() == "pl"
