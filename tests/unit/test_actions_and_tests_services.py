"""Actions carried from meeting to meeting, and the rapid-test lifecycle, on a real file."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from coprod_desktop.domain.actions import ActionSource, ActionStatus, ReviewOutcome
from coprod_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from coprod_desktop.domain.rapid_tests import Decision, TestEventKind, TestPlan, TestStage
from coprod_desktop.services import Services
from coprod_desktop.services.programme_report import (
    action_report,
    meeting_review,
    rapid_test_report,
)
from coprod_desktop.store.programme_reader import ProgrammeReader


@pytest.fixture
def team(services: Services) -> dict[str, int]:
    services.calendar.set_calendar("2026-09-15")
    ids = {f"m{i + 1}": int(services.sessions.create_session(f"Team meeting {i + 1}", on).new_id or 0)
           for i, on in enumerate(("2026-09-29", "2026-10-13", "2026-10-27"))}
    ids["priya"] = int(services.people.add_attendee("Priya", "parent_carer").new_id or 0)
    ids["dave"] = int(services.people.add_attendee("Dave H", "parent_carer").new_id or 0)
    return ids


def plan(services: Services) -> ProgrammeReader:
    return ProgrammeReader(services.ctx.db)


def test_action_from_a_note_keeps_its_words_and_survives_the_note(
        services: Services, team: dict[str, int]) -> None:
    note = int(services.notes.add_note(team["m1"], "Ring families\nwhile they wait").new_id or 0)
    aid = int(services.actions.add_action_from_note(note, owner_attendee_id=team["priya"],
                                                    due="2026-10-10").new_id or 0)
    action = plan(services).action(aid)
    assert (action.what, action.source, action.source_text) == (
        "Ring families\nwhile they wait", ActionSource.NOTE, "Ring families\nwhile they wait")
    assert (action.owner.label, action.raised_on) == ("Priya", date(2026, 9, 29))
    services.notes.delete_notes([note])
    assert plan(services).action(aid).source_text == "Ring families\nwhile they wait"


def test_action_validation(services: Services, team: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="a person or an organisation, not both"):
        services.actions.add_action("x", owner_attendee_id=team["priya"], owner_org="Council")
    with pytest.raises(ValidationError, match="before the meeting where this action was raised"):
        services.actions.add_action("x", raised_session_id=team["m2"], due="2026-10-01")
    with pytest.raises(ValidationError, match="What needs doing is empty"):
        services.actions.add_action("   ")
    with pytest.raises(NotFoundError, match="person"):
        services.actions.add_action("x", owner_attendee_id=999)
    with pytest.raises(NotFoundError, match="That story is no longer in this programme"):
        services.actions.add_action_from_story(1, "x")
    assert plan(services).actions() == []


def test_carry_over_from_meeting_to_meeting(services: Services, team: dict[str, int]) -> None:
    m1, m2, m3 = team["m1"], team["m2"], team["m3"]
    letter = int(services.actions.add_action("Rewrite the waiting-list letter",
                                             owner_org="Ashbrook Council", due="2026-10-06",
                                             raised_session_id=m1).new_id or 0)
    calls = int(services.actions.add_action("Monthly call to six families",
                                            owner_attendee_id=team["priya"], due="2026-10-20",
                                            raised_session_id=m1).new_id or 0)
    at_m2 = meeting_review(services.ctx.db, m2)
    assert [(i.action.id, i.overdue) for i in at_m2] == [(letter, True), (calls, False)]
    services.actions.carry_forward([letter], m2, new_due="2026-10-20")
    services.actions.set_status(calls, ActionStatus.DONE, meeting_id=m2)
    at_m2 = meeting_review(services.ctx.db, m2)
    assert [(i.action.id, i.outcome_here) for i in at_m2] == [
        (letter, ReviewOutcome.CARRIED), (calls, ReviewOutcome.DONE)]
    at_m3 = meeting_review(services.ctx.db, m3)
    assert [i.action.id for i in at_m3] == [letter]
    assert at_m3[0].times_carried == 1 and at_m3[0].overdue and at_m3[0].days_overdue == 7
    history = [(r.outcome, r.due_before, r.due_after)
               for r in plan(services).action_reviews(letter)]
    assert history == [(ReviewOutcome.CARRIED, date(2026, 10, 6), date(2026, 10, 20))]
    with pytest.raises(ValidationError, match="only open actions can be carried forward"):
        services.actions.carry_forward([calls], m3)
    with pytest.raises(ValidationError, match="before this meeting"):
        services.actions.carry_forward([letter], m3, new_due="2026-10-01")


def test_owner_who_left_is_kept_and_flagged(services: Services, team: dict[str, int]) -> None:
    aid = int(services.actions.add_action("Ask the GP practice", owner_attendee_id=team["dave"],
                                          raised_session_id=team["m1"]).new_id or 0)
    services.team.mark_left(team["dave"], "2026-10-05")
    action = plan(services).action(aid)
    assert action.owner.attendee_id == team["dave"] and action.owner.left_group
    item = meeting_review(services.ctx.db, team["m2"])[0]
    assert item.flags == ["Owner has left the group"]
    assert action_report(services.ctx.db, services.clock.now()).owners_left == [action]
    # Editing the wording keeps Dave; giving a new action to him is refused with a reason.
    services.actions.edit_action(aid, what="Ask the GP practice about letters",
                                 owner_attendee_id=team["dave"])
    with pytest.raises(ValidationError, match=r"Dave H has left the group\. Choose someone else"):
        services.actions.add_action("New job", owner_attendee_id=team["dave"])
    services.actions.edit_action(aid, what="Ask the GP practice about letters",
                                 owner_org="Ashbrook Carers Hub")
    assert plan(services).action(aid).owner.label == "Ashbrook Carers Hub"


def test_closing_and_reopening_an_action_is_undoable(services: Services,
                                                     team: dict[str, int]) -> None:
    aid = int(services.actions.add_action("Book the room", raised_session_id=team["m1"]).new_id or 0)
    change = services.actions.set_status(aid, "dropped", meeting_id=team["m2"])
    assert plan(services).action(aid).status is ActionStatus.DROPPED
    with pytest.raises(ValidationError, match="already dropped"):
        services.actions.set_status(aid, "dropped")
    services.history.undo(change.revision_id or 0)
    assert plan(services).action(aid).status is ActionStatus.OPEN
    assert plan(services).action_reviews(aid) == []
    deleted = services.actions.delete_action(aid)
    assert plan(services).actions() == []
    services.history.undo(deleted.revision_id or 0)
    assert plan(services).action(aid).what == "Book the room"


def _planned(services: Services, team: dict[str, int]) -> int:
    tid = int(services.rapid_tests.add_test("Monthly phone call while waiting",
                                            session_id=team["m1"]).new_id or 0)
    services.rapid_tests.edit_test(tid, title="Monthly phone call while waiting", plan=TestPlan(
        what="Call six families on the list once a month", who="Priya and Claire",
        where="By phone", when="October", measure="Families say they feel less alone"))
    return tid


def test_test_lifecycle_plan_do_study_act(services: Services, team: dict[str, int]) -> None:
    bare = int(services.rapid_tests.add_test("Drop-in at the library").new_id or 0)
    with pytest.raises(ValidationError, match="write what we will try, who, when and how we "
                                              "will know"):
        services.rapid_tests.advance(bare)
    tid = _planned(services, team)
    services.rapid_tests.advance(tid, meeting_id=team["m1"])
    services.rapid_tests.advance(tid, meeting_id=team["m2"])
    assert plan(services).rapid_test(tid).stage is TestStage.STUDY
    with pytest.raises(ValidationError, match="write what happened and what we learned"):
        services.rapid_tests.decide(tid, Decision.ADOPT)
    t = plan(services).rapid_test(tid)
    services.rapid_tests.edit_test(tid, title=t.title, plan=t.plan, happened="All six said yes",
                                   learned="A named person matters more than the wait")
    services.rapid_tests.review(tid, team["m2"], "Good news from Priya")
    services.rapid_tests.decide(tid, Decision.ADOPT, reason="Families want it",
                                meeting_id=team["m3"])
    done = plan(services).rapid_test(tid)
    assert (done.stage, done.decision, done.decided) == (TestStage.ACT, Decision.ADOPT, True)
    events = [(e.kind, e.stage, e.meeting_on) for e in plan(services).test_events(tid)]
    assert events == [
        (TestEventKind.CREATED, TestStage.PLAN, date(2026, 9, 29)),
        (TestEventKind.ADVANCED, TestStage.DO, date(2026, 9, 29)),
        (TestEventKind.ADVANCED, TestStage.STUDY, date(2026, 10, 13)),
        (TestEventKind.REVIEWED, TestStage.STUDY, date(2026, 10, 13)),
        (TestEventKind.DECIDED, TestStage.ACT, date(2026, 10, 27))]
    with pytest.raises(ValidationError, match="already adopted"):
        services.rapid_tests.decide(tid, Decision.ABANDON)
    with pytest.raises(ValidationError, match="Reopen it"):
        services.rapid_tests.step_back(tid)


def test_abandon_then_reopen_keeps_the_earlier_cycle(services: Services,
                                                     team: dict[str, int]) -> None:
    tid = _planned(services, team)
    services.rapid_tests.advance(tid)
    services.rapid_tests.advance(tid)
    t = plan(services).rapid_test(tid)
    services.rapid_tests.edit_test(tid, title=t.title, plan=t.plan, happened="Nobody answered",
                                   learned="Evenings are better")
    services.rapid_tests.decide(tid, "abandon", reason="Wrong time of day", meeting_id=team["m2"])
    assert plan(services).rapid_test(tid).abandoned
    with pytest.raises(ValidationError, match="still open"):
        services.rapid_tests.reopen(_planned(services, team))
    change = services.rapid_tests.reopen(tid, meeting_id=team["m3"])
    again = plan(services).rapid_test(tid)
    assert (again.stage, again.decision, again.cycle, again.happened) == (
        TestStage.PLAN, None, 2, "")
    assert again.plan.what == "Call six families on the list once a month"
    reopened = plan(services).test_events(tid)[-1]
    assert reopened.kind is TestEventKind.REOPENED
    assert json.loads(reopened.detail) == {
        "cycle": 1, "doing": "", "happened": "Nobody answered", "learned": "Evenings are better",
        "decision": "abandon", "reason": "Wrong time of day"}
    services.history.undo(change.revision_id or 0)
    back = plan(services).rapid_test(tid)
    assert (back.decision, back.happened, back.cycle) == (Decision.ABANDON, "Nobody answered", 1)


def test_adapt_starts_a_follow_on_test(services: Services, team: dict[str, int]) -> None:
    tid = _planned(services, team)
    services.rapid_tests.advance(tid)
    services.rapid_tests.advance(tid)
    t = plan(services).rapid_test(tid)
    services.rapid_tests.edit_test(tid, title=t.title, plan=t.plan, happened="Half answered",
                                   learned="Text first, then call")
    change = services.rapid_tests.decide(tid, Decision.ADAPT, meeting_id=team["m3"])
    child = plan(services).rapid_test(int(change.new_id or 0))
    assert (child.title, child.stage, child.parent_id, child.idea_text) == (
        "Monthly phone call while waiting (adapted)", TestStage.PLAN, tid, "Text first, then call")
    assert child.plan == t.plan
    report = rapid_test_report(services.ctx.db)
    assert [x.id for x in report.decided(Decision.ADAPT)] == [tid]
    assert [x.id for x in report.in_stage(TestStage.PLAN)] == [child.id]
    services.rapid_tests.delete_test(tid)
    assert plan(services).rapid_test(child.id).parent_id is None


def test_an_older_step_cannot_be_undone_over_a_newer_one(services: Services,
                                                   team: dict[str, int]) -> None:
    tid = _planned(services, team)
    step = services.rapid_tests.advance(tid)
    services.rapid_tests.advance(tid)
    with pytest.raises(ConflictError, match="changed again since"):
        services.history.undo(step.revision_id or 0)
    assert plan(services).rapid_test(tid).stage is TestStage.STUDY


def test_test_from_a_note(services: Services, team: dict[str, int]) -> None:
    note = int(services.notes.add_note(team["m2"], "Text updates instead of letters\nfrom the "
                                                   "clinic").new_id or 0)
    tid = int(services.rapid_tests.add_test_from_note(note).new_id or 0)
    test = plan(services).rapid_test(tid)
    assert (test.title, test.idea_note_id, test.created_session_id) == (
        "Text updates instead of letters", note, team["m2"])
    assert test.idea_text == "Text updates instead of letters\nfrom the clinic"


def test_celebration_figures_are_as_they_stood_on_the_day(services: Services,
                                                         team: dict[str, int]) -> None:
    from coprod_desktop.services.programme_report import celebration_figures

    party = int(services.sessions.create_session("Day-50 celebration", "2026-11-03",
                                                 kind="celebration").new_id or 0)
    kept, dropped = _planned(services, team), _planned(services, team)
    for tid, day in ((kept, team["m1"]), (dropped, team["m1"])):
        services.rapid_tests.advance(tid, meeting_id=day)
        services.rapid_tests.advance(tid, meeting_id=team["m2"])
        t = plan(services).rapid_test(tid)
        services.rapid_tests.edit_test(tid, title=t.title, plan=t.plan, happened="It ran",
                                       learned="Worth it")
    services.rapid_tests.decide(kept, Decision.ADOPT, meeting_id=team["m3"])
    services.rapid_tests.decide(dropped, Decision.ABANDON, meeting_id=team["m3"])
    done = int(services.actions.add_action("Book the hall", raised_session_id=team["m1"]).new_id or 0)
    services.actions.set_status(done, "done", meeting_id=team["m2"])
    later = int(services.actions.add_action("Print flyers", raised_session_id=team["m1"]).new_id or 0)
    m4 = int(services.sessions.create_session("Team meeting 4", "2026-11-10").new_id or 0)
    services.actions.set_status(later, "done", meeting_id=m4)
    services.rapid_tests.reopen(dropped, meeting_id=m4)
    services.rapid_tests.advance(dropped, meeting_id=m4)  # trying again after the party
    at_party = celebration_figures(services.ctx.db, services.clock.now(), party)
    assert at_party.day_label == "Day 50 of 100"
    assert [t.id for t in at_party.tests_adopted] == [kept]
    assert (at_party.tests_tried, at_party.actions_done, at_party.tests_trying) == (2, 1, ())
    services.clock.set(datetime(2026, 11, 14, 12, tzinfo=UTC))  # type: ignore[attr-defined]
    now = celebration_figures(services.ctx.db, services.clock.now())
    assert now.day_label == "Day 61 of 100" and now.actions_done == 2
    assert [t.id for t in now.tests_trying] == [dropped]


def test_celebration_quotes_respect_each_tellers_choice(services: Services,
                                                       team: dict[str, int]) -> None:
    from coprod_desktop.domain.records import Consent, WordsUse
    from coprod_desktop.services.programme_report import celebration_figures

    people = {}
    for name, words, named in (("Asha", WordsUse.NAMED, True), ("Sam", WordsUse.NAMED, False),
                               ("Jo", WordsUse.ROOM_ONLY, True), ("Kai", WordsUse.ANONYMOUS, True)):
        pid = int(services.people.add_attendee(name, "parent_carer").new_id or 0)
        services.people.set_consent(pid, Consent(name_in_handouts=named, words=words))
        people[name] = pid
    later = int(services.sessions.create_session("Team meeting 5", "2026-11-24").new_id or 0)
    for name, title, heard, at in (
            ("Asha", "The phone call", "Someone rang me", team["m2"]),
            ("Sam", "The letter", "Plain words helped", team["m2"]),
            ("Jo", "Our worst night", "It took a crisis", team["m2"]),
            ("Kai", "After school", "Nobody asked him", team["m3"]),
            ("Asha", "Later on", "Not yet told at the party", later)):
        services.people.sign_in_attendee(at, attendee_id=people[name])
        story = int(services.stories.add_story(at, people[name], title=title,
                                               consent=WordsUse.NAMED).new_id or 0)
        services.stories.start_story(story)
        services.stories.end_story(story)
        services.stories.add_heard_note(story, heard)
    party = int(services.sessions.create_session("Day-50 celebration", "2026-11-03",
                                                 kind="celebration").new_id or 0)
    quotes = celebration_figures(services.ctx.db, services.clock.now(), party).quotes
    assert [(q.text, q.by) for q in quotes] == [
        ("Nobody asked him", "on ‘After school’"),  # Kai shares words without a name; newest first
        ("Plain words helped", "on ‘The letter’"),  # Sam did not agree to be named in print
        ("Someone rang me", "on ‘The phone call’, told by Asha")]
    aid = services.actions.add_action_from_story(
        services.stories.data.stories(team["m2"])[0].id, "Ask the clinic to ring families")
    action = plan(services).action(int(aid.new_id or 0))
    assert (action.source.value, action.source_text, action.raised_session_id) == (
        "story", "", team["m2"])
