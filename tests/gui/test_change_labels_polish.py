"""What changed, in the interface's language: the status bar's "Saved …" and Edit › Undo/Redo in
Polish, also for steps read back from the file after reopening it; the projector following the
facilitator is not announced as a save."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from coprod_desktop.domain.groups import Group
from coprod_desktop.gui.plain import i18n


def _sign_in_from_the_overview(app, name: str) -> None:
    panel = app.console.view.panel("Overview")
    app.console.view.show_panel(panel)
    group = panel.findChild(QComboBox, "signInGroup")
    group.setCurrentIndex(group.findData(Group.PARENT_CARER.value))
    panel.findChild(QLineEdit, "signInName").setText(name)
    panel.findChild(QPushButton, "signInButton").click()


def test_saved_and_undo_speak_polish_and_still_do_after_reopening(
        polish_app, demo_path: Path, qtbot, clock) -> None:
    clock.set(datetime(2026, 9, 15, 11, 0, tzinfo=UTC))  # during the discovery workshop
    app = polish_app
    app.start(demo_path)
    qtbot.waitExposed(app.console)
    assert i18n.current_language() == "pl"
    undo, redo = app.console.action("undoAction"), app.console.action("redoAction")
    message = app.console.message

    _sign_in_from_the_overview(app, "Zofia & Jan")
    qtbot.waitUntil(lambda: message.text().endswith(": Zapisz obecność: Zofia & Jan"))
    assert message.text().startswith("Zapisano ")
    assert undo.text() == "Cofnij Zapisz obecność: Zofia && Jan"  # a menu's "&" doubled

    # A label that counts: Polish has a form for 2-4 ("karteczki") and one for 5 and more.
    services = app.current.services
    session_id = app.console.view.current_session()
    ids = [services.notes.add_note(session_id, f"Pomysł {n}").new_id for n in range(3)]
    app.current.undo.run(lambda: services.notes.delete_notes(ids))
    qtbot.waitUntil(lambda: message.text().endswith(": Usuń 3 karteczki"))
    assert undo.text() == "Cofnij Usuń 3 karteczki"
    undo.trigger()
    qtbot.waitUntil(lambda: message.text().endswith(": Cofnij: Usuń 3 karteczki"))
    assert redo.text() == "Ponów Usuń 3 karteczki"

    app.close_programme()
    app.open_file(demo_path)
    assert app.current is not None
    assert redo.text() == "Ponów Usuń 3 karteczki"  # read back from the file's history
    assert undo.text() == "Cofnij Dodaj karteczkę"  # the last note added before the delete
    redo.trigger()
    assert undo.text() == "Cofnij Usuń 3 karteczki"


def test_the_projector_following_is_not_announced(polish_app, demo_path: Path, qtbot,
                                                  clock, artifacts: Path) -> None:
    clock.set(datetime(2026, 9, 15, 11, 0, tzinfo=UTC))
    app = polish_app
    app.start(demo_path)
    qtbot.waitExposed(app.console)
    shown: list[str] = []
    original = app.console.show_status
    app.console.show_status = lambda text: (shown.append(text), original(text))  # type: ignore[method-assign]
    services = app.current.services
    session_id = app.console.view.current_session()
    # Changes reach the console as they are saved (the bus calls it directly).
    assert services.projector_view.show(session_id, view="board", blank=True) is not None
    assert shown == []
    services.notes.add_note(session_id, "Po zmianie widoku")
    assert len(shown) == 1 and shown[0].startswith("Zapisano ")
    assert shown[0].endswith(": Dodaj karteczkę")
    app.console.grab().save(str(artifacts / "polish-saved-status-bar.png"))


def test_people_s_words_in_a_label_are_shown_as_written(qapp) -> None:
    """A title that happens to be a word the catalogue knows ("Pass") is not translated; a word
    of ours given as a Said (an outcome's state) is, also when read back from the file."""
    from coprod_desktop.domain.said import Said, from_kept, params_json
    from coprod_desktop.gui.kit.said_text import said_label

    i18n.install_language("pl")
    try:
        assert said_label(Said.of("Add ‘%(title)s’", title="Pass")) == "Dodaj „Pass”"
        outcome = Said.of("Outcome: %(state)s", state=Said("Done", "Done"))
        assert said_label(outcome) == "Wynik: Zrobione"
        again = from_kept(str(outcome), outcome.key, params_json(outcome))
        assert said_label(again) == "Wynik: Zrobione"
        assert said_label("Close the vote") == "Zamknij głosowanie"  # marked with N_, no values
        assert said_label("Something from an old file") == "Something from an old file"
    finally:
        i18n.install_language("en_GB")


def test_every_tab_keeps_its_polish_name_once_its_panel_is_built(polish_app, demo_path: Path,
                                                                 qtbot) -> None:
    """A tab took its panel's own title when the panel was built, and most panels keep that
    title as its English catalogue key: Plan › Przegląd turned into "Overview" on first visit."""
    app = polish_app
    app.start(demo_path)
    view = app.console.view
    before = {place: [tabs.tabText(i) for i in range(tabs.count())]
              for place, tabs in view.sub_views.items()}
    assert before["plan"][1:3] == ["Przegląd", "Plan spotkania"]  # the catalogue's words
    view.build_all()
    after = {place: [tabs.tabText(i) for i in range(tabs.count())]
             for place, tabs in view.sub_views.items()}
    assert after == before
    assert "Overview" not in after["plan"] and "Actions" not in after["follow_up"]
