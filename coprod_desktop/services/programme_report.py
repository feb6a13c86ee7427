"""Read-only summaries of the 100-day programme, for the home view, the projector and the PDF.

Each function takes a database connection (the writer's, or a read-only one from
`ProgrammeFile.read_connection()` in a worker thread) and the current instant. None of them write.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from coprod_desktop.domain.actions import Action, ActionReview, ActionStatus
from coprod_desktop.domain.rapid_tests import (
    Decision,
    RapidTest,
    TestEvent,
    TestEventKind,
    TestStage,
)
from coprod_desktop.domain.records import Session
from coprod_desktop.domain.roles import MeetingRole
from coprod_desktop.facilitation.ownership import OwnershipTrend, ownership
from coprod_desktop.facilitation.programme_calendar import DayCount, ProgrammeCalendar
from coprod_desktop.facilitation.timeline import Timeline, build_timeline
from coprod_desktop.i18n import _
from coprod_desktop.store.database import Queries
from coprod_desktop.store.levelling_reader import LevellingReader
from coprod_desktop.store.programme_reader import ProgrammeReader
from coprod_desktop.store.reader import Reader

if TYPE_CHECKING:  # imported where used: the home view draws without them (issue 18)
    from coprod_desktop.facilitation.action_review import ReviewItem


def programme_calendar(db: Queries) -> ProgrammeCalendar | None:
    return ProgrammeCalendar.from_settings(ProgrammeReader(db).calendar_settings())


def programme_focus(db: Queries) -> str:
    """What the programme works on: the programme's own focus, or else the focus the room chose
    at the latest session that chose one (the discovery workshop's vote, on the board)."""
    programme = Reader(db).programme()
    if programme.focus:
        return programme.focus
    found = list(db.query("SELECT focus FROM session WHERE focus != '' "
                          "ORDER BY date DESC, starts_at DESC, id DESC LIMIT 1"))
    return found[0]["focus"] if found else ""


def programme_timeline(db: Queries, now: datetime) -> Timeline | None:
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


def action_report(db: Queries, now: datetime) -> ActionReport:
    plan = ProgrammeReader(db)
    cal = programme_calendar(db)
    today = cal.local_date(now) if cal else now.date()
    return ActionReport(tuple(plan.actions()), tuple(plan.action_reviews()), today)


def meeting_review(db: Queries, session_id: int) -> list[ReviewItem]:
    """The 'review actions' list for one meeting: open actions carried forward, overdue first."""
    from coprod_desktop.facilitation.action_review import review_list

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


def rapid_test_report(db: Queries) -> RapidTestReport:
    plan = ProgrammeReader(db)
    return RapidTestReport(tuple(plan.rapid_tests()), tuple(plan.test_events()))


@dataclass(frozen=True)
class OwnershipReport:
    trend: OwnershipTrend
    roles: tuple[MeetingRole, ...]
    sessions: tuple[Session, ...]


def ownership_report(db: Queries, now: datetime) -> OwnershipReport:
    """Who held the roles at each meeting up to today, and the trend across the programme."""
    reader, plan = Reader(db), ProgrammeReader(db)
    cal = programme_calendar(db)
    sessions = reader.sessions()
    roles = plan.roles()
    today = cal.local_date(now) if cal else now.date()
    days = {s.id: cal.day_of(s.date) for s in sessions} if cal else {}
    return OwnershipReport(ownership(sessions, roles, until=today, day_of=days), tuple(roles),
                           tuple(sessions))


@dataclass(frozen=True)
class Quote:
    """Words that may be shared, and where they came from (`by` names a teller only if allowed)."""

    text: str
    by: str


@dataclass(frozen=True)
class CelebrationFigures:
    day_label: str
    title: str  # the celebration's name, or the programme's title
    tests_adopted: tuple[RapidTest, ...]
    tests_adapted: tuple[RapidTest, ...]
    tests_trying: tuple[RapidTest, ...]  # tried by then, not yet decided then
    tests_tried: int  # tests that got past planning
    actions_done: int
    people_involved: int
    meetings_held: int
    quotes: tuple[Quote, ...]


MAX_QUOTES = 4


def shared_quotes(db: Queries, until: date, limit: int = MAX_QUOTES) -> tuple[Quote, ...]:
    """What listeners heard in stories their tellers allowed to be shared, newest first, up to
    `until`. The story reader applies each teller's choice (never a room-only story; a name only
    for a story shared with a name by someone who agreed to be named)."""
    dates = {s.id: s.date for s in Reader(db).sessions()}
    per_story: list[list[Quote]] = []
    for story in reversed(LevellingReader(db).stories_for_export()):
        if dates.get(story.session_id, date.max) > until:
            continue
        about = _("on ‘{title}’").format(title=story.title) if story.title else _("on a story")
        by = (_("{about}, told by {name}").format(about=about, name=story.teller_name)
              if story.teller_name else about)
        per_story.append([Quote(text, by) for text in story.heard if text.strip()])
    out: list[Quote] = []
    for turn in range(max((len(q) for q in per_story), default=0)):  # one from each story first
        out += [quotes[turn] for quotes in per_story if turn < len(quotes)]
    return tuple(out[:limit])


def celebration_figures(db: Queries, now: datetime, session_id: int | None = None,
                        quotes: tuple[Quote, ...] | None = None) -> CelebrationFigures:
    """What the group had achieved by a celebration session's day (or by `now`): only what was
    decided or done by then counts, so the day-50 screen shows day 50 even when opened later."""
    reader, plan = Reader(db), ProgrammeReader(db)
    cal = programme_calendar(db)
    session = reader.session(session_id) if session_id is not None else None

    def local(when: datetime) -> date:
        return cal.local_date(when) if cal else when.date()

    until = session.date if session else local(now)
    day_label = ""
    if cal is not None:
        day_label = (DayCount(cal.day_of(session.date), cal.length, session.date).label
                     if session else cal.count_at(now).label)
    dates = {s.id: s.date for s in reader.sessions()}
    held = [s for s in reader.sessions() if s.kind in ("meeting", "celebration") and
            (s.date < until or (session is not None and s.id == session.id))]

    def event_day(e: TestEvent) -> date:
        return e.meeting_on or local(e.created_at)

    events = plan.test_events()
    tried = {e.test_id for e in events if e.kind is TestEventKind.ADVANCED
             and e.stage is TestStage.DO and event_day(e) <= until}
    state: dict[int, Decision | None] = {}  # each test's decision as it stood on `until`
    stage: dict[int, TestStage] = {}  # and its stage then
    for e in events:
        if event_day(e) > until:
            continue
        stage[e.test_id] = e.stage
        if e.kind is TestEventKind.DECIDED and e.detail:
            state[e.test_id] = Decision(e.detail)
        elif e.kind is TestEventKind.REOPENED:
            state[e.test_id] = None
    everything = plan.rapid_tests()
    trying = [t for t in everything if state.get(t.id) is None
              and stage.get(t.id) in (TestStage.DO, TestStage.STUDY, TestStage.ACT)]
    people = {r["attendee_id"] for r in db.query(
        "SELECT DISTINCT attendee_id FROM attendance JOIN session ON session.id = session_id "
        "WHERE session.date <= ?", [until.isoformat()])}

    def closed_by(a: Action) -> date:
        if a.closed_meeting_id in dates:
            return dates[a.closed_meeting_id or -1]
        return local(a.closed_at) if a.closed_at else date.max

    done = [a for a in plan.actions() if a.status is ActionStatus.DONE and closed_by(a) <= until]
    return CelebrationFigures(
        day_label=day_label,
        title=session.title if session else reader.programme().title,
        tests_adopted=tuple(t for t in everything if state.get(t.id) is Decision.ADOPT),
        tests_adapted=tuple(t for t in everything if state.get(t.id) is Decision.ADAPT),
        tests_trying=tuple(trying), tests_tried=len(tried), actions_done=len(done),
        people_involved=len(people), meetings_held=len(held),
        quotes=shared_quotes(db, until) if quotes is None else quotes)
