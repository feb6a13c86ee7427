"""Carry-over: which actions a meeting looks back at, and which are overdue.

An action raised at an earlier meeting (or typed in before this meeting's date) comes to every later
meeting until it is done or dropped. A meeting also keeps showing the actions it closed, so the
review list does not empty itself while the group works through it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from coprod_desktop.domain.actions import Action, ActionReview, ReviewOutcome
from coprod_desktop.domain.records import Session
from coprod_desktop.i18n import _, count


@dataclass(frozen=True, slots=True)
class ReviewItem:
    action: Action
    overdue: bool
    days_overdue: int
    times_carried: int  # how many earlier meetings carried it forward
    outcome_here: ReviewOutcome | None  # what this meeting decided, if it has looked at it yet

    @property
    def flags(self) -> list[str]:
        out = []
        if self.overdue:
            days = self.days_overdue
            out.append(count("Overdue by {n} day", "Overdue by {n} days", days))
        if self.action.owner.left_group:
            out.append(_("Owner has left the group"))
        if self.action.owner.missing:
            out.append(_("Owner no longer on the list"))
        if self.times_carried:
            out.append(count("Carried once before", "Carried {n} times before",
                             self.times_carried))
        return out


def raised_before(action: Action, meeting: Session) -> bool:
    if action.raised_session_id == meeting.id:
        return False
    if action.raised_on is not None:
        return action.raised_on < meeting.date
    return action.created_at.date() < meeting.date


def review_list(meeting: Session, actions: Sequence[Action], reviews: Sequence[ActionReview],
                sessions: Sequence[Session]) -> list[ReviewItem]:
    """The actions `meeting` should review, overdue ones first, then by due date."""
    dates = {s.id: s.date for s in sessions}
    items = []
    for action in actions:
        if not raised_before(action, meeting):
            continue
        closed_on = dates.get(action.closed_meeting_id or -1)
        if not action.open and action.closed_meeting_id != meeting.id and (
                closed_on is None or closed_on < meeting.date):
            continue
        mine = [r for r in reviews if r.action_id == action.id]
        carried = sum(1 for r in mine if r.outcome is ReviewOutcome.CARRIED
                      and r.meeting_id != meeting.id
                      and dates.get(r.meeting_id or -1, meeting.date) < meeting.date)
        here = [r for r in mine if r.meeting_id == meeting.id]
        late = (meeting.date - action.due).days if action.due else 0
        items.append(ReviewItem(action, action.open and late > 0, max(0, late), carried,
                                here[-1].outcome if here else None))
    items.sort(key=lambda i: (not i.action.open, not i.overdue, i.action.due or date.max,
                              i.action.id))
    return items


def overdue(actions: Sequence[Action], today: date) -> list[Action]:
    return [a for a in actions if a.overdue_on(today)]
