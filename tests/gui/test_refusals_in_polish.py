"""Why a file was not opened, in the interface's language: the store's refusals are messages
as data, said in Polish in the Polish app (they were English in every language)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from gui_helpers import message_boxes


def test_a_file_that_is_not_a_programme_is_refused_in_polish(polish_app, tmp_path: Path,
                                                             qtbot) -> None:
    letter = tmp_path / "List do rodziców.coprod"
    letter.write_text("Drodzy rodzice, …", encoding="utf-8")
    polish_app.start()
    polish_app.open_file(letter)
    qtbot.waitUntil(lambda: bool(message_boxes()))
    box = message_boxes()[0]
    assert box.windowTitle() == "Tego programu nie da się otworzyć"
    assert box.text() == ("„List do rodziców.coprod” nie jest plikiem programu Coprod Desktop "
                          "(to nie jest baza danych).")
    box.close()


def test_a_newer_file_is_refused_in_polish_and_left_untouched(polish_app, demo_path: Path,
                                                              qtbot) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA user_version = 9999")
    conn.commit()
    conn.close()
    before = demo_path.read_bytes()
    polish_app.start()
    polish_app.open_file(demo_path)
    qtbot.waitUntil(lambda: bool(message_boxes()))
    box = message_boxes()[0]
    assert box.text().startswith(f"Plik „{demo_path.name}” zapisała nowsza wersja")
    box.close()
    assert demo_path.read_bytes() == before
