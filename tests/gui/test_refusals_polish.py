"""A refused input is told in the interface's language: the new-session dialog in Polish shows
its field errors in Polish (the services raise messages as data, the dialog says them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTime

from coprod_desktop.gui.console.session_dialog import SessionDialog
from coprod_desktop.gui.plain import i18n


def test_new_session_refusals_are_in_polish(polish_app, demo_path: Path, qtbot,
                                            artifacts: Path) -> None:
    app = polish_app
    app.start(demo_path)
    assert i18n.current_language() == "pl"
    side = app.console.view.side
    side.new_button.click()
    dialog = side.dialog
    assert isinstance(dialog, SessionDialog)
    qtbot.waitExposed(dialog)
    before = len(app.current.services.read.sessions())

    dialog.ok_button.click()  # no title: the field's name is ours, so it is in Polish too
    assert dialog.isVisible()
    assert dialog.errors.message("title") == "Pole „Tytuł spotkania” jest puste. Wpisz coś."

    qtbot.keyClicks(dialog.title, "Position")  # a title that is also a word in the catalogue
    dialog.starts.setTime(QTime(19, 0))
    dialog.ends.setTime(QTime(18, 0))
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.errors.message("title") == ""
    assert dialog.errors.message("ends_at") == \
        "Spotkanie musi się kończyć po tym, jak się zaczyna."
    assert len(app.current.services.read.sessions()) == before
    dialog.grab().save(str(artifacts / "refusal_in_polish.png"))
    dialog.reject()
