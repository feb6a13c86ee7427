"""Panels are built the first time they are shown or asked for (issue 18), and then work.

An opened programme holds the panel it shows (Plan › Programme) and the agenda (its runner is
live); every other view is an empty slot until the facilitator goes there by a key, a menu or the
room moving on. The registry (gui/console/panels.py) says beforehand what each class says.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from coprod_desktop.gui.console.panels import PANELS, PLAN
from coprod_desktop.gui.kit.panel_contract import hooks_of
from tests.gui.gui_helpers import next_turn

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def press(key: Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    QTest.keyClick(target, key, mods)
    QApplication.processEvents()


def built(view) -> set[str]:
    return {slot.ref.title for slot in view.slots if slot.built}


def test_an_opened_programme_builds_only_what_it_shows(make_app, demo_path: Path, qtbot) -> None:
    app = make_app()
    app.start(demo_path)
    view = app.console.view
    qtbot.waitExposed(app.console)
    # The agenda, whose runner is live, is built once the programme has been drawn.
    qtbot.waitUntil(lambda: "Agenda" in built(view))
    assert built(view) == {PLAN[0].title, "Agenda"}
    assert view.run.strip is not None  # the Run screen's strip follows its runner
    assert [type(p).__name__ for p in view.panels] == ["ProgrammeHome", "AgendaPanel"]
    assert view.current_panel() is view.panels[0]
    # The tabs already say what each panel is, before it exists.
    titles = [view.sub_views[place].tabText(i) for place in view.sub_views
              for i in range(view.sub_views[place].count())]
    assert titles == [ref.title for ref in PANELS]


def test_the_board_is_built_from_the_go_menu_and_takes_a_note(make_app, demo_path: Path,
                                                               qtbot) -> None:
    app = make_app()
    app.start(demo_path)
    console, view = app.console, app.console.view
    console.resize(1280, 720)
    qtbot.waitExposed(console)
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    session = next(s.id for s in view.env.services.read.sessions() if s.kind == "discovery")
    view.side.select(session)
    before = {n.id for n in view.env.services.read.notes(session)}
    assert "Board" not in built(view)

    press(Key.Key_2, CTRL)  # Go › Run: the first tool (sign-in) is built as it comes forward
    assert view.place() == "run"
    assert built(view) == {"Programme", "Agenda", "Sign-in"}
    menu = console.actions_.views
    menu.aboutToShow.emit()  # Go › Views in this place, as when it opens
    board_item = next(a for a in menu.actions() if a.text() == "Board")
    assert "Board" not in built(view)
    board_item.trigger()

    board = view.panel("Board")
    assert "Board" in built(view)
    assert view.current_panel() is board and board.isVisible()
    assert board.session_id == session  # given its session when built
    assert view.tool_panel("board") is board  # the same panel from then on
    board.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
    press(Key.Key_N)  # the board's own key: a new note, typed at once
    QTest.keyClicks(QApplication.focusWidget(), "Bus fares for carers")
    press(Key.Key_Return)
    made = [n for n in view.env.services.read.notes(session) if n.id not in before]
    assert [n.text for n in made] == ["Bus fares for carers"]
    qtbot.waitUntil(lambda: made[0].id in board.scene.notes)


def test_a_panels_own_shortcut_works_once_a_key_has_brought_it(make_app, demo_path: Path,
                                                                 qtbot) -> None:
    app = make_app()
    app.start(demo_path)
    console, view, projector = app.console, app.console.view, app.projector
    qtbot.waitExposed(console)
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    assert "Jargon" not in built(view)
    press(Key.Key_1, CTRL)
    while view.current_panel().title != "Jargon":  # Ctrl+Tab along Plan
        press(Key.Key_Tab, CTRL)
        assert len(built(view)) <= len(PLAN) + 1
    jargon = view.panel("Jargon")
    assert jargon.isVisible()
    jargon.tabs.setCurrentIndex(1)  # the glossary
    qtbot.waitUntil(lambda: jargon.glossary_list.count() > 0)
    jargon.glossary_list.setCurrentRow(0)
    jargon.glossary_list.setFocus()
    press(Key.Key_J, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Show on projector
    assert projector.current_view() == "jargon"


def test_a_panel_built_after_the_room_moved_on_follows_it(make_app, demo_path: Path,
                                                          qtbot) -> None:
    app = make_app()
    app.start(demo_path)
    view = app.console.view
    agenda = view.panel("Agenda")
    session = view.current_session()
    activity = next(iter(view.env.services.read.activities(session))).id
    assert "Actions" not in built(view)
    agenda.activity_started.emit(activity, "actions")  # the room reaches "Review our actions"
    assert "Actions" not in built(view)  # nothing is built for it while nobody looks
    actions = view.panel("Actions")
    assert actions.tabs.currentWidget() is actions.review


def test_every_registry_entry_says_what_its_panel_says(make_app, demo_path: Path) -> None:
    app = make_app()
    app.start(demo_path)
    view = app.console.view
    panels = view.build_all()
    assert len(panels) == len(PANELS) == len(view.panels)
    for ref, panel in zip(PANELS, panels, strict=True):
        assert isinstance(panel, QWidget) and type(panel).__name__ == ref.class_name
        assert type(panel).title == ref.title, ref.path
        hooks = hooks_of(panel)
        assert hooks.tools == ref.tools, ref.path
        # Built with the programme: whatever holds something live that the Run screen needs.
        assert ref.at_start == (hooks.activity_started is not None), ref.path
    assert all(slot.built for slot in view.slots)


class CloseOnFirstPaint(QObject):
    """Closes the programme in the same turn as its first drawing, as a quick Quit does: the
    agenda's build, queued for the turn after that drawing, then finds the file closed."""

    def __init__(self, app, widget: QWidget) -> None:
        super().__init__(widget)
        self.app, self.widget, self.closed = app, widget, False
        widget.installEventFilter(self)  # installed last, so it hears the paint first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint and not self.closed:
            self.closed = True
            self.widget.removeEventFilter(self)
            QTimer.singleShot(0, self.app.close_programme)
        return False


def test_a_programme_closed_before_its_agenda_is_built_builds_nothing(make_app, demo_path: Path,
                                                                      qtbot) -> None:
    app = make_app()
    app.start(demo_path)
    view = app.console.view
    closer = CloseOnFirstPaint(app, view.side)
    qtbot.waitExposed(app.console)
    qtbot.waitUntil(lambda: closer.closed and app.current is None)
    next_turn(qtbot)  # the agenda's build was queued behind the close: it has had its turn
    assert "Agenda" not in built(view)  # and raised nothing (pytest-qt fails on an exception)


def test_the_first_drawing_is_named_for_screen_readers_once_anything_moves(
        make_app, demo_path: Path, qtbot) -> None:
    """The naming pass waits for the first drawing to be followed up, or for the first move to
    another view or panel, whichever comes first; later panels are named as they are built."""
    from PySide6.QtWidgets import QScrollArea

    app = make_app()
    app.start(demo_path)  # no turn of the event loop yet: nothing drawn
    view = app.console.view
    (home,) = view.panels  # as built for the first drawing (asking for a panel names it)
    scroll = home.findChild(QScrollArea)
    assert scroll is not None and scroll.accessibleName() == ""  # not named before the drawing
    view.show_place("follow_up")
    assert scroll.accessibleName() == "Programme"  # named before the move took effect
    actions = view.current_panel()
    assert actions.findChild(QScrollArea).accessibleName() != ""  # named as it was built
