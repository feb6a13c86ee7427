"""Rapid tests: plan, do, study, act; decide; reopen; review at a meeting. Every step is undoable
and recorded against the meeting where it happened."""

from __future__ import annotations

import json

from coprod_desktop.domain import validate
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.limits import NOTE_MAX, TITLE_MAX, VENUE_MAX
from coprod_desktop.domain.rapid_tests import (
    Decision,
    RapidTest,
    TestEventKind,
    TestPlan,
    TestStage,
    still_to_write,
)
from coprod_desktop.domain.said import Said, ours
from coprod_desktop.i18n import N_
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.services.plan_base import PlanService
from coprod_desktop.services.unit_of_work import UnitOfWork


def _long(value: str, what: str, field: str) -> str:
    return validate.text(value, what, NOTE_MAX, field=field, multiline=True, required=False)


def _plan(plan: TestPlan) -> dict[str, str]:
    return {
        "plan_what": _long(plan.what, N_("What we will try"), "what"),
        "plan_who": validate.text(plan.who, N_("Who"), VENUE_MAX, field="who", required=False),
        "plan_where": validate.text(plan.where, N_("Where"), VENUE_MAX, field="where",
                                    required=False),
        "plan_when": validate.text(plan.when, N_("When"), VENUE_MAX, field="when", required=False),
        "plan_measure": _long(plan.measure, N_("How we will know"), "measure"),
    }


