"""In Polish, what the console takes from the library speaks Polish too: the jargon buster's
explanations, the method cards in the library, the session templates and a card added to the
agenda (the terms themselves stay as the room says them)."""

from __future__ import annotations

import pytest

from coprod_desktop.gui.agenda.library_browser import LibraryBrowser
from coprod_desktop.gui.agenda.new_session_dialog import NewSessionDialog
from coprod_desktop.gui.plain import i18n
from coprod_desktop.gui.plain.jargon_panel import JargonPanel
from coprod_desktop.gui.plain.speech import Speaker

CAMHS_PL = ("Służba zdrowia, która bada i leczy dzieci i młodzież z trudnościami w zdrowiu "
            "psychicznym.")


@pytest.fixture
def polish(qapp):
    assert i18n.install_language("pl")
    yield
    i18n.install_language("en_GB")


def test_the_jargon_buster_explains_in_polish(qtbot, polish, services, session_id, env) -> None:
    panel = JargonPanel(env, speaker=Speaker(engine="no-such-engine"))
    qtbot.addWidget(panel)
    panel.set_session(session_id)
    services.notes.add_note(session_id, "Waiting two years for CAMHS")
    panel.refresh()
    panel.search.setText("CAMHS")
    qtbot.waitUntil(lambda: panel.glossary_list.count() > 0)
    panel.glossary_list.setCurrentRow(0)
    assert panel.term_label.text() == "CAMHS"
    assert panel.explanation_label.text() == CAMHS_PL
    assert panel.session_list.item(0).toolTip() == CAMHS_PL


def test_cards_and_templates_are_polish_and_a_card_comes_in_polish(
        qtbot, polish, services, session_id, env) -> None:
    browser = LibraryBrowser()
    qtbot.addWidget(browser)
    names = [browser.list.item(i).text() for i in range(browser.list.count())]
    assert any(name.startswith("Podsumowanie zadań") for name in names), names
    dialog = NewSessionDialog(env)
    qtbot.addWidget(dialog)
    shown = [dialog.template_combo.itemText(i) for i in range(dialog.template_combo.count())]
    assert any(text.startswith("Warsztat na start") for text in shown), shown
    services.agenda.add_method(session_id, "action-round-up", language="pl")
    titles = [item.activity.title for item in services.agenda.agenda(session_id).items]
    assert "Podsumowanie zadań" in titles
