"""Run a short agenda through the console's Agenda panel and read the projector's labels."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.agenda import RunState
from coprod_desktop.domain.phases import Phase
from coprod_desktop.facilitation.countdown import Stage
from coprod_desktop.gui.agenda.agenda_model import MIME, MINUTES, PLANNED, TITLE
from coprod_desktop.gui.agenda.agenda_panel import AgendaPanel
from coprod_desktop.gui.agenda.projector_view import VIEW_KEY, AgendaProjectorView
from coprod_desktop.gui.kit.timer_look import BOX
from coprod_desktop.gui.projector.window import ProjectorWindow
from coprod_desktop.services import Services
from tests.gui.agenda_host import make_env
from tests.gui.gui_helpers import message_boxes


@pytest.fixture
def panel(qtbot, services: Services, session_id: int, clock: FakeClock) -> Iterator[AgendaPanel]:
    services.agenda.zone = UTC
    env = make_env(services, clock)
    widget = AgendaPanel(env)
    qtbot.addWidget(widget)
    qtbot.addWidget(env.projector)  # type: ignore[arg-type]
    widget.set_session(session_id)
    widget.resize(1500, 900)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    env.ticker.stop()


def _add(panel: AgendaPanel, words: str) -> None:
    panel.library.search.setText(words)
    panel.library.add_button.click()


def _projector(panel: AgendaPanel) -> AgendaProjectorView:
    return panel.projector_view


def _tick(panel: AgendaPanel) -> None:
    panel.env.ticker.tick.emit()


def _titles(panel: AgendaPanel) -> list[str]:
    return [panel.model.index(r, TITLE).data() for r in range(panel.model.rowCount())]


def test_plan_and_run_a_short_agenda(panel: AgendaPanel, qtbot, clock: FakeClock,
                                     services: Services, session_id: int) -> None:
    for words in ("check-in round", "dot vote", "check-out"):
        _add(panel, words)
    panel.table.setCurrentIndex(panel.model.index(0, TITLE))
    _add(panel, "jargon")  # goes after the selected first row
    assert _titles(panel) == ["Check-in round", "Jargon check", "Dot vote", "Check-out round"]
    assert [panel.model.index(r, PLANNED).data() for r in range(4)] == [
        "09:30", "09:45", "09:50", "10:05"]
    assert panel.fit_label.text() == "45 min planned in a 3 h session: 2 h 15 min to spare."

    # Edit the minutes in place, and a refused edit says why.
    panel.model.setData(panel.model.index(2, MINUTES), "10")
    assert panel.model.index(3, PLANNED).data() == "10:00"
    panel.model.setData(panel.model.index(2, MINUTES), "0")
    assert panel.status.text() == "An activity must last at least 1 minute."
    assert panel.model.index(2, MINUTES).data() == "10"

    # Drag "Check-out round" above "Dot vote".
    data = QMimeData()
    data.setData(MIME, str(panel.model.activity_id(3)).encode())
    panel.model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert _titles(panel) == ["Check-in round", "Jargon check", "Check-out round", "Dot vote"]
    panel.env.undo.stack.undo()
    assert _titles(panel) == ["Check-in round", "Jargon check", "Dot vote", "Check-out round"]

    projector = _projector(panel)
    assert projector.title_label.text() == "Check-in round"
    assert projector.stage_label.text() == "Starting at 09:30"

    # Start with the key a presenter remote or the facilitator presses.
    panel.activateWindow()
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    assert services.agenda.live(session_id).state is RunState.RUNNING
    assert panel.env.projector.current_view() == VIEW_KEY
    clock.advance(12 * 60 + 5)
    _tick(panel)
    assert projector.phase_label.text() == Phase.WELCOME.label
    assert projector.stage_label.text() == "Nearly time"
    assert projector.time_label.text() == "2:55"
    assert projector._box_style == BOX[Stage.WARNING]
    assert panel.runner_bar.time_label.text() == "2:55"
    assert "Check-in round" in projector.instructions_label.text() or \
        projector.instructions_label.text().startswith("One at a time")
    assert projector.next_label.text() == "Next: Jargon check"

    clock.advance(4 * 60)
    _tick(panel)
    assert projector.stage_label.text() == "Over time"
    assert projector.time_label.text() == "+1:05"
    assert panel.runner_bar.drift_label.text() == "Session: 1 min behind"
    assert panel.source.chime.played == [Stage.WARNING, Stage.OVERTIME]

    qtbot.keyClick(panel.table, Qt.Key.Key_PageDown)
    assert projector.title_label.text() == "Jargon check"
    assert projector.stage_label.text() == "Time left"
    qtbot.keyClick(panel.table, Qt.Key.Key_F8)  # +5 min
    assert projector.time_label.text() == "10:00"
    panel.env.undo.stack.undo()  # undo +5
    panel.env.undo.stack.undo()  # undo Next: back on the check-in, still over time
    assert projector.title_label.text() == "Check-in round"
    assert projector.stage_label.text() == "Over time"
    panel.runner_bar.buttons["next"].click()
    panel.runner_bar.buttons["toggle"].click()  # pause
    assert projector.stage_label.text() == "Paused"
    for _ in range(3):
        panel.runner_bar.buttons["next"].click()
    assert projector.title_label.text() == "Thank you"
    assert panel.runner_bar.now_label.text() == "Finished: 4 activities"
    assert panel.runner_bar.time_label.isHidden()  # no empty pill beside it
    items = services.agenda.agenda(session_id).items
    assert all(i.started_at and i.ended_at for i in items)
    assert panel.model.index(0, 4).data() == "09:30–09:46"


def test_library_filter_by_phase(panel: AgendaPanel) -> None:
    browser = panel.library
    browser.phase.setCurrentIndex(browser.phase.findData(Phase.TESTING.value))
    ids = browser.visible_ids()
    assert "plan-a-rapid-test" in ids and "dot-vote" not in ids
    browser.search.setText("keep change drop")
    assert browser.visible_ids() == ["review-tests"]
    assert browser.name_label.text() == "Review last fortnight's tests"
    browser.search.setText("zebra")
    assert browser.visible_ids() == [] and not browser.add_button.isEnabled()


def test_overrun_warning_and_plain_text_titles(panel: AgendaPanel, services: Services,
                                               session_id: int) -> None:
    services.agenda.add_activity(session_id, "<b>Long</b> &amp; bold?", 200)
    assert panel.fit_label.text().startswith("⚠  The plan is 20 min too long")
    assert panel.projector_view.title_label.text() == "<b>Long</b> &amp; bold?"
    assert panel.projector_view.title_label.textFormat() == Qt.TextFormat.PlainText


def test_empty_session_start_is_explained(panel: AgendaPanel) -> None:
    assert not panel.runner_bar.buttons["toggle"].isEnabled()
    assert panel.runner_bar.now_label.text() == "No activities yet: add some from the library."
    assert panel.projector_view.title_label.text() == "No agenda yet"


def test_screens_at_projector_size(panel: AgendaPanel, services: Services, session_id: int,
                                   clock: FakeClock, artifacts: Path) -> None:
    services.agenda.apply_template(session_id, "discovery-workshop")
    services.runner.start(session_id)
    for _ in range(5):
        clock.advance(9 * 60)
        services.runner.next(session_id)  # a little ahead: into the story circle
    projector = panel.env.projector
    assert isinstance(projector, ProjectorWindow)
    projector.show_view(VIEW_KEY)
    projector.resize(1920, 1080)
    projector.show()
    shots = {"normal": 8 * 60, "amber": 18 * 60, "overtime": 5 * 60 + 20}
    for name, seconds in shots.items():
        clock.advance(seconds)
        _tick(panel)
        QApplication.processEvents()
        projector.grab().save(str(artifacts / f"agenda-projector-{name}.png"))
        if name == "amber":
            panel.resize(1600, 1000)
            QApplication.processEvents()
            panel.grab().save(str(artifacts / "agenda-console-runner.png"))
    assert panel.projector_view.stage_label.text() == "Over time"


def test_new_session_from_a_template(qtbot, services: Services, clock: FakeClock) -> None:
    from coprod_desktop.gui.agenda.new_session_dialog import NewSessionDialog

    env = make_env(services, clock)
    dialog = NewSessionDialog(env)
    qtbot.addWidget(dialog)
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("day-50-celebration"))
    assert dialog.title_edit.text() == "Day-50 celebration"
    assert dialog.start_edit.time().toString("HH:mm") == "18:00"
    dialog.title_edit.setText("  ")
    dialog.create()
    assert dialog.error.text() == "The session title is empty. Please write something."
    assert dialog.new_session_id is None and services.read.sessions() == []
    dialog.title_edit.setText("Halfway party")
    dialog.venue_edit.setText("Community centre")
    dialog.create()
    session = services.read.session(int(dialog.new_session_id or 0))
    assert (session.title, session.kind, session.length_minutes) == ("Halfway party",
                                                                     "celebration", 120)
    assert len(services.read.activities(session.id)) == 10  # nine steps and the check-out
    env.undo.stack.undo()
    assert services.read.sessions() == []


def test_library_names_a_damaged_card_and_shows_the_rest(qtbot, tmp_path: Path) -> None:
    import shutil

    from coprod_desktop.gui.agenda.library_browser import LibraryBrowser
    from coprod_desktop.library.methods import load_methods
    from coprod_desktop.paths import resource

    folder = tmp_path / "methods"
    shutil.copytree(resource("methods"), folder)
    (folder / "crazy-eights.toml").write_text('name = "Crazy eights\n', encoding="utf-8")
    browser = LibraryBrowser(load_methods(folder))
    qtbot.addWidget(browser)
    assert "crazy-eights.toml: the file is damaged" in browser.problems_label.text()
    assert not browser.problems_label.isHidden()
    assert "crazy-eights" not in browser.visible_ids()
    assert len(browser.visible_ids()) == len(list(folder.glob("*.toml"))) - 1


def test_rename_in_place_through_the_table_editor(panel: AgendaPanel, qtbot,
                                                  services: Services, session_id: int) -> None:
    from PySide6.QtWidgets import QLineEdit

    services.agenda.add_method(session_id, "idea-round")
    index = panel.model.index(0, TITLE)
    panel.table.setCurrentIndex(index)
    panel.table.setFocus()
    panel.table.edit(index)
    editors = [w for w in panel.table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1 and editors[0].text() == "Idea round"
    editor = editors[0]
    editor.setText("Ideas for the wait")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: services.read.activities(session_id)[0].title == "Ideas for the wait")
    assert panel.model.index(0, TITLE).data() == "Ideas for the wait"
    assert panel.form.title_edit.text() == "Ideas for the wait"
    panel.env.undo.stack.undo()
    assert services.read.activities(session_id)[0].title == "Idea round"


def test_clicker_keys_work_on_the_projector_window(panel: AgendaPanel, qtbot,
                                                   services: Services, session_id: int) -> None:
    services.agenda.apply_template(session_id, "team-meeting")
    projector = panel.env.projector
    assert isinstance(projector, ProjectorWindow)
    projector.show()
    qtbot.waitExposed(projector)
    projector.activateWindow()
    view = panel.projector_view
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert projector.current_view() == VIEW_KEY
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.title_label.text() == "Review our actions"
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.title_label.text() == "Check-in round"
    qtbot.keyClick(view, Qt.Key.Key_F7)
    assert services.agenda.live(session_id).countdown.extra_s == 60  # type: ignore[union-attr]


def _meeting_a_week_ago(services: Services, session_id: int) -> None:
    """The fixture's session dated a week before the clock's day (2026-03-03), as a meeting
    moved at short notice, or the demo tried weeks after it was made."""
    session = services.read.session(session_id)
    services.sessions.update_session(session_id, title=session.title, on="2026-02-24",
                                     venue=session.venue, starts_at=session.starts_at,
                                     ends_at=session.ends_at, kind=session.kind)
    services.agenda.apply_template(session_id, "team-meeting")


def _asked(panel: AgendaPanel, qtbot) -> QMessageBox:
    panel.activateWindow()
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(message_boxes()))
    [box] = message_boxes()
    assert box.windowTitle() == "This meeting is dated another day"
    assert "Tuesday 24 February 2026" in box.text() and "Tuesday 3 March 2026" in box.text()
    return box


def test_a_meeting_dated_another_day_can_move_to_today_as_it_starts(
        panel: AgendaPanel, qtbot, services: Services, session_id: int) -> None:
    _meeting_a_week_ago(services, session_id)
    box = _asked(panel, qtbot)
    box.findChild(QPushButton, "choice0").click()
    assert services.read.session(session_id).date.isoformat() == "2026-03-03"
    assert services.agenda.live(session_id).state is RunState.RUNNING
    assert panel.runner_bar.drift_label.text() == "Session: on time"


def test_a_meeting_started_on_another_day_keeps_its_date_and_is_timed_that_day(
        panel: AgendaPanel, qtbot, clock: FakeClock, services: Services,
        session_id: int) -> None:
    _meeting_a_week_ago(services, session_id)
    _asked(panel, qtbot).findChild(QPushButton, "choice1").click()
    assert services.read.session(session_id).date.isoformat() == "2026-02-24"
    assert services.agenda.live(session_id).state is RunState.RUNNING
    # Started at 09:30, its planned hour, a week late: on time against the plan that day, not
    # 168 hours behind; ten minutes into a first activity of five it is five minutes behind.
    assert panel.runner_bar.drift_label.text() == "Session: on time"
    first = services.agenda.agenda(session_id).items[0].activity.duration_s
    clock.advance(first + 5 * 60)
    _tick(panel)
    assert panel.runner_bar.drift_label.text() == "Session: 5 min behind"


def test_cancel_starts_nothing(panel: AgendaPanel, qtbot, services: Services,
                               session_id: int) -> None:
    _meeting_a_week_ago(services, session_id)
    _asked(panel, qtbot).reject()
    assert services.agenda.live(session_id).state is RunState.NOT_STARTED
    assert services.read.session(session_id).date.isoformat() == "2026-02-24"
