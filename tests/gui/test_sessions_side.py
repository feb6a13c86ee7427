"""The side panel: new, edit and delete sessions through the real dialogs, with undo."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import message_boxes
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QPushButton

from coprod_desktop.gui.console.session_dialog import SessionDialog


def _open_new_dialog(app, qtbot) -> SessionDialog:
    side = app.console.view.side
    side.new_button.click()
    dialog = side.dialog
    assert isinstance(dialog, SessionDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_new_session_refusals_show_by_the_field(make_app, demo_path: Path, qtbot,
                                                artifacts: Path) -> None:
    app = make_app()
    app.start(demo_path)
    dialog = _open_new_dialog(app, qtbot)
    before = len(app.current.services.read.sessions())

    dialog.ok_button.click()  # no title
    assert dialog.isVisible()
    assert "The session title is empty" in dialog.errors.message("title")

    qtbot.keyClicks(dialog.title, "Team meeting 6: ")
    dialog.title.insert("‘what next?’ <i>draft</i>")  # QTest types Latin-1 only
    dialog.starts.setTime(QTime(19, 0))
    dialog.ends.setTime(QTime(18, 0))
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.errors.message("title") == ""
    assert dialog.errors.message("ends_at") == "The session must end after it starts."
    dialog.grab().save(str(artifacts / "console-session-dialog-error.png"))
    assert len(app.current.services.read.sessions()) == before

    dialog.ends.setTime(QTime(20, 30))
    dialog.date.setDate(QDate(2026, 12, 8))  # inside the demo's 100 days (the test clock is not)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    sessions = app.current.services.read.sessions()
    assert len(sessions) == before + 1
    created = next(s for s in sessions if s.title.startswith("Team meeting 6"))
    assert created.title == "Team meeting 6: ‘what next?’ <i>draft</i>"
    side = app.console.view.side
    assert side.current_session() == created.id  # the new session is chosen
    overview = app.console.view.panel("Overview")
    app.console.view.show_panel(overview)  # a hidden panel refreshes once, when shown
    assert overview.heading.text() == created.title
    app.console.action("undoAction").trigger()
    assert created.id not in [s.id for s in app.current.services.read.sessions()]
    assert side.current_session() != created.id


def test_edit_session_updates_list_and_projector(make_app, demo_path: Path, qtbot) -> None:
    app = make_app()
    app.start(demo_path)
    side = app.console.view.side
    session_id = side.current_session()
    side.edit_button.click()
    dialog = side.dialog
    qtbot.waitExposed(dialog)
    assert dialog.title.text() == "Discovery workshop"
    dialog.title.setText("Discovery workshop (morning)")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert app.current.services.read.session(session_id).title == "Discovery workshop (morning)"
    assert side.list.currentItem().text().startswith("Discovery workshop (morning)\n")
    assert app.projector.view("welcome").session.text() == "Discovery workshop (morning)"


def test_moving_a_meeting_past_day_100_is_refused_beside_the_date(make_app, demo_path: Path,
                                                                  qtbot, artifacts: Path) -> None:
    app = make_app()
    app.start(demo_path)
    services = app.current.services
    side = app.console.view.side
    meeting = next(s for s in services.read.sessions() if s.title == "Team meeting 5")
    side.select(meeting.id)
    undo_steps = app.console.view.env.undo.stack.count()
    side.edit_button.click()
    dialog = side.dialog
    assert isinstance(dialog, SessionDialog)
    qtbot.waitExposed(dialog)
    dialog.date.setDate(QDate(2027, 1, 5))  # past the end of the 100 days
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.errors.message("date").startswith(
        "‘Team meeting 5’ would be Tuesday 5 January 2027, which is day ")
    assert "after the programme ends" in dialog.errors.message("date")
    assert dialog.errors.message("title") == ""
    dialog.grab().save(str(artifacts / "integrate-session-moved-past-day-100.png"))
    assert services.read.session(meeting.id).date == meeting.date  # nothing saved
    assert app.console.view.env.undo.stack.count() == undo_steps

    dialog.date.setDate(QDate(2026, 9, 1))  # before day 1
    dialog.ok_button.click()
    assert "before the programme starts" in dialog.errors.message("date")
    assert services.read.session(meeting.id).date == meeting.date

    dialog.date.setDate(QDate(2026, 11, 26))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert services.read.session(meeting.id).date.isoformat() == "2026-11-26"
    app.console.action("undoAction").trigger()
    assert services.read.session(meeting.id).date == meeting.date


def test_delete_asks_first_and_can_be_undone(make_app, demo_path: Path, qtbot,
                                             artifacts: Path) -> None:
    app = make_app()
    app.start(demo_path)
    side = app.console.view.side
    read = app.current.services.read
    session_id = side.current_session()
    notes = len(read.notes(session_id))

    side.delete_button.click()
    qtbot.waitUntil(lambda: len(message_boxes()) == 1)
    box = message_boxes()[0]
    assert "Delete ‘Discovery workshop’" in box.text()
    assert f"{notes} notes" in box.informativeText()
    box.grab().save(str(artifacts / "console-delete-question.png"))
    box.reject()  # Cancel: nothing happens
    qtbot.waitUntil(lambda: not message_boxes())
    assert read.session(session_id).title == "Discovery workshop"

    side.delete_button.click()
    qtbot.waitUntil(lambda: len(message_boxes()) == 1)
    message_boxes()[0].findChild(QPushButton, "yesButton").click()
    assert session_id not in [s.id for s in read.sessions()]
    assert side.current_session() != session_id
    assert app.console.action("undoAction").text() == "Undo Delete session ‘Discovery workshop’"

    app.console.action("undoAction").trigger()
    assert read.session(session_id).title == "Discovery workshop"
    assert len(read.notes(session_id)) == notes
    assert len(read.present(session_id)) == 52
