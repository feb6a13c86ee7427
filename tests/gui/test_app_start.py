"""Starting the app: the demo, the latest file, a new programme, a copy, and what it remembers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from gui_helpers import message_boxes
from PySide6.QtCore import QRect, QSettings

from coprod_desktop.gui.console.new_programme import NewProgrammeDialog
from coprod_desktop.store.programme_file import ProgrammeFile


def test_demo_opens_a_fresh_dated_copy_in_the_data_folder(make_app, tmp_path: Path,
                                                         qtbot) -> None:
    app = make_app()
    app.start(demo=True)
    # It is made on a thread of its own: the window says so and answers meanwhile.
    assert app.current is None
    assert app.console.message.text() == "Making a fresh copy of the demo programme…"
    app.open_demo()  # a second ask while it is being made makes no second copy
    qtbot.waitUntil(lambda: app.current is not None, timeout=60_000)
    app.close_programme()
    app.start(demo=True)
    qtbot.waitUntil(lambda: app.current is not None, timeout=60_000)
    files = sorted((tmp_path / "data").glob("Ashbrook demo *.coprod"))
    assert len(files) == 2  # never reuses yesterday's demo
    assert app.current is not None and app.current.services.file.path in files
    assert app.current.services.read.counts()["attendees"] >= 50
    assert app.current.undo.stack.count() == 0  # a fresh demo has nothing to undo


def test_latest_file_reopens_and_geometry_is_remembered(make_app, demo_path: Path,
                                                        settings) -> None:
    first = make_app()
    first.start(demo_path)
    first.console.setGeometry(QRect(40, 50, 760, 560))  # above the console's smallest size
    first.console.close()  # saves geometry and closes the file
    assert first.current is None
    settings.sync()

    second = make_app()
    second.start()
    assert second.current is not None
    assert second.current.services.file.path == demo_path.resolve()
    assert second.console.size().width() == 760 and second.console.size().height() == 560
    assert second.prefs.recent_files()[0] == demo_path.resolve()


def test_new_programme_dialog_creates_and_opens(make_app, tmp_path: Path, qtbot) -> None:
    app = make_app()
    app.start()
    app.console.welcome.new_button.click()
    dialog = app.console.findChild(NewProgrammeDialog)
    qtbot.waitExposed(dialog)
    target = tmp_path / "Short breaks.coprod"
    dialog.location.setText(str(target))
    dialog.location.textEdited.emit(str(target))
    dialog.create_button.click()  # no title yet
    assert "The programme title is empty" in dialog.errors.message("title")
    assert sorted(tmp_path.glob("*Short breaks*")) == []  # no half-made file, no lock file

    qtbot.keyClicks(dialog.title, "Short breaks: 100-day challenge")
    qtbot.keyClicks(dialog.organisation, "Westvale Parent Carer Forum")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert app.current is not None and app.current.services.file.path == target
    assert app.current.services.read.programme().title == "Short breaks: 100-day challenge"
    assert app.console.view.panel("Overview").empty.isVisibleTo(app.console.view.panel("Overview"))

    app.close_programme()
    app.console.welcome.new_button.click()
    again = next(d for d in app.console.findChildren(NewProgrammeDialog) if d.isVisible())
    again.title.setText("Another")
    again.location.setText(str(target))
    again.location.textEdited.emit(str(target))
    again.create_button.click()
    assert "already exists" in again.errors.message("location")  # never overwrites


def test_save_a_copy(make_app, demo_path: Path, tmp_path: Path) -> None:
    app = make_app()
    app.start(demo_path)
    copy = tmp_path / "copy.coprod"
    app.console.save_copy_to(copy)
    assert "Saved a copy" in app.console.message.text()
    assert app.current.services.file.path == demo_path  # still working in the original
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT count(*) FROM attendee").fetchone()[0] >= 50
    conn.close()
    app.console.save_copy_to(demo_path)
    assert message_boxes() and "different name" in message_boxes()[0].text()
    ProgrammeFile.open(copy).close()


def test_interface_size_is_read_from_the_file_it_is_saved_to(tmp_path: Path) -> None:
    """View › Accessibility saves the size to the app's settings.ini; start-up reads that file."""
    from coprod_desktop.app import app_settings
    from coprod_desktop.gui.plain import settings as plain_settings

    saved = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    plain_settings.bind(saved)
    plain_settings.set_ui_scale(1.5)  # as the Accessibility dialog does
    plain_settings.bind(None)
    environ: dict[str, str] = {}
    settings = app_settings(tmp_path, environ)
    try:
        assert environ == {"QT_SCALE_FACTOR": "1.5"}
        assert Path(settings.fileName()) == tmp_path / "settings.ini"
    finally:
        plain_settings.bind(None)


def test_the_console_fits_its_screen(make_app, demo_path: Path, qtbot) -> None:
    app = make_app()
    app.start(demo_path)
    console = app.console
    free = console.screen().availableGeometry()
    console.resize(free.width() + 600, free.height() + 400)  # as a big interface size would
    from coprod_desktop.gui.console.window import fit_to_screen

    fit_to_screen(console)
    frame = console.frameGeometry()
    assert frame.width() <= free.width() and frame.height() <= free.height()
    assert free.contains(frame.topLeft()) and free.contains(frame.bottomRight())


def test_a_programme_opened_while_the_demo_is_made_stays_open(make_app, demo_path: Path,
                                                             qtbot) -> None:
    app = make_app()
    app.start()
    app.open_demo()
    app.open_file(demo_path)  # the facilitator opens their own programme meanwhile
    qtbot.waitUntil(lambda: any(p.name.startswith("Ashbrook demo ")
                                for p in app.prefs.recent_files()), timeout=60_000)
    assert app.current is not None and app.current.services.file.path == demo_path
    made = [p for p in app.prefs.recent_files() if p.name.startswith("Ashbrook demo ")]
    assert len(made) == 1 and made[0].is_file()  # ready under File › Open Recent
    assert app.console.message.text() == (
        f"The demo programme is ready: File › Open Recent › {made[0].name}")
