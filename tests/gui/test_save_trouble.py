"""When a change cannot really be saved, the console says so everywhere it speaks of saving:
the programme's folder gone (moved, deleted, the stick taken out), or a full disk."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from gui_helpers import message_boxes
from PySide6.QtWidgets import QPushButton


def _sign_in(app, name: str) -> object:
    services = app.current.services
    session = services.read.sessions()[0].id
    return app.current.undo.run(
        lambda: services.people.sign_in_attendee(session, name=name, group="parent_carer"))


def _on_a_stick(demo_path: Path, tmp_path: Path, folder: str = "on the stick") -> Path:
    """A copy of the demo in a folder of its own, which the test can take away."""
    (tmp_path / folder).mkdir()
    return Path(shutil.copyfile(demo_path, tmp_path / folder / "Ashbrook.coprod"))


def _names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM attendee")}
    finally:
        conn.close()


def test_a_programme_whose_folder_has_gone_says_so_and_can_still_be_kept(
        make_app, demo_path: Path, tmp_path: Path) -> None:
    path = _on_a_stick(demo_path, tmp_path)
    folder = path.parent
    app = make_app()
    app.start(path)
    console = app.console
    assert _sign_in(app, "Before it went") is not None
    assert console.message.text().startswith("Saved ")
    assert console.windowTitle().endswith("saved automatically")
    shutil.rmtree(folder)  # the folder deleted (or the stick taken out) while it is open
    assert _sign_in(app, "After it went") is not None
    banner = console.save_banner
    assert banner.isVisibleTo(console)
    assert banner.text().startswith("“Ashbrook.coprod” is no longer in ")
    assert "Save a Copy As" in banner.text()
    assert console.windowTitle().endswith("NOT SAVED")
    assert not console.message.text().startswith("Saved")
    _sign_in(app, "Later still")  # a later change does not take the warning away
    assert banner.isVisibleTo(console) and console.windowTitle().endswith("NOT SAVED")
    # Closing the window now would lose them: it asks first, and Cancel keeps it open.
    console.close()
    boxes = message_boxes()
    assert len(boxes) == 1 and "Closing it loses them" in boxes[0].text()
    boxes[0].reject()
    assert console.isVisible() and app.current is not None
    # Nothing is lost yet: a copy saved now holds every change made since.
    copy = tmp_path / "kept.coprod"
    app.current.services.file.copy_to(copy)
    assert {"Before it went", "After it went", "Later still"} <= _names(copy)
    console.close()  # and now, with a copy kept, the facilitator closes it anyway
    box = message_boxes()[0]
    box.findChild(QPushButton, "yesButton").click()
    assert app.current is None


def test_closing_or_opening_another_asks_first_when_the_file_has_gone(
        make_app, demo_path: Path, tmp_path: Path) -> None:
    path = _on_a_stick(demo_path, tmp_path)
    folder = path.parent
    other = tmp_path / "Other.coprod"
    shutil.copyfile(demo_path, other)
    app = make_app()
    app.start(other)
    app.open_file(path)  # Other.coprod is now in the recent list
    console = app.console
    shutil.rmtree(folder)
    _sign_in(app, "Only in the window")
    # File › Close: asked first; Cancel keeps the programme (and its changes) open.
    console.action("closeAction").trigger()
    [box] = message_boxes()
    assert "Closing it loses them" in box.text()
    box.reject()
    assert app.current is not None and app.current.services.file.path == path
    # File › Open Recent › Other.coprod: asked first too.
    console.actions_.recent.aboutToShow.emit()
    [recent] = [a for a in console.actions_.recent.actions() if a.text() == "Other.coprod"]
    recent.trigger()
    [box] = message_boxes()
    box.reject()
    assert app.current.services.file.path == path
    # Agreeing opens the other programme.
    recent.trigger()
    message_boxes()[0].findChild(QPushButton, "yesButton").click()
    assert app.current is not None and app.current.services.file.path == other
    assert message_boxes() == []
    # With every change saved, File › Close closes at once.
    console.action("closeAction").trigger()
    assert app.current is None and message_boxes() == []


def test_a_folder_moved_away_and_back_is_saved_to_again(make_app, demo_path: Path,
                                                        tmp_path: Path) -> None:
    folder = _on_a_stick(demo_path, tmp_path, "stick").parent
    app = make_app()
    app.start(folder / "Ashbrook.coprod")
    console = app.console
    folder.rename(tmp_path / "moved")  # as a drive that drops for a moment
    _sign_in(app, "While away")
    assert console.save_banner.isVisibleTo(console)
    assert console.windowTitle().endswith("NOT SAVED")
    (tmp_path / "moved").rename(folder)  # the same file, back where it was opened
    _sign_in(app, "Once back")
    assert not console.save_banner.isVisibleTo(console)
    assert console.windowTitle().endswith("saved automatically")
    assert console.message.text().startswith("Saved ")
    assert {"While away", "Once back"} <= _names(folder / "Ashbrook.coprod")


def test_a_full_disk_is_said_in_the_title_and_status_line_too(make_app, small_drive: Path,
                                                             tmp_path: Path, capsys,
                                                             qtbot) -> None:
    from coprod_desktop.store.programme_file import ProgrammeFile

    path = small_drive / "Small.coprod"
    file = ProgrammeFile.create(path)
    from coprod_desktop.services import Services

    services = Services(file)
    services.programme.create_programme("Small")
    services.sessions.create_session("Meeting", "2026-10-06")
    file.close()
    app = make_app()
    app.start(path)
    console = app.console
    assert _sign_in(app, "First") is not None
    filler = small_drive / "filler"
    with open(filler, "wb") as handle:  # fill the drive to the last byte
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    failed = None
    for n in range(200):  # SQLite's log has room for a few changes before the disk is asked
        failed = _sign_in(app, f"Person {n} " + "x" * 40)
        if failed is None:
            break
    assert failed is None  # refused: and no traceback escaped the click
    assert "Traceback" not in capsys.readouterr().err
    assert console.save_banner.isVisibleTo(console)
    assert console.save_banner.text().startswith("Could not save")
    assert console.windowTitle().endswith("NOT SAVED")
    assert not console.message.text().startswith("Saved")
    # Edit › Undo on the full disk: refused too, with no traceback, and the undo steps stay
    # in step with the file (Qt had moved its stack before the file refused).
    stack = app.current.undo.stack
    stack.undo()
    db = app.current.services.file.db

    def in_step() -> bool:
        kept = db.query("SELECT COUNT(*) AS n FROM history WHERE undone = 0")
        return stack.index() == next(iter(kept))["n"]

    qtbot.waitUntil(in_step)
    assert "Traceback" not in capsys.readouterr().err
    filler.unlink()  # space again: the next change is saved and all is said to be well
    assert _sign_in(app, "After the clear-out") is not None
    assert not console.save_banner.isVisibleTo(console)
    assert console.windowTitle().endswith("saved automatically")
    assert console.message.text().startswith("Saved ")
