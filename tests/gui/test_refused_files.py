"""A file the app cannot open is explained in a dialog; its bytes, and what was open, stay as they were."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from gui_helpers import digest, message_boxes
from PySide6.QtWidgets import QMessageBox

from coprod_desktop.store.programme_file import ProgrammeFile
from coprod_desktop.store.schema import schema_version


def _not_a_database(path: Path) -> None:
    path.write_text("a shopping list, not a programme")


def _other_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _damaged(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page, len(data), 7):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def _read_only(path: Path) -> None:
    path.chmod(0o444)


CASES: list[tuple[str, Callable[[Path], None], bool, str]] = [
    ("not a database", _not_a_database, False, "not a database"),
    ("another database", _other_sqlite, False, "not a Coprod Desktop programme file"),
    ("newer version", _newer, True, "newer version"),
    ("damaged", _damaged, True, "damaged"),
    ("read-only", _read_only, True, "read-only"),
]


def _only_box() -> QMessageBox:
    boxes = message_boxes()
    assert len(boxes) == 1
    return boxes[0]


@pytest.mark.parametrize(("spoil", "from_demo", "words"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_refused_file_shows_why_and_is_untouched(make_app, demo_path: Path, tmp_path: Path, qtbot,
                                                spoil, from_demo: bool, words: str) -> None:
    path = demo_path if from_demo else tmp_path / "other.coprod"
    spoil(path)
    before = digest(path)
    app = make_app()
    try:
        app.start(path)
        qtbot.waitUntil(lambda: len(message_boxes()) == 1)
        box = _only_box()
        assert box.windowTitle() == "This programme cannot be opened"
        assert words in box.text() and path.name in box.text()
        assert app.current is None
        assert app.console.pages.currentWidget() is app.console.welcome
        box.button(QMessageBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: not message_boxes())
        assert digest(path) == before
        assert [p for p in app.prefs.recent_files() if p.name == path.name] == []
    finally:
        path.chmod(0o644)


def test_file_open_in_another_copy_is_refused(make_app, demo_path: Path, qtbot) -> None:
    elsewhere = ProgrammeFile.open(demo_path)  # as if another running copy had it open
    try:
        before = digest(demo_path)
        app = make_app()
        app.start(demo_path)
        qtbot.waitUntil(lambda: len(message_boxes()) == 1)
        assert "already open" in _only_box().text()
        assert app.current is None
        assert digest(demo_path) == before
    finally:
        elsewhere.close()


def test_refusal_keeps_the_open_programme_open(make_app, demo_path: Path, tmp_path: Path,
                                               qtbot) -> None:
    app = make_app()
    app.start(demo_path)
    view = app.console.view
    junk = tmp_path / "junk.coprod"
    _not_a_database(junk)
    app.open_file(junk)
    qtbot.waitUntil(lambda: len(message_boxes()) == 1)
    assert app.current is not None and app.current.services.file.path == demo_path
    assert app.console.view is view and app.console.pages.currentWidget() is view
    assert "saved automatically" in app.console.windowTitle()
