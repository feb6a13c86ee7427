"""A poll planned in the agenda's activity editor: only a poll activity shows the poll box; the
kind, question and the scale's ends are kept; running the activity opens exactly that poll."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.polls import PollKind
from coprod_desktop.gui.agenda.agenda_model import TITLE
from coprod_desktop.gui.agenda.agenda_panel import AgendaPanel
from coprod_desktop.gui.polls.panel import PollsPanel
from coprod_desktop.services import Services
from tests.gui.agenda_host import make_env


@pytest.fixture
def panel(qtbot, services: Services, session_id: int, clock: FakeClock) -> Iterator[AgendaPanel]:
    services.agenda.zone = UTC
    env = make_env(services, clock)
    widget = AgendaPanel(env)
    qtbot.addWidget(widget)
    qtbot.addWidget(env.projector)  # type: ignore[arg-type]
    widget.set_session(session_id)
    widget.resize(1400, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    env.ticker.stop()


def _pick(panel: AgendaPanel, row: int) -> None:
    panel.table.selectionModel().setCurrentIndex(
        panel.model.index(row, TITLE), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def test_plan_a_scale_then_run_it(panel: AgendaPanel, services: Services, session_id: int,
                                  qtbot, artifacts: Path) -> None:
    services.agenda.add_activity(session_id, "Welcome", 10)
    poll_id = int(services.agenda.add_method(session_id, "quick-poll").new_id or 0)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    _pick(panel, 0)
    assert panel.form.poll_box.isHidden()  # not a poll activity
    _pick(panel, 1)
    box = panel.form.poll_box
    assert box.isVisible()
    assert box.kind.currentData() == "none" and not box.question.isVisible()
    box.kind.setCurrentIndex(box.kind.findData("scale10"))
    assert box.low_label.isVisible() and not box.options.isVisible()
    box.question.setText("How clear was <b>today</b>?")
    box.low_label.setText("Not at all")
    box.high_label.setText("Completely")
    panel.form.save_button.click()
    planned = services.planned_polls.planned(poll_id)
    assert planned is not None
    assert (planned.kind, planned.question, planned.low, planned.high, planned.low_label,
            planned.high_label) == (PollKind.SCALE, "How clear was <b>today</b>?", 0, 10,
                                    "Not at all", "Completely")
    panel.grab().save(str(artifacts / "console-agenda-planned-poll.png"))
    box.kind.setCurrentIndex(box.kind.findData("single"))
    box.options.setPlainText("Only one")
    panel.form.save_button.click()
    assert "at least two options" in box.problem.text()  # said beside the poll, kept as it was
    assert services.planned_polls.planned(poll_id).kind is PollKind.SCALE  # type: ignore[union-attr]

    polls = PollsPanel(panel.env)
    qtbot.addWidget(polls)
    polls.set_session(session_id)
    services.runner.start(session_id)
    services.runner.next(session_id)  # the room reaches the poll
    polls.follow_activity(poll_id, "poll")
    current = services.read.polls.current(session_id)
    assert current is not None and current.id == planned.id  # exactly the planned poll
    assert polls.selected_id() == planned.id
    _pick(panel, 0)
    _pick(panel, 1)
    assert not box.kind.isEnabled()  # it has run: read only


def test_choosing_not_planned_takes_the_poll_away(panel: AgendaPanel, services: Services,
                                                  session_id: int, qtbot) -> None:
    activity = int(services.agenda.add_method(session_id, "word-cloud").new_id or 0)
    services.planned_polls.plan(activity, "words", "Three words for today")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    _pick(panel, 0)
    box = panel.form.poll_box
    assert box.kind.currentData() == "words" and box.question.text() == "Three words for today"
    box.kind.setCurrentIndex(box.kind.findData("none"))
    panel.form.save_button.click()
    assert services.planned_polls.planned(activity) is None
