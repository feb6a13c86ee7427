"""Ownership figures: how much of the running of each meeting the group took on.

Each meeting has three roles (chair, timekeeper, note-taker). The share for a meeting is the roles
held by group members out of the roles recorded; the trend is the straight line that fits the
shares best, in percentage points per meeting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from coprod_desktop.domain.records import Session
from coprod_desktop.domain.roles import MeetingRole, Role
from coprod_desktop.i18n import _


@dataclass(frozen=True, slots=True)
class MeetingOwnership:
    session_id: int
    title: str
    on: date
    day: int | None
    recorded: int  # roles recorded for the meeting (0 to 3)
    by_members: int
    member_roles: tuple[Role, ...]

    @property
    def share(self) -> float | None:
        return self.by_members / self.recorded if self.recorded else None


@dataclass(frozen=True, slots=True)
class OwnershipTrend:
    meetings: tuple[MeetingOwnership, ...]
    slope_points: float | None  # change in share per meeting, in percentage points

    @property
    def recorded(self) -> list[MeetingOwnership]:
        return [m for m in self.meetings if m.recorded]

    def summary(self) -> str:
        done = self.recorded
        if not done:
            return _("No roles recorded yet: note who chaired, kept time and took notes.")
        first, last = done[0], done[-1]
        now = _("At the latest meeting group members held {held} of {roles} roles").format(
            held=last.by_members, roles=last.recorded)
        if len(done) == 1:
            return now + "."
        was = _("{held} of {roles} at the first").format(held=first.by_members,
                                                         roles=first.recorded)
        if self.slope_points is None or abs(self.slope_points) < 1:
            return _("{now}; {was}. Much the same so far.").format(now=now, was=was)
        if self.slope_points > 0:
            return _("{now}, {was}: the group is running more of its meetings.").format(
                now=now, was=was)
        return _("{now}, {was}: the group is running less of its meetings.").format(now=now,
                                                                                   was=was)


def ownership(sessions: Sequence[Session], roles: Sequence[MeetingRole], *,
              until: date | None = None, day_of: dict[int, int] | None = None) -> OwnershipTrend:
    """Figures for each meeting (in date order) up to `until`, and the trend across them.

    Team meetings count even with no roles recorded (they show as a gap); other sessions count
    only when someone recorded roles for them.
    """
    by_session: dict[int, list[MeetingRole]] = {}
    for r in roles:
        by_session.setdefault(r.session_id, []).append(r)
    meetings = []
    for s in sorted(sessions, key=lambda s: (s.date, s.starts_at, s.id)):
        held = by_session.get(s.id, [])
        if (not held and s.kind != "meeting") or (until is not None and s.date > until):
            continue
        members = tuple(r.role for r in held if r.by_member)
        meetings.append(MeetingOwnership(s.id, s.title, s.date, (day_of or {}).get(s.id),
                                         len(held), len(members), members))
    return OwnershipTrend(tuple(meetings), _slope([m.share for m in meetings]))


def _slope(shares: Sequence[float | None]) -> float | None:
    points = [(i, s * 100) for i, s in enumerate(shares) if s is not None]
    if len(points) < 2:
        return None
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    var = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / var if var else None
