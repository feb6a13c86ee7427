"""Undo and redo from the console's Edit menu, and an undo stack that comes back with the file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPushButton

from coprod_desktop.demo import content
from coprod_desktop.domain.groups import Group

EVERYONE = len(content.PEOPLE)  # the demo's people, who all came to its discovery workshop


def _overview(app):
    """The Overview, brought forward (a hidden panel is refreshed only when shown)."""
    panel = app.console.view.panel("Overview")
    app.console.view.show_panel(panel)
    return panel


def _present_names(app, session_id: int) -> list[str]:
    return [p.name for p in app.current.services.read.present(session_id)]


def test_sign_in_then_undo_and_redo_from_the_edit_menu(make_app, demo_path: Path, qtbot,
                                                       clock) -> None:
    clock.set(datetime(2026, 9, 15, 11, 0, tzinfo=UTC))  # during the discovery workshop
    app = make_app()
    app.start(demo_path)
    qtbot.waitExposed(app.console)
    session_id = app.console.view.current_session()
    overview = _overview(app)
    name = overview.findChild(QLineEdit, "signInName")
    group = overview.findChild(QComboBox, "signInGroup")
    group.setCurrentIndex(group.findData(Group.YOUNG_PERSON.value))
    qtbot.keyClicks(name, "Priya <b>K</b>")
    qtbot.mouseClick(overview.findChild(QPushButton, "signInButton"), Qt.MouseButton.LeftButton)

    assert "Priya <b>K</b>" in _present_names(app, session_id)
    people = overview.findChild(QListWidget, "presentList")
    assert people.item(0).text() == "Priya <b>K</b>  —  Young person"  # newest first, verbatim
    assert overview.findChild(QLabel, "presentTotal").text() == f"{EVERYONE + 1} signed in"
    assert name.text() == ""
    assert "Sign in Priya <b>K</b>" in app.console.message.text()

    undo, redo = app.console.action("undoAction"), app.console.action("redoAction")
    assert undo.isEnabled() and undo.text() == "Undo Sign in Priya <b>K</b>"
    undo.trigger()
    assert "Priya <b>K</b>" not in _present_names(app, session_id)
    assert overview.findChild(QLabel, "presentTotal").text() == f"{EVERYONE} signed in"
    assert redo.isEnabled() and redo.text() == "Redo Sign in Priya <b>K</b>"
    redo.trigger()
    assert "Priya <b>K</b>" in _present_names(app, session_id)
    assert people.item(0).text().startswith("Priya <b>K</b>")
    undo.trigger()  # leave it undone, then close and reopen

    app.close_programme()
    assert app.current is None and not undo.isEnabled()
    assert app.console.pages.currentWidget() is app.console.welcome
    app.open_file(demo_path)
    assert app.current is not None
    assert app.current.undo.stack.count() == 1
    assert redo.isEnabled() and redo.text() == "Redo Sign in Priya <b>K</b>"
    redo.trigger()  # the step from before closing still works
    assert "Priya <b>K</b>" in _present_names(app, session_id)
    assert undo.text() == "Undo Sign in Priya <b>K</b>"
    undo.trigger()
    assert "Priya <b>K</b>" not in _present_names(app, session_id)


def test_refused_sign_in_is_shown_beside_the_field(make_app, demo_path: Path, qtbot) -> None:
    app = make_app()
    app.start(demo_path)
    overview = _overview(app)
    name = overview.findChild(QLineEdit, "signInName")
    before = app.current.undo.stack.count()
    qtbot.keyClicks(name, "   ")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert "The name is empty" in overview.errors.message("name")
    qtbot.keyClicks(name, "x" * 70)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert "the most is 60" in overview.errors.message("name")
    assert name.text().strip() == "x" * 70  # nothing typed is thrown away
    assert app.current.undo.stack.count() == before


def test_undo_refused_after_a_phone_changed_the_same_thing(make_app, demo_path: Path,
                                                           qtbot) -> None:
    app = make_app()
    app.start(demo_path)
    session_id = app.console.view.current_session()
    overview = _overview(app)
    name = overview.findChild(QLineEdit, "signInName")
    qtbot.keyClicks(name, "Paul & Tracy B")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    undo = app.console.action("undoAction")
    assert undo.text() == "Undo Sign in Paul && Tracy B"  # shows as "Paul & Tracy B" in the menu
    person = next(p for p in app.current.services.read.present(session_id)
                  if p.name == "Paul & Tracy B")
    # Meanwhile, Paul signs himself out on his phone.
    app.current.services.people.sign_out_attendee(session_id, person.id, initiator="phone")
    assert "(from a phone)" in app.console.message.text()
    undo.trigger()
    message = app.console.message
    assert "cannot be undone" in message.text() and message.property("problem") is True
    assert "Paul & Tracy B" not in _present_names(app, session_id)  # the phone's change stands


def test_sign_out_from_the_list(make_app, demo_path: Path, qtbot) -> None:
    app = make_app()
    app.start(demo_path)
    session_id = app.console.view.current_session()
    overview = _overview(app)
    people = overview.findChild(QListWidget, "presentList")
    sign_out = overview.findChild(QPushButton, "signOutButton")
    assert not sign_out.isEnabled()
    first = people.item(0).text().split("  —  ")[0]
    people.setCurrentRow(0)
    qtbot.mouseClick(sign_out, Qt.MouseButton.LeftButton)
    assert first not in _present_names(app, session_id)
    assert overview.findChild(QLabel, "presentTotal").text() == f"{EVERYONE - 1} signed in"
    app.console.action("undoAction").trigger()
    assert first in _present_names(app, session_id)
