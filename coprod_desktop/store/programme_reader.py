"""Read-only queries over the programme tables (calendar, milestones, actions, tests, roles).

Works on the writer's connection or a read-only one, so the PDF export can use it off the GUI
thread. Column names live here and in `rows.py` only.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from coprod_desktop.clock import parse_iso
from coprod_desktop.domain.actions import (
    Action,
    ActionReview,
    ActionSource,
    ActionStatus,
    Owner,
    ReviewOutcome,
)
from coprod_desktop.domain.calendar import (
    CalendarSettings,
    MeetingPattern,
    Milestone,
    MilestoneKind,
)
from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.domain.rapid_tests import (
    Decision,
    RapidTest,
    TestEvent,
    TestEventKind,
    TestPlan,
    TestStage,
)
from coprod_desktop.domain.roles import Holder, MeetingRole, Role
from coprod_desktop.store.database import Queries

Row = dict[str, Any]

_ACTION_SQL = """
SELECT action.*, attendee.name AS owner_name, attendee.left_group_on AS owner_left,
       attendee.id AS owner_found, session.date AS raised_on
FROM action
LEFT JOIN attendee ON attendee.id = action.owner_attendee_id
LEFT JOIN session ON session.id = action.raised_session_id
"""


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class ProgrammeReader:
    def __init__(self, db: Queries) -> None:
        self.db = db

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[Row]:
        return [dict(r) for r in self.db.query(sql, params or [])]

    # -- calendar ---------------------------------------------------------------------------
    def calendar_settings(self) -> CalendarSettings:
        found = self._rows("SELECT * FROM programme ORDER BY id LIMIT 1")
        if not found:
            raise NotFoundError("This file has no programme in it.")
        r = found[0]
        pattern = MeetingPattern(
            first_date=_date(r.get("meeting_first_date")),
            every_days=r.get("meeting_every_days") or 14,
            starts_at=time.fromisoformat(r.get("meeting_starts_at") or "18:00"),
            ends_at=time.fromisoformat(r.get("meeting_ends_at") or "19:30"),
            venue=r.get("meeting_venue") or "")
        return CalendarSettings(_date(r.get("start_date")), r.get("length_days") or 100,
                                r.get("time_zone") or "Europe/London", pattern)

    def milestones(self) -> list[Milestone]:
        return [_milestone(r) for r in
                self._rows("SELECT * FROM milestone ORDER BY on_date, id")]

    def milestone(self, milestone_id: int) -> Milestone:
        found = self._rows("SELECT * FROM milestone WHERE id = ?", [milestone_id])
        if not found:
            raise NotFoundError("That milestone is no longer in this programme.")
        return _milestone(found[0])

    # -- actions ----------------------------------------------------------------------------
    def actions(self, status: ActionStatus | None = None) -> list[Action]:
        where, params = ("WHERE action.status = ?", [status.value]) if status else ("", [])
        return [_action(r) for r in self._rows(
            f"{_ACTION_SQL} {where} ORDER BY action.due_date IS NULL, action.due_date, action.id",
            params)]

    def action(self, action_id: int) -> Action:
        found = self._rows(f"{_ACTION_SQL} WHERE action.id = ?", [action_id])
        if not found:
            raise NotFoundError("That action is no longer in this programme.")
        return _action(found[0])

    def action_reviews(self, action_id: int | None = None) -> list[ActionReview]:
        where, params = ("WHERE action_id = ?", [action_id]) if action_id else ("", [])
        return [ActionReview(r["id"], r["action_id"], r["meeting_id"], ReviewOutcome(r["outcome"]),
                             _date(r["due_before"]), _date(r["due_after"]),
                             parse_iso(r["created_at"]))
                for r in self._rows(f"SELECT * FROM action_review {where} ORDER BY id", params)]

    # -- rapid tests ------------------------------------------------------------------------
    def rapid_tests(self) -> list[RapidTest]:
        return [_test(r) for r in self._rows("SELECT * FROM rapid_test ORDER BY id")]

    def rapid_test(self, test_id: int) -> RapidTest:
        found = self._rows("SELECT * FROM rapid_test WHERE id = ?", [test_id])
        if not found:
            raise NotFoundError("That test is no longer in this programme.")
        return _test(found[0])

    def test_events(self, test_id: int | None = None) -> list[TestEvent]:
        where, params = ("WHERE test_id = ?", [test_id]) if test_id else ("", [])
        return [TestEvent(r["id"], r["test_id"], r["meeting_id"], TestEventKind(r["kind"]),
                          TestStage(r["stage"]), r["detail"] or "", parse_iso(r["created_at"]),
                          _date(r["meeting_on"]))
                for r in self._rows(
                    "SELECT rapid_test_event.*, session.date AS meeting_on FROM rapid_test_event "
                    f"LEFT JOIN session ON session.id = meeting_id {where} "
                    "ORDER BY rapid_test_event.id", params)]

    # -- roles and membership -----------------------------------------------------------------
    def roles(self, session_id: int | None = None) -> list[MeetingRole]:
        where, params = ("WHERE session_id = ?", [session_id]) if session_id else ("", [])
        return [MeetingRole(r["id"], r["session_id"], Role(r["role"]), Holder(r["holder"]),
                            r["attendee_id"],
                            "Facilitator" if r["holder"] == "facilitator"
                            else r["name"] or "A person no longer on the list")
                for r in self._rows(
                    "SELECT meeting_role.*, attendee.name FROM meeting_role LEFT JOIN attendee "
                    f"ON attendee.id = attendee_id {where} ORDER BY session_id, role", params)]

    def left_group(self) -> dict[int, date]:
        """People who have left the group, with the date they left."""
        return {r["id"]: date.fromisoformat(r["left_group_on"]) for r in self._rows(
            "SELECT id, left_group_on FROM attendee WHERE left_group_on IS NOT NULL")}

    def kept_for_next(self) -> set[int]:
        """People who agreed their details may be kept for a later programme."""
        return {r["id"] for r in self._rows("SELECT id FROM attendee WHERE keep_for_next = 1")}


def _milestone(r: Row) -> Milestone:
    return Milestone(r["id"], r["title"], MilestoneKind(r["kind"]), date.fromisoformat(r["on_date"]),
                     r["celebration_session_id"], r["note"] or "", parse_iso(r["created_at"]))


def _action(r: Row) -> Action:
    person = r["owner_attendee_id"]
    if person is not None:
        owner = Owner(person, "", r["owner_name"] or "", left_group=bool(r["owner_left"]),
                      missing=r["owner_found"] is None)
    else:
        owner = Owner(None, r["owner_org"] or "", r["owner_org"] or "")
    return Action(
        id=r["id"], what=r["what"], owner=owner, due=_date(r["due_date"]),
        status=ActionStatus(r["status"]), source=ActionSource(r["source_kind"]),
        source_id=r["source_id"], source_text=r["source_text"] or "",
        raised_session_id=r["raised_session_id"], raised_on=_date(r["raised_on"]),
        created_at=parse_iso(r["created_at"]), updated_at=parse_iso(r["updated_at"]),
        closed_meeting_id=r["closed_meeting_id"],
        closed_at=parse_iso(r["closed_at"]) if r["closed_at"] else None)


def _test(r: Row) -> RapidTest:
    return RapidTest(
        id=r["id"], title=r["title"], stage=TestStage(r["stage"]),
        plan=TestPlan(r["plan_what"] or "", r["plan_who"] or "", r["plan_where"] or "",
                      r["plan_when"] or "", r["plan_measure"] or ""),
        doing=r["doing"] or "", happened=r["happened"] or "", learned=r["learned"] or "",
        decision=Decision(r["decision"]) if r["decision"] else None,
        decision_reason=r["decision_reason"] or "", cycle=r["cycle"] or 1,
        idea_note_id=r["idea_note_id"], idea_text=r["idea_text"] or "", parent_id=r["parent_id"],
        created_session_id=r["created_session_id"], created_at=parse_iso(r["created_at"]),
        updated_at=parse_iso(r["updated_at"]))
