"""Actions and rapid tests as exports may show them.

An action's owner is named as consent allows (a person who did not agree to be named is
"Person 14 (parent or carer)"); an organisation is named as typed. The words of the note or story
an action came from are never exported: the action's own words say what is to be done, and the
note may since have been held back or belong to a story kept in the room.
"""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.domain.actions import Action, ActionStatus
from coprod_desktop.domain.rapid_tests import RapidTest
from coprod_desktop.export import consent
from coprod_desktop.export.text import isolate
from coprod_desktop.i18n import _
from coprod_desktop.store.programme_reader import ProgrammeReader
from coprod_desktop.store.reader import Reader


@dataclass(frozen=True)
class ActionLine:
    action: Action
    who: str  # as consent allows; "" if nobody yet

    @property
    def owner_kind(self) -> str:
        owner = self.action.owner
        if owner.attendee_id is not None:
            return "person"
        return "organisation" if owner.organisation else ""


def owner_label(reader: Reader, action: Action) -> str:
    owner = action.owner
    if owner.attendee_id is not None:
        if owner.missing:
            return _("A person no longer on the list")
        person = reader.attendee(owner.attendee_id)
        name = consent.display_name(person)
        return (_("{name} (has left the group)").format(name=isolate(name)) if owner.left_group
                else name)
    return owner.organisation


def actions(reader: Reader) -> list[ActionLine]:
    return [ActionLine(a, owner_label(reader, a)) for a in ProgrammeReader(reader.db).actions()]


@dataclass(frozen=True)
class SessionPlan:
    raised: list[ActionLine]  # actions agreed at this session
    closed: list[ActionLine]  # actions this session marked done or dropped
    tests: list[RapidTest]  # rapid tests planned at this session


def session_plan(reader: Reader, session_id: int) -> SessionPlan:
    every = actions(reader)
    raised = [a for a in every if a.action.raised_session_id == session_id]
    closed = [a for a in every if a.action.closed_meeting_id == session_id
              and a.action.status is not ActionStatus.OPEN]
    tests = [t for t in ProgrammeReader(reader.db).rapid_tests()
             if t.created_session_id == session_id]
    return SessionPlan(raised, closed, tests)
