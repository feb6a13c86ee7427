"""Actions: add (by hand, from a note, from a story), edit, close, carry forward, delete."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from coprod_desktop.domain import validate
from coprod_desktop.domain.actions import Action, ActionSource, ActionStatus, ReviewOutcome
from coprod_desktop.domain.errors import NotFoundError, ValidationError
from coprod_desktop.domain.limits import NOTE_MAX, VENUE_MAX
from coprod_desktop.domain.said import Said
from coprod_desktop.facilitation.programme_calendar import long_date
from coprod_desktop.i18n import N_, Nn_
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.services.plan_base import PlanService
from coprod_desktop.services.unit_of_work import UnitOfWork

ACTION_MAX = NOTE_MAX


def _what(text: str) -> str:
    return validate.text(text, N_("What needs doing"), ACTION_MAX, field="what", multiline=True)


class ActionService(PlanService):
    def add_action(self, what: str, *, owner_attendee_id: int | None = None,
                   owner_org: str = "", due: date | str | None = None,
                   raised_session_id: int | None = None, source: ActionSource = ActionSource.MANUAL,
                   source_id: int | None = None, source_text: str = "") -> ChangeSet:
        """A new open action. The owner is a person or a named organisation, or nobody yet."""
        clean = _what(what)
        self.check_meeting(raised_session_id)
        owner = self._owner(owner_attendee_id, owner_org, new=True)
        due_on = self._due(due, raised_session_id)
        now = self.ctx.now()
        with self.ctx.change(N_("Add action"), session_id=raised_session_id) as unit:
            unit.new_id = unit.insert("action", {
                "what": clean, **owner, "due_date": due_on, "status": ActionStatus.OPEN.value,
                "source_kind": ActionSource(source).value, "source_id": source_id,
                "source_text": source_text, "raised_session_id": raised_session_id,
                "created_at": now, "updated_at": now})
        return self.done(unit)

    def add_action_from_note(self, note_id: int, *, what: str | None = None,
                             owner_attendee_id: int | None = None, owner_org: str = "",
                             due: date | str | None = None) -> ChangeSet:
        """Turn a sticky note into an action. The note's words are kept with it, verbatim."""
        note = self.read.note(note_id)
        return self.add_action(what if what is not None else note.text,
                               owner_attendee_id=owner_attendee_id, owner_org=owner_org, due=due,
                               raised_session_id=note.session_id, source=ActionSource.NOTE,
                               source_id=note.id, source_text=note.text)

    def add_action_from_story(self, story_id: int, what: str, *,
                              owner_attendee_id: int | None = None, owner_org: str = "",
                              due: date | str | None = None) -> ChangeSet:
        """An action that came out of someone's story. Only a reference to the story is kept,
        never its words: a story's consent may keep it in the room."""
        story = self._story(story_id)
        return self.add_action(what, owner_attendee_id=owner_attendee_id, owner_org=owner_org,
                               due=due, raised_session_id=story.get("session_id"),
                               source=ActionSource.STORY, source_id=story_id)

    def edit_action(self, action_id: int, *, what: str, owner_attendee_id: int | None = None,
                    owner_org: str = "", due: date | str | None = None) -> ChangeSet:
        current = self.plan.action(action_id)
        clean = _what(what)
        keeps_owner = owner_attendee_id is not None and owner_attendee_id == \
            current.owner.attendee_id
        owner = self._owner(owner_attendee_id, owner_org, new=not keeps_owner)
        due_on = self._due(due, current.raised_session_id)
        with self.ctx.change(N_("Edit action"), session_id=current.raised_session_id) as unit:
            unit.update("action", action_id, what=clean, **owner, due_date=due_on,
                        updated_at=self.ctx.now())
        return self.done(unit)

    def set_status(self, action_id: int, status: ActionStatus | str, *,
                   meeting_id: int | None = None) -> ChangeSet:
        """Mark done, dropped, or open again. At a meeting, the meeting's review records it."""
        current = self.plan.action(action_id)
        new = ActionStatus(status)
        self.check_meeting(meeting_id)
        if new is current.status:
            raise ValidationError({ActionStatus.DONE: N_("This action is already done."),
                                   ActionStatus.DROPPED: N_("This action is already dropped."),
                                   ActionStatus.OPEN: N_("This action is already open.")}[new])
        outcome = {ActionStatus.DONE: ReviewOutcome.DONE, ActionStatus.DROPPED: ReviewOutcome.DROPPED,
                   ActionStatus.OPEN: ReviewOutcome.REOPENED}[new]
        verb = {"done": N_("Mark action done"), "dropped": N_("Drop action"),
                "open": N_("Reopen action")}
        now = self.ctx.now()
        with self.ctx.change(verb[new.value], session_id=meeting_id) as unit:
            unit.update("action", action_id, status=new.value, updated_at=now,
                        closed_at=None if new is ActionStatus.OPEN else now,
                        closed_meeting_id=None if new is ActionStatus.OPEN else meeting_id)
            if meeting_id is not None:
                self._review(unit, current, meeting_id, outcome, current.due)
        return self.done(unit)

    def carry_forward(self, action_ids: Iterable[int], meeting_id: int, *,
                      new_due: date | str | None = None) -> ChangeSet:
        """The meeting looked at these open actions and carries them on (perhaps to a new date)."""
        meeting = self.read.session(meeting_id)
        actions = [self.plan.action(int(a)) for a in dict.fromkeys(action_ids)]
        if not actions:
            raise ValidationError(N_("No actions are selected."))
        closed = [a for a in actions if not a.open]
        if closed:
            key = (N_("‘%(what)s’ is done; only open actions can be carried forward.")
                   if closed[0].status is ActionStatus.DONE else
                   N_("‘%(what)s’ was dropped; only open actions can be carried forward."))
            raise ValidationError(Said.of(key, what=closed[0].what[:60]))
        due_on = validate.iso_date(new_due, N_("The new due date")) if new_due else None
        if due_on is not None and due_on < meeting.date:
            raise ValidationError(Said.of(N_("The new due date is before this meeting (%(day)s)."),
                                          day=long_date(meeting.date)), field="due")
        label = Said.counted(Nn_("Carry %(n)s action forward", "Carry %(n)s actions forward"),
                             len(actions))
        with self.ctx.change(label, session_id=meeting_id) as unit:
            for action in actions:
                if due_on is not None:
                    unit.update("action", action.id, due_date=due_on.isoformat(),
                                updated_at=self.ctx.now())
                self._review(unit, action, meeting_id, ReviewOutcome.CARRIED, due_on or action.due)
        return self.done(unit)

    def delete_action(self, action_id: int) -> ChangeSet:
        current = self.plan.action(action_id)
        with self.ctx.change(N_("Delete action"), session_id=current.raised_session_id) as unit:
            for review in self.plan.action_reviews(action_id):
                unit.delete("action_review", review.id)
            unit.delete("action", action_id)
        return self.done(unit)

    # -- helpers ------------------------------------------------------------------------------
    def _review(self, unit: UnitOfWork, action: Action, meeting_id: int,
                outcome: ReviewOutcome, due_after: date | None) -> None:
        unit.insert("action_review", {
            "action_id": action.id, "meeting_id": meeting_id, "outcome": outcome.value,
            "due_before": action.due.isoformat() if action.due else None,
            "due_after": due_after.isoformat() if due_after else None,
            "created_at": self.ctx.now()})

    def _owner(self, attendee_id: int | None, organisation: str, *, new: bool) -> dict[str, object]:
        org = validate.text(organisation, N_("The organisation"), VENUE_MAX, field="owner",
                            required=False)
        if attendee_id is not None and org:
            raise ValidationError(N_("Choose a person or an organisation, not both."), field="owner")
        if attendee_id is not None:
            person = self.read.attendee(attendee_id)
            if new and attendee_id in self.plan.left_group():
                raise ValidationError(
                    Said.of(N_("%(name)s has left the group. Choose someone else or an organisation."),
                            name=person.name),
                    field="owner")
        return {"owner_attendee_id": attendee_id, "owner_org": org}

    def _due(self, due: date | str | None, raised_session_id: int | None) -> str | None:
        if due is None or (isinstance(due, str) and not due.strip()):
            return None
        on = validate.iso_date(due, N_("The due date"))
        if raised_session_id is not None:
            raised = self.read.session(raised_session_id)
            if on < raised.date:
                raise ValidationError(Said.of(
                    N_("The due date (%(day)s) is before the meeting where this action was raised "
                       "(%(raised)s)."), day=long_date(on), raised=long_date(raised.date)),
                    field="due")
        return on.isoformat()

    def _story(self, story_id: int) -> dict[str, Any]:
        tables = set(self.ctx.db.table_names())
        if "story" not in tables:
            raise NotFoundError(N_("Stories are not kept in this programme file."))
        found = list(self.ctx.db.query("SELECT * FROM story WHERE id = ?", [story_id]))
        if not found:
            raise NotFoundError(N_("That story is no longer in this programme."))
        return dict(found[0])
