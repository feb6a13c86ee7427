"""Planning an agenda through the services: validation, reorder, delete, templates, undo."""

from __future__ import annotations

from datetime import UTC

import pytest

from coprod_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from coprod_desktop.domain.methods import Tool
from coprod_desktop.domain.phases import Phase
from coprod_desktop.services import Services


def _titles(services: Services, session_id: int) -> list[str]:
    return [a.title for a in services.read.activities(session_id)]


def _add(services: Services, session_id: int, *titles: str) -> list[int]:
    return [int(services.agenda.add_activity(session_id, t, 10).new_id or 0) for t in titles]


def test_add_from_the_library_copies_the_card(services: Services, session_id: int) -> None:
    change = services.agenda.add_method(session_id, "dot-vote")
    item = services.agenda.agendas.item(int(change.new_id or 0))
    assert item.activity.title == "Dot vote"
    assert item.activity.phase is Phase.DEFINE and item.tool is Tool.VOTE
    assert item.activity.duration_s == 15 * 60 and item.activity.method == "dot-vote"
    assert "3 dots" in item.activity.instructions
    assert change.label == "Add ‘Dot vote’" and change.revision_id is not None
    with pytest.raises(NotFoundError, match="no method ‘nope’"):
        services.agenda.add_method(session_id, "nope")


def test_add_by_hand_at_a_position(services: Services, session_id: int) -> None:
    _add(services, session_id, "A", "C")
    services.agenda.add_activity(session_id, "B", "20 min", phase="ideation",
                                 instructions="Line one\nLine two", index=1)
    assert _titles(services, session_id) == ["A", "B", "C"]
    b = services.read.activities(session_id)[1]
    assert (b.duration_s, b.phase, b.instructions) == (1200, Phase.IDEATION, "Line one\nLine two")
    assert [a.position for a in services.read.activities(session_id)] == [0, 1, 2]


