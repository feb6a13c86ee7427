"""Outcomes: marked from what the room said, kept up to date, linked, carried forward."""

from __future__ import annotations

import pytest

from coprod_desktop.domain.errors import ConflictError, ValidationError
from coprod_desktop.domain.outcomes import LinkKind, OutcomeStatus, SourceKind
from coprod_desktop.services import Services
from coprod_desktop.store.outcomes_reader import OutcomesReader


def _meeting(services: Services, on: str, title: str = "Meeting") -> int:
    change = services.sessions.create_session(title, on, starts_at="18:00", ends_at="19:30")
    assert isinstance(change.new_id, int)
    return change.new_id


def test_a_note_marked_to_come_back_to_keeps_its_words(services: Services, session_id: int) -> None:
    note = services.notes.add_note(session_id, "A quiet room at the clinic").new_id
    change = services.outcomes.come_back_to(SourceKind.NOTE, note)
    outcome = OutcomesReader(services.ctx.db).outcome(change.new_id)
    assert outcome.said == "A quiet room at the clinic"
    assert outcome.status is OutcomeStatus.COME_BACK
    assert outcome.raised_session_id == session_id
    with pytest.raises(ConflictError):
        services.outcomes.come_back_to(SourceKind.NOTE, note)


def test_cant_do_needs_a_plain_reason_and_passed_on_needs_who(services: Services,
                                                             session_id: int) -> None:
    note = services.notes.add_note(session_id, "Free parking for parents").new_id
    oid = services.outcomes.come_back_to("note", note).new_id
    with pytest.raises(ValidationError) as empty:
        services.outcomes.set_outcome(oid, "cant")
    assert empty.value.field == "reason"
    with pytest.raises(ValidationError) as short:
        services.outcomes.set_outcome(oid, "cant", reason="Budget")
    assert short.value.field == "reason"
    with pytest.raises(ValidationError) as nobody:
        services.outcomes.set_outcome(oid, "passed")
    assert nobody.value.field == "passed_to"
    assert OutcomesReader(services.ctx.db).outcome(oid).status is OutcomeStatus.COME_BACK
    services.outcomes.set_outcome(oid, "cant", reason="The car park belongs to the hospital trust.")
    saved = OutcomesReader(services.ctx.db).outcome(oid)
    assert (saved.status, saved.reason) == (OutcomeStatus.CANT,
                                            "The car park belongs to the hospital trust.")
    assert not saved.open


def test_a_story_needs_words_written_for_it(services: Services, session_id: int) -> None:
    teller = services.people.sign_in_attendee(session_id, name="Ana Lopez",
                                              group="parent_carer").new_id
    story = services.stories.add_story(session_id, teller, title="The long wait").new_id
    with pytest.raises(ValidationError):
        services.outcomes.come_back_to(SourceKind.STORY, story)
    oid = services.outcomes.come_back_to(SourceKind.STORY, story,
                                         said="Waiting lists for assessments").new_id
    assert OutcomesReader(services.ctx.db).outcome(oid).said == "Waiting lists for assessments"


def test_links_to_actions_and_tests_and_undo(services: Services, session_id: int) -> None:
    note = services.notes.add_note(session_id, "Visual timetable").new_id
    oid = services.outcomes.come_back_to("note", note).new_id
    action = services.actions.add_action("Ask schools about timetables",
                                         raised_session_id=session_id).new_id
    test = services.rapid_tests.add_test("Timetable in one class").new_id
    services.outcomes.link(oid, LinkKind.ACTION, action)
    linked = services.outcomes.link(oid, LinkKind.RAPID_TEST, test)
    with pytest.raises(ConflictError):
        services.outcomes.link(oid, "action", action)
    links = OutcomesReader(services.ctx.db).outcome(oid).links
    assert {(x.kind, x.target_id) for x in links} == {(LinkKind.ACTION, action),
                                                      (LinkKind.RAPID_TEST, test)}
    assert "Ask schools about timetables" in {x.title for x in links}
    assert linked.revision_id is not None
    services.history.undo(linked.revision_id)
    assert len(OutcomesReader(services.ctx.db).outcome(oid).links) == 1


def test_carry_forward_and_since_last_time(services: Services, clock) -> None:
    first = _meeting(services, "2026-03-03", "First")
    second = _meeting(services, "2026-03-17", "Second")
    third = _meeting(services, "2026-03-31", "Third")
    a = services.outcomes.come_back_to("note", services.notes.add_note(first, "Ramp").new_id).new_id
    b = services.outcomes.come_back_to("note", services.notes.add_note(first, "Quiet").new_id).new_id
    services.outcomes.set_outcome(a, "planned", what_happened="Asked estates", meeting_id=first)
    services.outcomes.carry_forward([a, b], second)
    services.outcomes.set_outcome(b, "done", what_happened="Room booked", meeting_id=second)
    read = OutcomesReader(services.ctx.db)
    # At the third meeting "since last time" is what moved at or after the second.
    assert [o.id for o in read.since_last_time(third)] == [b]
    # At the second, the first meeting's decision shows too.
    assert {o.id for o in read.since_last_time(second)} == {a, b}
    assert [o.id for o in read.review_list(third)] == [a]
    assert {o.id for o in read.review_list(second)} == {a, b}
    with pytest.raises(ValidationError):
        services.outcomes.carry_forward([b], third)
    kinds = [e.kind for e in read.events(a)]
    assert kinds == ["marked", "status", "carried"]


def test_a_held_back_note_keeps_its_outcome_in_the_room(services: Services,
                                                        session_id: int) -> None:
    note = services.notes.add_note(session_id, "Something private").new_id
    oid = services.outcomes.come_back_to("note", note).new_id
    services.outcomes.set_outcome(oid, "doing", what_happened="Talking to the school")
    services.board.moderation.hold_back([note])
    read = OutcomesReader(services.ctx.db)
    assert not read.outcome(oid).shareable
    assert read.outcomes(shareable_only=True) == []
    assert read.since_last_time(None) == []
