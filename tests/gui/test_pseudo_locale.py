"""The whole interface under a pseudo-locale: nothing shown unchanged, and the long layouts seen.

Opens the demo programme with the interface in `en_XA` (tests/gui/pseudo_locale.py: every
message accented, bracketed and 40% longer), visits each place and each view of the console and
every projector view, and fails on any words on screen that are neither bracketed (they went
through the catalogue) nor the programme's own data. Screenshots of every view go to the
artifacts folder (pseudo-*.png), and the same walk in Polish (polish-ui-*.png), to look at for
clipped text.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from coprod_desktop.clock import FakeClock
from coprod_desktop.gui.plain import i18n
from tests.gui import pseudo_locale
from tests.gui.gui_helpers import next_turn
from tests.gui.pseudo_locale import WORDS


def _walk(app, qtbot, artifacts: Path, stem: str) -> list[tuple[str, str]]:
    """Every (where, text) the console and projector show, place by place and view by view."""
    console, projector = app.console, app.projector
    view = console.view
    assert view is not None
    seen: list[tuple[str, str]] = []
    menus = [a.menu() for a in console.menuBar().actions() if isinstance(a.menu(), QMenu)]
    seen += pseudo_locale.menu_texts(menus)
    seen.append(("window title", console.windowTitle()))
    session = next(s.id for s in app.current.services.read.sessions()
                   if s.title.startswith("Team meeting 4"))
    view.side.select(session)
    for place, tabs in view.sub_views.items():
        view.show_place(place)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            next_turn(qtbot)
            next_turn(qtbot)  # a panel's first refresh, then the layout it asked for
            seen += [(f"{place}/{index} {where}", text)
                     for where, text in pseudo_locale.shown_texts(console)]
            console.grab().save(str(artifacts / f"{stem}-{place}-{index}.png"))
    console.action("showProjectorAction").trigger()
    projector.resize(1280, 720)
    qtbot.waitUntil(lambda: projector.height() == 720)
    with pseudo_locale.PaintedText() as painted:
        for key in list(projector._views):  # every view the panels gave the projector
            projector.show_view(key)
            next_turn(qtbot)
            projector.grab().save(str(artifacts / f"{stem}-projector-{key}.png"))
            seen += [(f"projector {key} {where}", text)
                     for where, text in pseudo_locale.shown_texts(projector)]
    seen.append(("projector painted", "\n".join(painted.seen)))  # lines of one text, wrapped
    return seen


@pytest.fixture
def pseudo(qapp):
    pseudo_locale.install()
    yield pseudo_locale.CODE
    i18n.install_language("en_GB")


def _app_in(make_app, settings: QSettings, code: str):
    settings.setValue("plain/language", code)
    settings.sync()
    return make_app(settings)


def test_nothing_is_shown_untranslated_in_the_pseudo_locale(make_app, settings, demo_path: Path,
                                                            qtbot, clock: FakeClock,
                                                            artifacts: Path, pseudo: str) -> None:
    clock.set(datetime(2026, 11, 24, 12, 0, tzinfo=UTC))
    app = _app_in(make_app, settings, pseudo)
    app.start(demo_path)
    assert i18n.current_language() == pseudo
    app.console.resize(1440, 900)
    qtbot.waitExposed(app.console)
    seen = _walk(app, qtbot, artifacts, "pseudo")
    data = pseudo_locale.data_words(demo_path) | pseudo_locale.english_dates()
    untranslated = sorted({f"{where}: {pseudo_locale.unmarked_words(text, data)} in {text!r}"
                           for where, text in seen if pseudo_locale.unmarked_words(text, data)})
    assert len(seen) > 400  # the walk did see the interface
    assert not untranslated, "Shown without the catalogue:\n" + "\n".join(untranslated)


def test_a_string_not_passed_through_the_catalogue_is_caught() -> None:
    """The check itself: English left on screen is found, marked text and data are not."""
    data = {"ashbrook", "parent", "forum"}
    assert pseudo_locale.unmarked_words(pseudo_locale.pseudo("Show on &projector"), data) == []
    assert pseudo_locale.unmarked_words("Ashbrook Parent Forum", data) == []
    assert pseudo_locale.unmarked_words(
        pseudo_locale.pseudo("{n} notes").replace("{n}", "3") + " · Save", data) == ["Save"]
    # A data word cut short to fit ("Ashbr…") is still data; English cut short is still English.
    assert pseudo_locale.unmarked_words("Parent Ashbr…", data) == []
    assert pseudo_locale.unmarked_words("Parent Sav…", data) == ["Sav"]


def test_polish_screenshots_of_every_view(make_app, settings, demo_path: Path, qtbot,
                                         clock: FakeClock, artifacts: Path) -> None:
    clock.set(datetime(2026, 11, 24, 12, 0, tzinfo=UTC))
    app = _app_in(make_app, settings, "pl")
    app.start(demo_path)
    app.console.resize(1440, 900)
    qtbot.waitExposed(app.console)
    seen = _walk(app, qtbot, artifacts, "polish-ui")
    assert ("QMenu#viewMenu", "&Widok") in seen
    # Dates come from Babel in Polish, never strftime with the laptop's (English) locale.
    english = pseudo_locale.english_dates() - pseudo_locale.data_words(demo_path)
    dated_in_english = sorted({f"{where}: {text!r}" for where, text in seen
                               if english & {w.casefold() for w in WORDS.findall(text)}})
    assert not dated_in_english, "\n".join(dated_in_english)
