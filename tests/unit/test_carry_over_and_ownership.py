"""Pure rules: which actions a meeting reviews, and how much of the running the group holds."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from coprod_desktop.domain.actions import (
    Action,
    ActionReview,
    ActionSource,
    ActionStatus,
    Owner,
    ReviewOutcome,
)
from coprod_desktop.domain.records import Session
from coprod_desktop.domain.roles import Holder, MeetingRole, Role
from coprod_desktop.facilitation.action_review import review_list
from coprod_desktop.facilitation.ownership import ownership

T0 = datetime(2026, 9, 1, tzinfo=UTC)


def meeting(sid: int, on: str) -> Session:
    return Session(sid, f"Meeting {sid}", "meeting", date.fromisoformat(on), "Hall", time(18),
                   time(19, 30), T0)


M1, M2, M3 = meeting(1, "2026-09-29"), meeting(2, "2026-10-13"), meeting(3, "2026-10-27")


def action(aid: int, raised: Session | None, due: str | None, status: str = "open",
           closed: int | None = None, owner: Owner | None = None) -> Action:
    return Action(aid, f"Action {aid}", owner or Owner(1, name="Priya"),
                  date.fromisoformat(due) if due else None, ActionStatus(status),
                  ActionSource.MANUAL, None, "", raised.id if raised else None,
                  raised.date if raised else None, T0, T0, closed)


def test_open_actions_from_earlier_meetings_come_forward_with_overdue_first() -> None:
    actions = [action(1, M1, "2026-10-20"), action(2, M1, "2026-10-06"),
               action(3, M2, "2026-10-20"), action(4, M1, "2026-10-01", "done", closed=2)]
    items = review_list(M2, actions, [], [M1, M2, M3])
    assert [i.action.id for i in items] == [2, 1, 4]  # 3 was raised at this meeting
    assert items[0].overdue and items[0].days_overdue == 7
    assert items[0].flags == ["Overdue by 7 days"]
    assert not items[1].overdue
    assert items[2].action.status is ActionStatus.DONE  # closed here, still listed here
    later = review_list(M3, actions, [], [M1, M2, M3])
    assert [i.action.id for i in later] == [2, 1, 3]  # closed at meeting 2: gone by meeting 3


def test_carried_count_and_outcome_here() -> None:
    actions = [action(1, M1, "2026-10-06")]
    reviews = [ActionReview(1, 1, 2, ReviewOutcome.CARRIED, date(2026, 10, 6),
                            date(2026, 10, 20), T0),
               ActionReview(2, 1, 3, ReviewOutcome.CARRIED, None, None, T0)]
    at_3 = review_list(M3, actions, reviews, [M1, M2, M3])[0]
    assert at_3.times_carried == 1 and at_3.outcome_here is ReviewOutcome.CARRIED
    assert "Carried once before" in at_3.flags


def test_owner_who_left_is_kept_and_flagged() -> None:
    gone = Owner(7, name="Dave H", left_group=True)
    item = review_list(M2, [action(1, M1, None, owner=gone)], [], [M1, M2])[0]
    assert item.action.owner.label == "Dave H (has left the group)"
    assert item.flags == ["Owner has left the group"]
    org = Owner(None, organisation="Ashbrook Council", name="Ashbrook Council")
    assert org.label == "Ashbrook Council"


def test_action_typed_in_by_hand_comes_forward_by_its_date() -> None:
    typed = Action(9, "Ring the school", Owner(None, "Council", "Council"), None,
                   ActionStatus.OPEN, ActionSource.MANUAL, None, "", None, None,
                   datetime(2026, 10, 1, 12, tzinfo=UTC), T0, None)
    assert [i.action.id for i in review_list(M2, [typed], [], [M1, M2])] == [9]
    assert review_list(M1, [typed], [], [M1, M2]) == []


def role(rid: int, sid: int, r: Role, member: bool) -> MeetingRole:
    return MeetingRole(rid, sid, r, Holder.MEMBER if member else Holder.FACILITATOR,
                       10 if member else None, "Priya" if member else "Facilitator")


def test_ownership_per_meeting_and_trend() -> None:
    roles = [role(1, 1, Role.CHAIR, False), role(2, 1, Role.TIMEKEEPER, False),
             role(3, 1, Role.NOTETAKER, False),
             role(4, 2, Role.CHAIR, False), role(5, 2, Role.TIMEKEEPER, True),
             role(6, 2, Role.NOTETAKER, True),
             role(7, 3, Role.CHAIR, True), role(8, 3, Role.TIMEKEEPER, True),
             role(9, 3, Role.NOTETAKER, True)]
    trend = ownership([M3, M1, M2], roles)
    assert [(m.session_id, m.by_members, m.recorded) for m in trend.meetings] == [
        (1, 0, 3), (2, 2, 3), (3, 3, 3)]
    assert trend.meetings[1].member_roles == (Role.TIMEKEEPER, Role.NOTETAKER)
    assert trend.slope_points is not None and round(trend.slope_points, 1) == 50.0
    assert trend.summary() == ("At the latest meeting group members held 3 of 3 roles, 0 of 3 at "
                               "the first: the group is running more of its meetings.")


def test_ownership_with_gaps_and_nothing_recorded() -> None:
    empty = ownership([M1, M2], [])
    assert [m.share for m in empty.meetings] == [None, None] and empty.slope_points is None
    assert empty.summary().startswith("No roles recorded yet")
    partial = ownership([M1, M2, M3], [role(1, 2, Role.CHAIR, True)], until=date(2026, 10, 20))
    assert [m.session_id for m in partial.meetings] == [1, 2]
    assert partial.meetings[1].share == 1.0
    assert partial.summary() == "At the latest meeting group members held 1 of 1 roles."
