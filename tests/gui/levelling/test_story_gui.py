"""Drive a story turn through the real story panel: queue, timed turn, "what I heard" notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from coprod_desktop.domain.levelling import StoryStatus
from coprod_desktop.domain.records import Consent, WordsUse
from coprod_desktop.facilitation.stories import StoryStage
from coprod_desktop.gui.levelling.story_panel import StoryPanel
from coprod_desktop.gui.levelling.story_view import StoryProjectorView


def test_a_story_turn_from_queue_to_notes(qtbot, env, services, session_id, room, clock) -> None:
    services.people.set_consent(room[1], Consent(words=WordsUse.NAMED))
    panel = StoryPanel(env)
    qtbot.addWidget(panel)
    panel.set_session(session_id)
    panel.show()
    qtbot.waitExposed(panel)

    # Kai's own choice (named) is the default; the storyteller can change it for this story.
    panel.teller.setCurrentIndex(panel.teller.findData(room[1]))
    assert panel.chosen_consent() is WordsUse.NAMED
    panel.title_edit.setText("School mornings")
    panel.prompt.setCurrentIndex(1)
    panel.consent_buttons[WordsUse.ANONYMOUS].setChecked(True)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    panel.teller.setCurrentIndex(panel.teller.findData(room[0]))
    assert panel.chosen_consent() is WordsUse.ANONYMOUS  # Priya's default
    panel.consent_buttons[WordsUse.ROOM_ONLY].setChecked(True)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    made = services.stories.data.stories(session_id)
    assert [(s.title, s.consent, s.limit_s) for s in made] == [
        ("School mornings", WordsUse.ANONYMOUS, 180), ("", WordsUse.ROOM_ONLY, 180)]
    assert made[0].prompt.startswith("Tell us about a time when things went well")

    panel.wall.setCurrentRow(0)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.wall.setFocus()
    qtbot.keyClick(panel.wall, Qt.Key.Key_T)
    assert env.projector.current_view() == StoryProjectorView.KEY
    view: StoryProjectorView = env.projector.view(StoryProjectorView.KEY)
    pic = view.current_picture()
    assert (pic.heading, pic.title, pic.countdown) == ("Story time", "School mornings", "3:00")
    assert "Kai" not in (pic.heading + pic.title + pic.prompt + pic.message)
    assert not panel.buttons["start"].isEnabled()  # one story at a time

    clock.advance(60)
    qtbot.keyClick(panel.wall, Qt.Key.Key_Space)
    assert view.current_picture().message == "Paused"
    clock.advance(300)
    qtbot.keyClick(panel.wall, Qt.Key.Key_Space)
    clock.advance(100)
    env.ticker.tick.emit()
    assert view.current_picture().stage is StoryStage.AMBER
    clock.advance(40)
    env.ticker.tick.emit()
    pic = view.current_picture()
    assert pic.stage is StoryStage.OVERTIME and pic.countdown == ""
    assert "close" in pic.message and panel.chime.count == 1
    clock.advance(15)
    qtbot.keyClick(panel.wall, Qt.Key.Key_E)
    story = services.stories.data.story(made[0].id)
    assert story.status is StoryStatus.TOLD and story.duration_s == 215
    assert "told, 3:35" in panel.wall.item(0).text()

    panel.heard_edit.setPlaceholderText("")
    panel.heard_edit.setFocus()
    qtbot.keyClicks(panel.heard_edit, "Mornings are the hardest part & nobody sees it")
    qtbot.keyClick(panel.heard_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    heard = services.stories.data.heard_notes(made[0].id)
    assert [n.text for n in heard] == ["Mornings are the hardest part & nobody sees it"]
    assert panel.heard_list.item(0).text() == heard[0].text and panel.heard_edit.toPlainText() == ""
    env.undo.stack.undo()  # the note was a console edit: it can be undone
    assert services.stories.data.heard_notes(made[0].id) == []

    # Afterwards Kai decides the story should stay in the room.
    panel.fix_choice.setCurrentIndex(panel.fix_choice.findData(WordsUse.ROOM_ONLY.value))
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert services.stories.data.story(made[0].id).consent is WordsUse.ROOM_ONLY
    assert services.levelling.data.stories_for_export(session_id) == []
    assert env.errors == []


def test_with_my_name_for_someone_who_did_not_agree_asks_first(qtbot, env, services, session_id,
                                                                room) -> None:
    panel = StoryPanel(env)
    qtbot.addWidget(panel)
    panel.set_session(session_id)
    panel.show()
    teller = room[0]  # signed in with the default: share without their name
    assert services.read.attendee(teller).consent.words is not WordsUse.NAMED
    panel.teller.setCurrentIndex(panel.teller.findData(teller))
    panel.consent_buttons[WordsUse.NAMED].setChecked(True)
    panel.add_story()
    box = _asking(panel)
    assert services.stories.data.stories(session_id) == []  # nothing recorded before the answer
    box.findChild(QPushButton, "keepChoice").click()
    (story,) = services.stories.data.stories(session_id)
    assert story.consent is services.read.attendee(teller).consent.words

    panel.consent_buttons[WordsUse.NAMED].setChecked(True)
    panel.add_story()
    _asking(panel).findChild(QPushButton, "yesNamed").click()
    assert services.stories.data.stories(session_id)[-1].consent is WordsUse.NAMED
    assert not [b for b in panel.findChildren(QMessageBox) if b.isVisible()]


def _asking(panel: StoryPanel) -> QMessageBox:
    (box,) = [b for b in panel.findChildren(QMessageBox, "askBeforeNaming") if b.isVisible()]
    return box
