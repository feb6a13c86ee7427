"""The action review at a meeting, the actions table, and a note becoming an action: real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from programme_support import demo_env, session_named
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.actions import ActionStatus, ReviewOutcome
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.programme.action_dialog import ActionDialog
from coprod_desktop.gui.programme.actions_panel import ActionsPanel
from coprod_desktop.store.programme_reader import ProgrammeReader


@pytest.fixture
def env(tmp_path: Path) -> Iterator[GuiEnv]:
    yield from demo_env(tmp_path)


@pytest.fixture
def panel(env: GuiEnv, qtbot: QtBot) -> ActionsPanel:
    widget = ActionsPanel(env)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.set_session(session_named(env.services, "Team meeting 5"))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def plan(env: GuiEnv) -> ProgrammeReader:
    return ProgrammeReader(env.services.ctx.db)


def test_review_lists_carried_actions_overdue_first_with_reasons(panel: ActionsPanel) -> None:
    review = panel.review
    assert review.heading.text() == "Review actions at ‘Team meeting 5’: 5 to look at, 3 overdue"
    rows = review.rows
    assert [r.what.text() for r in rows[:3]] == [
        "Find out what GP practices say to families when they refer",
        "Ask the council's comms team whether texts can go out with the letter",
        "Print 50 copies of the new waiting-list letter"]
    assert rows[0].flags.text() == ("Overdue by 28 days · Owner has left the group · "
                                    "Carried 3 times before")
    assert rows[0].who.text().startswith("Dave H (has left the group)")
    assert rows[3].flags.isHidden()
    for row in rows:
        assert row.what.textFormat() == Qt.TextFormat.PlainText


def test_done_from_the_review_then_undo(panel: ActionsPanel, env: GuiEnv, qtbot: QtBot) -> None:
    row = panel.review.rows[2]
    action_id = row.item.action.id
    qtbot.mouseClick(row.done_button, Qt.MouseButton.LeftButton)
    assert plan(env).action(action_id).status is ActionStatus.DONE
    again = next(r for r in panel.review.rows if r.item.action.id == action_id)
    assert again.item.outcome_here is ReviewOutcome.DONE
    assert again.flags.text().startswith("Marked done at this meeting")
    assert not again.done_button.isEnabled()
    assert "4 to look at" not in panel.review.heading.text()  # still listed at this meeting
    env.undo.stack.undo()
    assert plan(env).action(action_id).status is ActionStatus.OPEN
    assert plan(env).action_reviews(action_id) == []


def test_carry_the_rest_forward(panel: ActionsPanel, env: GuiEnv, qtbot: QtBot) -> None:
    first = panel.review.rows[0].item.action.id
    qtbot.mouseClick(panel.review.rows[0].drop_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.review.carry_all, Qt.MouseButton.LeftButton)
    meeting = panel.session_id
    outcomes = {r.item.action.id: r.item.outcome_here for r in panel.review.rows}
    assert outcomes[first] is ReviewOutcome.DROPPED
    assert sum(o is ReviewOutcome.CARRIED for o in outcomes.values()) == 4
    assert not panel.review.carry_all.isEnabled()
    reviews = [r for r in plan(env).action_reviews() if r.meeting_id == meeting]
    assert len(reviews) == 5


def test_table_filters(panel: ActionsPanel, qtbot: QtBot) -> None:
    panel.tabs.setCurrentIndex(1)
    assert panel.model.rowCount() == 5  # open ones
    panel.status.setCurrentText("Overdue")
    assert [a.owner.label for a in panel.model.actions] == [
        "Dave H (has left the group)", "Ashbrook Council comms team"]
    panel.status.setCurrentText("All")
    assert panel.model.rowCount() == 11
    qtbot.keyClicks(panel.search, "letter")
    assert {a.what for a in panel.model.actions} == {
        "Ask the council's comms team whether texts can go out with the letter",
        "Print 50 copies of the new waiting-list letter"}
    panel.search.clear()
    panel.owner.setCurrentText("Priya")
    assert [a.status for a in panel.model.actions] == [ActionStatus.DONE]
    late = panel.model.index(0, 5)
    assert panel.model.data(late) == ""


def test_all_actions_fills_when_opened_and_catches_up_on_changes_made_behind_it(
        panel: ActionsPanel, env: GuiEnv, qtbot: QtBot) -> None:
    """The second tab is filled when first opened (issue 18), and a change made while the review
    was in front is in it when it is opened again."""
    assert panel.tabs.currentWidget() is panel.review
    panel.tabs.setCurrentIndex(1)
    assert panel.model.rowCount() == 5  # the open ones
    assert panel.owner.itemText(0) == "Anyone"
    assert "Marcia Campbell" in [panel.owner.itemText(i) for i in range(panel.owner.count())]
    panel.tabs.setCurrentIndex(0)
    first = panel.review.rows[0].item.action.id
    env.undo.run(lambda: env.services.actions.set_status(first, ActionStatus.DONE))
    panel.tabs.setCurrentIndex(1)
    assert panel.model.rowCount() == 4
    assert first not in {a.id for a in panel.model.actions}


def test_a_note_becomes_an_action_through_the_dialog(env: GuiEnv, panel: ActionsPanel,
                                                     qtbot: QtBot) -> None:
    meeting = session_named(env.services, "Team meeting 4")
    note = env.services.read.notes(meeting)[0]
    dialog = ActionDialog(env, session_id=meeting, note_id=note.id)
    qtbot.addWidget(dialog)
    assert dialog.what.toPlainText() == note.text
    dialog.what.setPlainText("   ")
    dialog.save()
    assert dialog.message.text() == "What needs doing is empty. Please write something."
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.what.setPlainText("Ask the library about a quiet room")
    dialog.org_choice.setChecked(True)
    dialog.organisation.setText("Ashbrook Libraries")
    dialog.has_due.setChecked(False)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    made = plan(env).action(int(dialog.new_id or 0))
    assert (made.what, made.owner.label, made.due, made.source_text) == (
        "Ask the library about a quiet room", "Ashbrook Libraries", None, note.text)
    panel.status.setCurrentText("All")
    assert made.id in {a.id for a in panel.model.actions}


def test_giving_an_action_to_someone_who_left_is_refused_in_the_dialog(
        env: GuiEnv, qtbot: QtBot) -> None:
    people = {p.name: p.id for p in env.services.read.attendees()}
    dialog = ActionDialog(env)
    qtbot.addWidget(dialog)
    dialog.what.setPlainText("Ring the GP practice")
    dialog.person.setCurrentIndex(dialog.person.findData(people["Dave H"]))
    dialog.save()
    assert dialog.message.text().startswith("Dave H has left the group.")
    assert dialog.result() != dialog.DialogCode.Accepted


def test_new_programme_from_this_one(env: GuiEnv, qtbot: QtBot, tmp_path: Path) -> None:
    from coprod_desktop.gui.programme.new_from_earlier import NewFromEarlierDialog
    from coprod_desktop.services import Services
    from coprod_desktop.store.programme_file import ProgrammeFile

    people = env.services.read.attendees()
    kept = plan(env).kept_for_next()
    agreed = {p.name for p in people if p.consent.contact or p.id in kept}
    dialog = NewFromEarlierDialog(env)
    qtbot.addWidget(dialog)
    assert dialog.people.text().startswith(f"{len(agreed)} of {len(people)} people come with it")
    target = tmp_path / "spring"
    dialog.path.setText(str(target))
    dialog.title.setText("  ")
    dialog.create()
    assert dialog.message.text() == "The programme title is empty. Please write something."
    assert list(tmp_path.glob("spring*")) == [] and list(tmp_path.glob(".spring*")) == []
    dialog.title.setText("Ashbrook: spring challenge")
    with qtbot.waitSignal(dialog.created) as made:
        dialog.create()
    assert made.args[0].path == tmp_path / "spring.coprod"
    file = ProgrammeFile.open(tmp_path / "spring.coprod")
    try:
        new = Services(file, env.clock)
        assert new.read.programme().title == "Ashbrook: spring challenge"
        assert {p.name for p in new.read.attendees()} == agreed
        assert [s.kind for s in new.read.sessions()] == ["discovery"]
        assert len(new.read.activities(new.read.sessions()[0].id)) > 0  # the workshop's plan
    finally:
        file.close()


def test_who_is_said_in_the_interfaces_language(env: GuiEnv, qtbot: QtBot) -> None:
    from coprod_desktop.i18n import language

    with language("pl"):
        widget = ActionsPanel(env)
        qtbot.addWidget(widget)
        widget.set_session(session_named(env.services, "Team meeting 5"))
        widget.show()
        qtbot.waitExposed(widget)
        who = widget.review.rows[0].who.text()
    assert who.startswith("Dave H (już nie należy do grupy)")
