"""The Jargon panel and its projector view, on real widgets offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.legibility import MIN_CAP_HEIGHT_1080, cap_height
from coprod_desktop.gui.plain.jargon_panel import JargonPanel
from coprod_desktop.gui.plain.projector_view import VIEW_KEY, JargonProjectorView
from coprod_desktop.gui.plain.speech import Speaker
from coprod_desktop.gui.plain.term_dialog import TermDialog
from coprod_desktop.store.glossary_file import builtin_entries
from tests.gui.gui_helpers import next_turn


@pytest.fixture
def panel(qtbot, env: GuiEnv, session_id: int) -> JargonPanel:
    widget = JargonPanel(env, speaker=Speaker(engine="no-such-engine"))
    qtbot.addWidget(widget)
    widget.set_session(session_id)
    yield widget
    widget.shutdown()  # as the console does before the file closes


def rows(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_terms_that_came_up_are_listed_with_where(panel, services, session_id, qtbot) -> None:
    services.notes.add_note(session_id, "Our EHCP took two years")
    services.notes.add_note(session_id, "EHCP annual review cancelled", initiator="phone")
    services.notes.add_note(session_id, "<b>ICB</b> said no", hidden=True)
    qtbot.waitUntil(lambda: panel.session_list.count() == 2)
    assert rows(panel.session_list) == ["EHCP  ·  2 notes", "Annual review  ·  1 note"]
    assert panel.tabs.tabText(0) == "In this session (2)"
    panel.session_list.setCurrentRow(0)
    assert panel.term_label.text() == "EHCP"
    assert panel.where_label.text().startswith("Came up in: Note ")


def test_one_click_shows_the_term_on_the_projector(panel, env, services, session_id, qtbot,
                                                    artifacts) -> None:
    services.notes.add_note(session_id, "Nobody explained what the SENCo does")
    env.projector.add_view("plan", QWidget())
    env.projector.show_view("plan")
    panel.refresh()
    panel.session_list.setCurrentRow(0)
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert env.projector.current_view() == VIEW_KEY
    view = env.projector.view(VIEW_KEY)
    assert isinstance(view, JargonProjectorView)
    assert view.term.text() == "SENCo"
    assert "organises help" in view.explanation.text()
    assert view.aliases.text() == "Also written as: SENDCo"
    env.projector.resize(1920, 1080)
    env.projector.show()
    qtbot.waitExposed(env.projector)
    image = env.projector.grab()
    assert (image.width(), image.height()) == (1920, 1080)
    for label in (view.caption, view.term, view.explanation, view.aliases):
        assert label.heightForWidth(label.width()) <= label.height(), label.objectName()
    image.save(str(artifacts / "jargon-projector-1080p.png"))
    panel.back_on_projector()
    assert env.projector.current_view() == "plan"


def test_projector_text_is_big_enough_at_1080p(qtbot) -> None:
    view = JargonProjectorView()
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    entry = next(e for e in builtin_entries() if e.term == "Special guardianship")
    view.show_entry(entry)
    for label in (view.caption, view.term, view.explanation, view.aliases):
        assert cap_height(label.font()) >= MIN_CAP_HEIGHT_1080, label.objectName()
    assert cap_height(view.term.font()) >= 2 * cap_height(view.explanation.font())


def test_a_long_programme_term_shrinks_to_fit_but_stays_large(qtbot, services) -> None:
    view = JargonProjectorView()
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    services.glossary.add_term("Ashbrook Neurodevelopmental Assessment and Family Support Hub",
                               "The place in Ashbrook where children are assessed.")
    view.show_entry(services.glossary.entries()[0])
    view.show()
    qtbot.waitExposed(view)
    view.layout().activate()
    assert MIN_CAP_HEIGHT_1080 <= cap_height(view.term.font()) < 0.1 * 1080
    for label in (view.caption, view.term, view.explanation):
        assert label.geometry().bottom() <= 1080, label.objectName()
        assert label.heightForWidth(label.width()) <= label.height(), label.objectName()


def test_user_text_is_never_markup(qtbot, services) -> None:
    view = JargonProjectorView()
    qtbot.addWidget(view)
    services.glossary.add_term("<i>Hub</i>", "The <b>drop-in</b> centre.")
    view.show_entry(services.glossary.entries()[0])
    assert view.term.text() == "<i>Hub</i>"
    assert all(label.textFormat().name == "PlainText"
               for label in (view.caption, view.term, view.explanation, view.aliases))


def test_programme_terms_are_added_found_and_undone(panel, env, services, session_id,
                                                   qtbot) -> None:
    env.undo.run(lambda: services.glossary.add_term(
        "Ashbrook Hub", "The family drop-in centre on Mill Street.", "the Hub"))
    services.notes.add_note(session_id, "Can we meet at the Hub?")
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.session_list.count() == 1)
    assert panel.session_list.isVisible() and not panel.empty.isVisible()
    panel.search.setText("ashbrook")
    assert rows(panel.glossary_list) == ["Ashbrook Hub  ★"]
    panel.glossary_list.setCurrentRow(0)
    assert panel.edit_button.isEnabled() and panel.remove_button.isEnabled()
    env.undo.stack.undo()
    qtbot.waitUntil(lambda: panel.session_list.count() == 0)
    assert rows(panel.glossary_list) == []
    assert panel.empty.isVisible() and not panel.session_list.isVisible()


def test_built_in_terms_cannot_be_edited_or_removed(panel) -> None:
    panel.search.setText("camhs")
    panel.glossary_list.setCurrentRow(0)
    assert panel.term_label.text() == "CAMHS"
    assert not panel.edit_button.isEnabled() and not panel.remove_button.isEnabled()


def test_term_dialog_checks_the_explanation_as_you_type(qtbot) -> None:
    dialog = TermDialog()
    qtbot.addWidget(dialog)
    dialog.term.setText("Panel")
    dialog.explanation.setPlainText(" ".join(["word"] * 31) + ".")
    assert not dialog.save_button.isEnabled()
    assert "31 words" in dialog.check.text()
    dialog.explanation.setPlainText("The group of officers who decide on funding requests.")
    assert dialog.save_button.isEnabled()
    assert dialog.check.text() == "9 words of 29: good."


def test_read_aloud_without_a_voice_stays_silent_and_hides_its_button(panel, services,
                                                                      session_id) -> None:
    services.notes.add_note(session_id, "CAMHS")
    panel.refresh()
    panel.session_list.setCurrentRow(0)
    panel.read_aloud()
    assert not panel.speaker.available
    assert panel.speak_button.isHidden()


def test_questions_from_phones_queue_with_the_term_they_ask_about(panel, env, services,
                                                                  session_id, qtbot) -> None:
    services.phones.open_sign_in(session_id)
    token = services.phones.phones.room(session_id).token
    services.phones.sign_in(token, "p" * 32, name="Ann", group="parent_carer")
    services.phones.ask_question("p" * 32, "What's a SENCo?")
    services.phones.ask_question("p" * 32, "Who runs the café?")
    qtbot.waitUntil(lambda: panel.questions.count() == 2)
    assert panel.tabs.tabText(2) == "Questions (2)"
    assert panel.questions.list.item(0).text() == "What's a SENCo?\n→ SENCo"
    assert panel.questions.list.item(1).text() == "Who runs the café?"
    panel.tabs.setCurrentIndex(2)
    panel.questions.list.setCurrentRow(0)
    assert panel.term_label.text() == "SENCo"
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert env.projector.view(VIEW_KEY).term.text() == "SENCo"
    qtbot.mouseClick(panel.questions.answered_button, Qt.MouseButton.LeftButton)
    assert [panel.questions.list.item(i).text() for i in range(panel.questions.count())] == [
        "Who runs the café?"]
    env.undo.stack.undo()  # answered by mistake: it comes back
    qtbot.waitUntil(lambda: panel.questions.count() == 2)


def test_shutdown_stops_reading_the_file(panel, services, session_id, qtbot) -> None:
    services.notes.add_note(session_id, "CAMHS")
    refresh = panel._refresh_timer
    assert refresh.isActive()  # a refresh is now pending
    panel.shutdown()  # the console then closes the file
    assert not refresh.isActive()  # the pending refresh will not run
    services.notes.add_note(session_id, "GP")
    assert not refresh.isActive()  # and no change starts another
    panel.refresh()  # even asked directly, it reads nothing
    next_turn(qtbot)
    assert panel.session_list.count() == 0