class RapidTestService(PlanService):
    def add_test(self, title: str, *, plan: TestPlan | None = None, session_id: int | None = None,
                 idea_note_id: int | None = None, idea_text: str = "",
                 parent_id: int | None = None) -> ChangeSet:
        """A new test in the plan stage, from an idea (a note, or typed in)."""
        clean = validate.text(title, N_("The test's name"), TITLE_MAX, field="title")
        self.check_meeting(session_id)
        fields = _plan(plan or TestPlan())
        now = self.ctx.now()
        with self.ctx.change(Said.of(N_("New test ‘%(title)s’"), title=clean), session_id=session_id) as unit:
            test_id = unit.insert("rapid_test", {
                "title": clean, "stage": TestStage.PLAN.value, **fields, "cycle": 1,
                "idea_note_id": idea_note_id, "idea_text": idea_text, "parent_id": parent_id,
                "created_session_id": session_id, "created_at": now, "updated_at": now})
            self._event(unit, int(test_id), session_id, TestEventKind.CREATED, TestStage.PLAN)
            unit.new_id = test_id
        return self.done(unit)

    def add_test_from_note(self, note_id: int, title: str | None = None) -> ChangeSet:
        """An idea on a sticky note becomes a test; the note's words are kept with it."""
        note = self.read.note(note_id)
        name = title if title is not None else note.text.strip().splitlines()[0][:TITLE_MAX]
        return self.add_test(name, session_id=note.session_id, idea_note_id=note.id,
                             idea_text=note.text)

    def edit_test(self, test_id: int, *, title: str, plan: TestPlan, doing: str = "",
                  happened: str = "", learned: str = "") -> ChangeSet:
        """Change what is written on a test at any stage (nothing moves it between stages)."""
        self.plan.rapid_test(test_id)
        clean = validate.text(title, N_("The test's name"), TITLE_MAX, field="title")
        fields = {**_plan(plan), "doing": _long(doing, N_("What we are doing"), "doing"),
                  "happened": _long(happened, N_("What happened"), "happened"),
                  "learned": _long(learned, N_("What we learned"), "learned")}
        with self.ctx.change(Said.of(N_("Edit test ‘%(title)s’"), title=clean)) as unit:
            unit.update("rapid_test", test_id, title=clean, **fields, updated_at=self.ctx.now())
        return self.done(unit)

    def advance(self, test_id: int, *, meeting_id: int | None = None) -> ChangeSet:
        """Move to the next stage, once what that stage needs has been written."""
        test = self.plan.rapid_test(test_id)
        self.check_meeting(meeting_id)
        target = test.stage.next
        if target is None:
            raise ValidationError(N_("This test is at its last stage: decide to adopt, adapt or abandon it."))
        missing = test.missing_to_advance()
        if missing:
            raise ValidationError(still_to_write((
                N_("Before ‘%(title)s’ can move to %(stage)s, write %(a)s."),
                N_("Before ‘%(title)s’ can move to %(stage)s, write %(a)s and %(b)s."),
                N_("Before ‘%(title)s’ can move to %(stage)s, write %(a)s, %(b)s and %(c)s."),
                N_("Before ‘%(title)s’ can move to %(stage)s, write %(a)s, %(b)s, %(c)s and "
                   "%(d)s.")), missing, title=test.title, stage=ours(target.label)))
        return self._move(test, target, meeting_id, TestEventKind.ADVANCED)

    def step_back(self, test_id: int, *, meeting_id: int | None = None) -> ChangeSet:
        test = self.plan.rapid_test(test_id)
        self.check_meeting(meeting_id)
        if test.decided:
            raise ValidationError(N_("This test has been decided. Reopen it to work on it again."))
        if test.stage.previous is None:
            raise ValidationError(N_("This test is already at the plan stage."))
        return self._move(test, test.stage.previous, meeting_id, TestEventKind.STEPPED_BACK)

    def _move(self, test: RapidTest, target: TestStage, meeting_id: int | None,
              kind: TestEventKind) -> ChangeSet:
        key = {TestStage.PLAN: N_("Move ‘%(title)s’ to Plan"), TestStage.DO: N_("Move ‘%(title)s’ to Do"),
               TestStage.STUDY: N_("Move ‘%(title)s’ to Study"),
               TestStage.ACT: N_("Move ‘%(title)s’ to Act")}[target]
        with self.ctx.change(Said.of(key, title=test.title),
                             session_id=meeting_id) as unit:
            unit.update("rapid_test", test.id, stage=target.value, updated_at=self.ctx.now())
            self._event(unit, test.id, meeting_id, kind, target)
        return self.done(unit)

    def decide(self, test_id: int, decision: Decision | str, *, reason: str = "",
               meeting_id: int | None = None, follow_on: bool = True) -> ChangeSet:
        """Adopt, adapt or abandon a studied test. Adapting starts a follow-on test (a new plan
        copied from this one) unless `follow_on` is False."""
        test = self.plan.rapid_test(test_id)
        self.check_meeting(meeting_id)
        choice = Decision(decision)
        if test.stage not in (TestStage.STUDY, TestStage.ACT):
            raise ValidationError(Said.of(N_("‘%(title)s’ is at %(label)s: study how it went before "
                                             "deciding."), title=test.title, label=ours(test.stage.label)))
        if test.decided and test.decision is not None:
            raise ValidationError(Said.of({
                Decision.ADOPT: N_("‘%(title)s’ is already adopted. Reopen it to decide again."),
                Decision.ADAPT: N_("‘%(title)s’ is already adapted. Reopen it to decide again."),
                Decision.ABANDON: N_("‘%(title)s’ is already abandoned. Reopen it to decide "
                                     "again.")}[test.decision], title=test.title))
        if test.stage is TestStage.STUDY and test.missing_to_advance():
            raise ValidationError(still_to_write((
                N_("Before deciding, write %(a)s."), N_("Before deciding, write %(a)s and %(b)s."),
                N_("Before deciding, write %(a)s, %(b)s and %(c)s."),
                N_("Before deciding, write %(a)s, %(b)s, %(c)s and %(d)s.")),
                test.missing_to_advance()))
        why = _long(reason, N_("The reason"), "reason")
        now = self.ctx.now()
        key = {Decision.ADOPT: N_("Adopt ‘%(title)s’"), Decision.ADAPT: N_("Adapt ‘%(title)s’"),
               Decision.ABANDON: N_("Abandon ‘%(title)s’")}[choice]
        with self.ctx.change(Said.of(key, title=test.title), session_id=meeting_id) as unit:
            unit.update("rapid_test", test.id, stage=TestStage.ACT.value, decision=choice.value,
                        decision_reason=why, updated_at=now)
            self._event(unit, test.id, meeting_id, TestEventKind.DECIDED, TestStage.ACT,
                        choice.value)
            if choice is Decision.ADAPT and follow_on:
                child = unit.insert("rapid_test", {
                    "title": f"{test.title} (adapted)"[:TITLE_MAX], "stage": TestStage.PLAN.value,
                    **_plan(test.plan), "cycle": 1, "idea_text": test.learned,
                    "parent_id": test.id, "created_session_id": meeting_id,
                    "created_at": now, "updated_at": now})
                self._event(unit, int(child), meeting_id, TestEventKind.CREATED, TestStage.PLAN,
                            f"adapted from test {test.id}")
                unit.new_id = child
        return self.done(unit)

    def reopen(self, test_id: int, *, meeting_id: int | None = None) -> ChangeSet:
        """Work on a decided test again (an abandoned idea whose time has come). It goes back to
        plan for a new cycle; the last cycle's study and decision are kept in its history."""
        test = self.plan.rapid_test(test_id)
        self.check_meeting(meeting_id)
        if not test.decided or test.decision is None:
            raise ValidationError(Said.of(N_("‘%(title)s’ is still open; there is nothing to reopen."),
                                          title=test.title))
        kept = json.dumps({"cycle": test.cycle, "doing": test.doing, "happened": test.happened,
                           "learned": test.learned, "decision": test.decision.value,
                           "reason": test.decision_reason}, ensure_ascii=False)
        said = Said.of(N_("Reopen ‘%(title)s’"), title=test.title)
        with self.ctx.change(said, session_id=meeting_id) as unit:
            unit.update("rapid_test", test.id, stage=TestStage.PLAN.value, decision=None,
                        decision_reason="", doing="", happened="", learned="",
                        cycle=test.cycle + 1, updated_at=self.ctx.now())
            self._event(unit, test.id, meeting_id, TestEventKind.REOPENED, TestStage.PLAN, kept)
        return self.done(unit)

    def review(self, test_id: int, meeting_id: int, note: str = "") -> ChangeSet:
        """Record that a meeting looked at this test (without moving it)."""
        test = self.plan.rapid_test(test_id)
        self.check_meeting(meeting_id)
        said = _long(note, N_("The note"), "note")
        step = Said.of(N_("Review ‘%(title)s’"), title=test.title)
        with self.ctx.change(step, session_id=meeting_id) as unit:
            self._event(unit, test.id, meeting_id, TestEventKind.REVIEWED, test.stage, said)
        return self.done(unit)

    def delete_test(self, test_id: int) -> ChangeSet:
        test = self.plan.rapid_test(test_id)
        children = [t for t in self.plan.rapid_tests() if t.parent_id == test_id]
        with self.ctx.change(Said.of(N_("Delete test ‘%(title)s’"), title=test.title)) as unit:
            for child in children:  # the follow-ons stay, as tests of their own
                unit.update("rapid_test", child.id, parent_id=None)
            for event in self.plan.test_events(test_id):
                unit.delete("rapid_test_event", event.id)
            unit.delete("rapid_test", test_id)
        return self.done(unit)

    def _event(self, unit: UnitOfWork, test_id: int, meeting_id: int | None,
               kind: TestEventKind, stage: TestStage, detail: str = "") -> None:
        unit.insert("rapid_test_event", {
            "test_id": test_id, "meeting_id": meeting_id, "kind": kind.value,
            "stage": stage.value, "detail": detail, "created_at": self.ctx.now()})
