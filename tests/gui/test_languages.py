"""The interface in English (UK) and Polish: the desktop's gettext catalogue, switched while
running (tests/i18n checks the catalogue itself: up to date, complete, compiled)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox

from coprod_desktop import i18n as catalogues
from coprod_desktop.gui.plain import i18n
from coprod_desktop.gui.plain.jargon_panel import JargonPanel
from coprod_desktop.gui.plain.projector_view import JargonProjectorView
from coprod_desktop.gui.plain.speech import Speaker
from coprod_desktop.gui.plain.term_dialog import TermDialog


@pytest.fixture
def language(qapp):
    yield i18n.install_language
    i18n.install_language("en_GB")


def test_choosing_polish_sets_the_gettext_language_and_qt_locale(language) -> None:
    assert language("pl")
    assert catalogues.current() == "pl" and i18n.current_language() == "pl"
    assert catalogues._("Show on projector") == "Pokaż na projektorze"
    assert catalogues.count("{n} note", "{n} notes", 5) == "5 karteczek"
    assert QLocale().name() == "pl_PL"
    language("en_GB")
    assert catalogues._("Show on projector") == "Show on projector"


def test_switching_language_retranslates_open_widgets(qtbot, language, services, session_id,
                                                      env) -> None:
    language("en_GB")
    panel = JargonPanel(env, speaker=Speaker(engine="no-such-engine"))
    qtbot.addWidget(panel)
    panel.set_session(session_id)
    for text in ("CAMHS referral", "CAMHS again", "Still CAMHS", "CAMHS!", "CAMHS?"):
        services.notes.add_note(session_id, text)
    panel.refresh()
    view = JargonProjectorView()
    qtbot.addWidget(view)
    assert panel.show_button.text() == "&Show on projector"
    assert panel.session_list.item(0).text() == "CAMHS  ·  5 notes"

    assert language("pl")
    assert i18n.current_language() == "pl"
    qtbot.waitUntil(lambda: panel.show_button.text() == "&Pokaż na projektorze")
    assert panel.title == "Żargon"
    assert panel.tabs.tabText(1) == "Cały słowniczek"
    assert panel.session_list.item(0).text() == "CAMHS  ·  5 karteczek"
    assert view.caption.text() == "Słowniczek trudnych słów"
    dialog = TermDialog()
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Zachowaj"  # Qt's catalogue

    assert language("en_GB")
    qtbot.waitUntil(lambda: panel.show_button.text() == "&Show on projector")
    assert panel.session_list.item(0).text() == "CAMHS  ·  5 notes"
    assert view.caption.text() == "Jargon buster"


def test_an_unknown_language_falls_back_to_english(language) -> None:
    assert language("xx") is True
    assert i18n.current_language() == "en_GB"


def test_polish_panel_screenshot(qtbot, language, services, session_id, env, artifacts) -> None:
    language("pl")
    panel = JargonPanel(env, speaker=Speaker(engine="mock"))
    qtbot.addWidget(panel)
    panel.set_session(session_id)
    services.notes.add_note(session_id, "Czekamy na EHCP od roku, SENCo nie odpisuje")
    panel.refresh()
    panel.session_list.setCurrentRow(0)
    panel.resize(900, 640)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.session_list.item(0).text().endswith("1 karteczka")
    panel.grab().save(str(artifacts / "jargon-panel-polish.png"))


def test_the_accessibility_hook_finds_the_view_menu_in_polish(qtbot, language, monkeypatch,
                                                              tmp_path) -> None:
    """The hook looks the menus up by object name, so a Polish menu bar still gets one View and
    one Help menu (no English duplicates), with the hook's actions in them."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoGroup
    from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

    from coprod_desktop.gui.console.menus import build_menus
    from coprod_desktop.gui.plain import console_hooks, settings

    language("pl")
    console = QMainWindow()
    qtbot.addWidget(console)
    build_menus(console, QUndoGroup(console))
    monkeypatch.setattr(settings, "language", lambda: "pl")
    console_hooks.install(console, QWidget(), QSettings(str(tmp_path / "settings.ini"),
                                                        QSettings.Format.IniFormat))
    menus = [a.menu() for a in console.menuBar().actions() if isinstance(a.menu(), QMenu)]
    assert [m.title() for m in menus] == ["&Plik", "&Edycja", "&Idź", "&Widok", "Pomo&c"]
    view = console.findChild(QMenu, "viewMenu")
    assert "accessibilityAction" in [a.objectName() for a in view.actions()]
    help_menu = console.findChild(QMenu, "helpMenu")
    assert help_menu.actions()[0].objectName() == "shortcutSheetAction"


def test_the_menus_follow_a_change_of_language_while_running(qtbot, language, monkeypatch,
                                                             tmp_path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction, QUndoGroup
    from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

    from coprod_desktop.gui.console.menus import build_menus
    from coprod_desktop.gui.plain import console_hooks, settings

    language("en_GB")
    console = QMainWindow()
    qtbot.addWidget(console)
    build_menus(console, QUndoGroup(console))
    monkeypatch.setattr(settings, "language", lambda: "en_GB")
    console_hooks.install(console, QWidget(), QSettings(str(tmp_path / "settings.ini"),
                                                        QSettings.Format.IniFormat))
    view = console.findChild(QMenu, "viewMenu")
    assert view.title() == "&View"
    language("pl")
    qtbot.waitUntil(lambda: view.title() == "&Widok")
    assert console.findChild(QAction, "accessibilityAction").text() == "&Ułatwienia dostępu…"
    assert console.findChild(QAction, "newAction").text() == "&Nowy program…"
    language("en_GB")
    qtbot.waitUntil(lambda: view.title() == "&View")
