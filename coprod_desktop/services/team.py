"""The team that meets: who held each role at a meeting, who has left, who may be kept on file."""

from __future__ import annotations

from datetime import date

from coprod_desktop.domain import validate
from coprod_desktop.domain.consent_history import HeardVia
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.roles import Holder, Role
from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_
from coprod_desktop.services import consent_log
from coprod_desktop.services.changes import ChangeSet, Initiator
from coprod_desktop.services.plan_base import PlanService


class TeamService(PlanService):
    def set_role(self, session_id: int, role: Role | str, *, attendee_id: int | None = None,
                 facilitator: bool = False) -> ChangeSet:
        """Record who held a role at a meeting: the facilitator, or a group member by id."""
        which = _role(role)
        session = self.read.session(session_id)
        if facilitator == (attendee_id is not None):
            raise ValidationError(N_("Say whether the facilitator or a group member held this role."),
                                  field="holder")
        name = "the facilitator"
        if attendee_id is not None:
            person = self.read.attendee(attendee_id)
            name = person.name
            left = self.plan.left_group().get(attendee_id)
            if left is not None and left <= session.date:
                raise ValidationError(Said.of(N_("%(name)s had left the group before this meeting."),
                                              name=person.name),
                                      field="holder")
        holder = Holder.FACILITATOR if facilitator else Holder.MEMBER
        existing = [r for r in self.plan.roles(session_id) if r.role is which]
        key = {Role.CHAIR: N_("Chair: %(name)s"), Role.TIMEKEEPER: N_("Timekeeper: %(name)s"),
               Role.NOTETAKER: N_("Note-taker: %(name)s")}[which]
        with self.ctx.change(Said.of(key, name=name), session_id=session_id) as unit:
            if existing:
                unit.update("meeting_role", existing[0].id, holder=holder.value,
                            attendee_id=attendee_id)
            else:
                unit.new_id = unit.insert("meeting_role", {
                    "session_id": session_id, "role": which.value, "holder": holder.value,
                    "attendee_id": attendee_id, "created_at": self.ctx.now()})
        return self.done(unit)

    def clear_role(self, session_id: int, role: Role | str) -> ChangeSet:
        which = _role(role)
        existing = [r for r in self.plan.roles(session_id) if r.role is which]
        if not existing:
            raise ValidationError({
                Role.CHAIR: N_("Nobody is recorded as chair for this meeting."),
                Role.TIMEKEEPER: N_("Nobody is recorded as timekeeper for this meeting."),
                Role.NOTETAKER: N_("Nobody is recorded as note-taker for this meeting.")}[which])
        label = {Role.CHAIR: N_("Clear chair"), Role.TIMEKEEPER: N_("Clear timekeeper"),
                 Role.NOTETAKER: N_("Clear note-taker")}[which]
        with self.ctx.change(label, session_id=session_id) as unit:
            unit.delete("meeting_role", existing[0].id)
        return self.done(unit)

    def mark_left(self, attendee_id: int, on: date | str) -> ChangeSet:
        """Someone has left the group. Their actions stay theirs and are flagged for review."""
        person = self.read.attendee(attendee_id)
        when = validate.iso_date(on, N_("The date they left"))
        with self.ctx.change(Said.of(N_("%(name)s has left the group"), name=person.name)) as unit:
            unit.update("attendee", attendee_id, left_group_on=when.isoformat())
        return self.done(unit)

    def set_keep_for_next(self, attendee_id: int, keep: bool, *,
                          initiator: Initiator = Initiator.CONSOLE) -> ChangeSet:
        """The person agrees (or no longer agrees) to their details going into a later programme."""
        person = self.read.attendee(attendee_id)
        with self.ctx.change(Said.of(N_("Update %(name)s's choices"), name=person.name), initiator=initiator,
                             undoable=initiator == Initiator.CONSOLE) as unit:
            consent_log.record_choice(  # before the change, so the history sees what it was
                unit, attendee_id, "keep_for_next", bool(keep), at=self.ctx.now(),
                via=HeardVia.PHONE if initiator == Initiator.PHONE else HeardVia.CONSOLE)
            unit.update("attendee", attendee_id, keep_for_next=int(bool(keep)))
        return self.done(unit)


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise ValidationError(N_("The roles are chair, timekeeper and note-taker."),
                              field="role") from None
