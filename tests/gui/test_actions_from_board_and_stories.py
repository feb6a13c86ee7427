"""A note on the board or a story in the queue becomes an action: right-click or the button opens the
programme's action dialog, filled in; saving is one undoable step. Real widgets, offscreen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from coprod_desktop.domain.actions import ActionSource
from coprod_desktop.gui.board.panel import BoardPanel
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.levelling.story_panel import StoryPanel
from coprod_desktop.gui.programme.action_dialog import ActionDialog
from coprod_desktop.store.programme_reader import ProgrammeReader

NOTE = "The <b>letters</b> never say how long the wait is"


def _save_dialog(what: str, organisation: str, seen: list[str]) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ActionDialog)
    seen.extend([dialog.what.toPlainText(), dialog.source.text()])
    dialog.what.setPlainText(what)
    dialog.org_choice.setChecked(True)
    dialog.organisation.setText(organisation)
    dialog.save()


def _open_menu(qtbot, parent) -> QMenu:
    def shown() -> list[QMenu]:
        return [m for m in parent.findChildren(QMenu) if m.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    return shown()[0]


def test_right_click_a_note_makes_an_action(env: GuiEnv, qtbot, session_id: int,
                                            artifacts: Path) -> None:
    services = env.services
    note_id = int(services.notes.add_note(session_id, NOTE, x=0, y=0).new_id or 0)
    services.notes.add_note(session_id, "Another note", x=400, y=0)
    panel = BoardPanel(env)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.set_session(session_id)
    panel.show()
    qtbot.waitExposed(panel)
    make = panel.toolbar.actions_by_name["make_action"]
    assert not make.isEnabled()
    item = panel.scene.notes[note_id]
    where = panel.view.mapFromScene(item.sceneBoundingRect().center())
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where,
                              panel.view.viewport().mapToGlobal(where))
    QApplication.sendEvent(panel.view.viewport(), event)
    assert panel.scene.selected_notes() == [note_id]
    assert make.isEnabled()  # the toolbar's "Make action…" does the same for the selection
    menu = _open_menu(qtbot, panel)
    assert [a.text() for a in menu.actions()] == ["Make an action from this note…",
                                                  "We'll come back to this…", "Edit the note"]
    menu.grab().save(str(artifacts / "integrate-note-menu.png"))
    panel.grab().save(str(artifacts / "integrate-board-make-action.png"))

    seen: list[str] = []
    QTimer.singleShot(0, lambda: _save_dialog("Ask for the wait to be in every letter",
                                              "Ashbrook Council SEND team", seen))
    menu.actions()[0].trigger()
    assert seen == [NOTE, f"From the note: “{NOTE}”"]  # verbatim, never taken as markup
    plan = ProgrammeReader(services.ctx.db)
    (made,) = plan.actions()
    assert (made.what, made.owner.label, made.source, made.source_id, made.source_text,
            made.raised_session_id) == (
        "Ask for the wait to be in every letter", "Ashbrook Council SEND team",
        ActionSource.NOTE, note_id, NOTE, session_id)
    env.undo.stack.undo()
    assert plan.actions() == []
    env.undo.stack.redo()
    assert [a.id for a in plan.actions()] == [made.id]


def test_a_story_in_the_queue_makes_an_action(env: GuiEnv, qtbot, session_id: int,
                                              artifacts: Path) -> None:
    services = env.services
    teller = int(services.people.sign_in_attendee(session_id, name="Jo", group="parent_carer")
                 .new_id or 0)
    story_id = int(services.stories.add_story(session_id, teller, title="Waiting for the letter",
                                              consent="room").new_id or 0)
    panel = StoryPanel(env)
    qtbot.addWidget(panel)
    panel.resize(900, 900)
    panel.set_session(session_id)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.selected_id() == story_id and panel.action_button.isEnabled()
    panel.grab().save(str(artifacts / "integrate-story-make-action.png"))
    row = panel.wall.visualItemRect(panel.wall.item(0)).center()
    panel.wall.customContextMenuRequested.emit(row)
    menu = _open_menu(qtbot, panel)
    assert menu.actions()[0].text() == "Make an action from this story…"
    menu.close()

    seen: list[str] = []
    QTimer.singleShot(0, lambda: _save_dialog("Find out who writes the letters",
                                              "Ashbrook Council", seen))
    qtbot.mouseClick(panel.action_button, Qt.MouseButton.LeftButton)
    assert seen == ["", "From a story told in the room (its words stay with the story)"]
    plan = ProgrammeReader(services.ctx.db)
    (made,) = plan.actions()
    assert (made.what, made.source, made.source_id, made.source_text, made.raised_session_id) == (
        "Find out who writes the letters", ActionSource.STORY, story_id, "", session_id)
    env.undo.stack.undo()
    assert plan.actions() == []


def test_no_story_selected_means_no_action_button(env: GuiEnv, qtbot, session_id: int) -> None:
    panel = StoryPanel(env)
    qtbot.addWidget(panel)
    panel.set_session(session_id)
    assert not panel.action_button.isEnabled()
    assert panel.make_action() is None
    assert QApplication.activeModalWidget() is None
