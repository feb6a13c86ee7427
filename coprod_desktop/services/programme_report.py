"""Read-only summaries of the 100-day programme, for the home view, the projector and the PDF.

Each function takes a database connection (the writer's, or a read-only one from
`ProgrammeFile.read_connection()` in a worker thread) and the current instant. None of them write.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlite_utils import Database

from coprod_desktop.domain.actions import Action, ActionReview, ActionStatus
from coprod_desktop.domain.rapid_tests import Decision, RapidTest, TestEvent, TestStage
from coprod_desktop.domain.records import Session
from coprod_desktop.domain.roles import MeetingRole
from coprod_desktop.facilitation.action_review import ReviewItem, review_list
from coprod_desktop.facilitation.ownership import OwnershipTrend, ownership
from coprod_desktop.facilitation.programme_calendar import ProgrammeCalendar
from coprod_desktop.facilitation.timeline import Timeline, build_timeline
from coprod_desktop.store.programme_reader import ProgrammeReader
from coprod_desktop.store.reader import Reader


def programme_calendar(db: Database) -> ProgrammeCalendar | None:
    return ProgrammeCalendar.from_settings(ProgrammeReader(db).calendar_settings())


def programme_timeline(db: Database, now: datetime) -> Timeline | None:
    """Sessions, planned meetings and milestones in date order, today's day, what is next.
    None while the programme has no start date."""
    plan = ProgrammeReader(db)
    settings = plan.calendar_settings()
    cal = ProgrammeCalendar.from_settings(settings)
    if cal is None:
        return None
    return build_timeline(cal, settings.pattern, Reader(db).sessions(), plan.milestones(), now)


@dataclass(frozen=True)
class ActionReport:
    actions: tuple[Action, ...]
    reviews: tuple[ActionReview, ...]
    today: date

    def with_status(self, status: ActionStatus) -> list[Action]:
        return [a for a in self.actions if a.status is status]

    @property
    def overdue(self) -> list[Action]:
        return [a for a in self.actions if a.overdue_on(self.today)]

    @property
    def owners_left(self) -> list[Action]:
        return [a for a in self.actions if a.open and (a.owner.left_group or a.owner.missing)]

    def history(self, action_id: int) -> list[ActionReview]:
        return [r for r in self.reviews if r.action_id == action_id]


def action_report(db: Database, now: datetime) -> ActionReport:
    plan = ProgrammeReader(db)
    cal = programme_calendar(db)
    today = cal.local_date(now) if cal else now.date()
    return ActionReport(tuple(plan.actions()), tuple(plan.action_reviews()), today)


def meeting_review(db: Database, session_id: int) -> list[ReviewItem]:
    """The 'review actions' list for one meeting: open actions carried forward, overdue first."""
    reader, plan = Reader(db), ProgrammeReader(db)
    return review_list(reader.session(session_id), plan.actions(), plan.action_reviews(),
                       reader.sessions())


@dataclass(frozen=True)
class RapidTestReport:
    tests: tuple[RapidTest, ...]
    events: tuple[TestEvent, ...]

    def in_stage(self, stage: TestStage) -> list[RapidTest]:
        return [t for t in self.tests if t.stage is stage]

    def decided(self, decision: Decision) -> list[RapidTest]:
        return [t for t in self.tests if t.decision is decision]

    def history(self, test_id: int) -> list[TestEvent]:
        return [e for e in self.events if e.test_id == test_id]


def rapid_test_report(db: Database) -> RapidTestReport:
    plan = ProgrammeReader(db)
    return RapidTestReport(tuple(plan.rapid_tests()), tuple(plan.test_events()))


@dataclass(frozen=True)
class OwnershipReport:
    trend: OwnershipTrend
    roles: tuple[MeetingRole, ...]
    sessions: tuple[Session, ...]


def ownership_report(db: Database, now: datetime) -> OwnershipReport:
    """Who held the roles at each meeting up to today, and the trend across the programme."""
    reader, plan = Reader(db), ProgrammeReader(db)
    cal = programme_calendar(db)
    sessions = reader.sessions()
    roles = plan.roles()
    today = cal.local_date(now) if cal else now.date()
    days = {s.id: cal.day_of(s.date) for s in sessions} if cal else {}
    return OwnershipReport(ownership(sessions, roles, until=today, day_of=days), tuple(roles),
                           tuple(sessions))