@pytest.mark.parametrize(("minutes", "message"), [
    (0, "at least 1 minute"),
    (481, r"at most 8 hours \(480 minutes\)"),
    ("ten", "a number of minutes, like 15"),
    ("", "a number of minutes"),
    (2.5, "whole minutes"),
    (float("nan"), "a number of minutes"),
])
def test_durations_outside_one_minute_to_eight_hours(services: Services, session_id: int,
                                                     minutes: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        services.agenda.add_activity(session_id, "Too long", minutes)
    [aid] = _add(services, session_id, "Kept")
    with pytest.raises(ValidationError, match=message):
        services.agenda.edit_activity(aid, minutes=minutes)
    assert services.read.activities(session_id)[0].duration_s == 600


def test_limits_are_allowed(services: Services, session_id: int) -> None:
    services.agenda.add_activity(session_id, "Short", 1)
    services.agenda.add_activity(session_id, "Long", "480")
    assert [a.duration_s for a in services.read.activities(session_id)] == [60, 8 * 3600]


def test_empty_title_and_bad_phase(services: Services, session_id: int) -> None:
    with pytest.raises(ValidationError, match="activity title is empty"):
        services.agenda.add_activity(session_id, "   ", 10)
    [aid] = _add(services, session_id, "Kept")
    with pytest.raises(ValidationError, match="activity title is empty"):
        services.agenda.edit_activity(aid, title="")
    with pytest.raises(ValidationError, match="not a phase"):
        services.agenda.edit_activity(aid, phase="lunch")
    assert _titles(services, session_id) == ["Kept"]


def test_edit_reorder_delete_and_undo_each(services: Services, session_id: int) -> None:
    a, b, c = _add(services, session_id, "A", "B", "C")
    edit = services.agenda.edit_activity(b, minutes=25)
    assert edit.label == "Set ‘B’ to 25 min"
    rename = services.agenda.edit_activity(b, title="Bee", instructions="Say hello")
    move = services.agenda.move_activity(c, 0)
    assert _titles(services, session_id) == ["C", "A", "Bee"]
    delete = services.agenda.delete_activity(a)
    assert _titles(services, session_id) == ["C", "Bee"]
    assert [x.position for x in services.read.activities(session_id)] == [0, 1]
    for step in (delete, move, rename, edit):
        services.history.undo(int(step.revision_id or 0))
    assert _titles(services, session_id) == ["A", "B", "C"]
    assert services.read.activities(session_id)[1].duration_s == 600


def test_delete_keeps_notes_made_during_the_activity(services: Services, session_id: int) -> None:
    [aid] = _add(services, session_id, "Pain points")
    note = int(services.notes.add_note(session_id, "Too long a wait", activity_id=aid).new_id or 0)
    change = services.agenda.delete_activity(aid)
    assert services.read.note(note).activity_id is None
    services.history.undo(int(change.revision_id or 0))
    assert services.read.note(note).activity_id == aid


def test_set_times_keeps_the_length_unless_told(services: Services, session_id: int) -> None:
    services.agenda.set_times(session_id, "10:00")
    session = services.read.session(session_id)
    assert (f"{session.starts_at:%H:%M}", f"{session.ends_at:%H:%M}") == ("10:00", "13:00")
    services.agenda.set_times(session_id, "10:00", "11:30")
    assert services.read.session(session_id).length_minutes == 90
    with pytest.raises(ValidationError, match="end after it starts"):
        services.agenda.set_times(session_id, "12:00", "11:00")
    with pytest.raises(ValidationError, match="after midnight"):
        services.agenda.set_times(session_id, "23:00")
    with pytest.raises(ValidationError, match="like 18:30"):
        services.agenda.set_times(session_id, "half ten")


def test_new_session_from_template_is_one_step(services: Services) -> None:
    change = services.agenda.new_session_from_template(
        "team-meeting", "Team meeting 1", "2026-03-17", venue="Church hall")
    session_id = int(change.new_id or 0)
    session = services.read.session(session_id)
    assert (session.kind, f"{session.starts_at:%H:%M}", session.length_minutes) == (
        "meeting", "18:00", 90)
    agenda = services.agenda.agenda(session_id)
    assert sum(agenda.durations_s) == 90 * 60
    assert [item.activity.method for item in agenda.items] == [
        "check-in-round", "review-actions", "review-tests", "how-might-we", "idea-round",
        "plan-a-rapid-test", "action-round-up", "check-out-round"]
    assert agenda.items[1].tool is Tool.ACTIONS  # the live source names the Actions panel
    services.history.undo(int(change.revision_id or 0))
    assert services.read.sessions() == []


def test_template_start_time_and_unknown_template(services: Services, session_id: int) -> None:
    change = services.agenda.new_session_from_template(
        "discovery-workshop", "Discovery", "2026-04-01", starts_at="10:00")
    assert f"{services.read.session(int(change.new_id or 0)).ends_at:%H:%M}" == "13:00"
    with pytest.raises(NotFoundError, match="no session template"):
        services.agenda.apply_template(session_id, "picnic")


def test_plan_against_the_session(services: Services, session_id: int) -> None:
    services.agenda.zone = UTC
    services.agenda.apply_template(session_id, "discovery-workshop")
    live = services.agenda.live(session_id)
    assert not live.fit.overruns and live.fit.total_s == 3 * 3600
    assert [f"{t:%H:%M}" for t in live.planned[:3]] == ["09:30", "09:40", "09:50"]
    services.agenda.add_method(session_id, "crazy-eights")
    live = services.agenda.live(session_id)
    assert live.fit.overruns
    assert live.fit.message().startswith("The plan is 15 min too long")


def test_deleting_the_running_activity_is_refused(services: Services, session_id: int) -> None:
    a, _b = _add(services, session_id, "A", "B")
    services.runner.start(session_id)
    with pytest.raises(ConflictError, match="running now"):
        services.agenda.delete_activity(a)
    assert len(services.read.activities(session_id)) == 2


def test_a_card_added_in_polish_brings_its_polish_projector_text(services: Services,
                                                                 session_id: int) -> None:
    """The screens' language (the GUI passes the interface's) picks the card's text; the card's
    own fields (minutes, tool, method) are the same in every language."""
    change = services.agenda.add_method(session_id, "dot-vote", language="pl")
    item = services.agenda.agendas.item(int(change.new_id or 0))
    assert item.activity.title == "Głosowanie kropkami"
    assert item.activity.instructions.startswith("Masz 3 kropki.")
    assert item.activity.duration_s == 15 * 60 and item.tool is Tool.VOTE
    services.agenda.apply_template(session_id, "team-meeting", language="pl")
    from coprod_desktop.library import shipped_methods

    polish = {m.instructions for m in shipped_methods("pl").methods}
    added = [a.instructions for a in services.read.activities(session_id)][1:]
    assert added and all(text in polish for text in added)
    english = services.agenda.add_method(session_id, "dot-vote", language="xx")
    assert services.agenda.agendas.item(int(english.new_id or 0)).activity.title == "Dot vote"
