"""Read-only queries for outcomes: what became of what the room said.

Works on the writer's connection or a read-only one (exports, the phone server). Whether an
outcome's words may leave the room is decided here, from the source as it stands now: a note
since held back, a "what I heard" note about a story kept in the room, or a story now kept in
the room makes the outcome room-only (`shareable=False`); exports then leave it out.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from coprod_desktop.clock import parse_iso
from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.domain.outcomes import (
    Link,
    LinkKind,
    Outcome,
    OutcomeEvent,
    OutcomeStatus,
    SourceKind,
    since_last_time,
)
from coprod_desktop.domain.rapid_tests import Decision, TestStage
from coprod_desktop.store.database import Queries

Row = dict[str, Any]


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class OutcomesReader:
    def __init__(self, db: Queries) -> None:
        self.db = db

    def available(self) -> bool:
        return "outcome" in self.db.table_names()

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[Row]:
        return [dict(r) for r in self.db.query(sql, params or [])]

    # -- outcomes -------------------------------------------------------------------------------
    def outcomes(self, *, shareable_only: bool = False) -> list[Outcome]:
        """Every outcome, oldest first (by the meeting it was raised at, then as marked)."""
        if not self.available():
            return []
        rows = self._rows(
            "SELECT outcome.*, session.date AS raised_on FROM outcome "
            "LEFT JOIN session ON session.id = outcome.raised_session_id "
            "ORDER BY COALESCE(session.date, outcome.created_at), outcome.id")
        links = self._links()
        private = self._kept_in_room()
        out = [_outcome(r, links.get(int(r["id"]), ()),
                        (r["source_kind"], r["source_id"]) not in private) for r in rows]
        return [o for o in out if o.shareable] if shareable_only else out

    def outcome(self, outcome_id: int) -> Outcome:
        for found in self.outcomes():
            if found.id == outcome_id:
                return found
        raise NotFoundError("That outcome is no longer in this programme.")

    def for_source(self, kind: SourceKind | str, source_id: int) -> Outcome | None:
        return next((o for o in self.outcomes()
                     if o.source.value == str(kind) and o.source_id == source_id), None)

    def events(self, outcome_id: int | None = None, *, kind: str | None = None
               ) -> list[OutcomeEvent]:
        if not self.available():
            return []
        conditions: list[str] = []
        args: list[object] = []
        if outcome_id:
            conditions.append("outcome_event.outcome_id = ?")
            args.append(outcome_id)
        if kind:
            conditions.append("outcome_event.kind = ?")
            args.append(kind)
        where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
        return [OutcomeEvent(
            id=r["id"], outcome_id=r["outcome_id"], meeting_id=r["meeting_id"],
            status=OutcomeStatus(r["status"]), kind=r["kind"], detail=r["detail"] or "",
            at=parse_iso(r["created_at"]), on=_date(r["on_date"])) for r in self._rows(
            "SELECT outcome_event.*, session.date AS on_date FROM outcome_event "
            f"LEFT JOIN session ON session.id = outcome_event.meeting_id {where} "
            "ORDER BY outcome_event.created_at, outcome_event.id", args)]

    def previous_meeting_on(self, session_id: int | None) -> date | None:
        """The date of the meeting before this one (None: this is the first, or no session)."""
        if session_id is None:
            return None
        found = self._rows(
            "SELECT b.date FROM session a JOIN session b ON (b.date < a.date OR (b.date = a.date "
            "AND b.starts_at < a.starts_at)) WHERE a.id = ? ORDER BY b.date DESC, b.starts_at DESC "
            "LIMIT 1", [session_id])
        return _date(found[0]["date"]) if found else None

    def since_last_time(self, session_id: int | None, *, shareable_only: bool = True
                        ) -> list[Outcome]:
        """What moved since the meeting before `session_id` (None: everything decided so far)."""
        return since_last_time(self.outcomes(shareable_only=shareable_only),
                               self.events(kind="status"), self.previous_meeting_on(session_id))

    def review_list(self, meeting_id: int) -> list[Outcome]:
        """Outcomes a meeting looks at: still open, or settled at this meeting."""
        settled_here = {e.outcome_id for e in self.events(kind="status")
                        if e.meeting_id == meeting_id}
        return [o for o in self.outcomes() if o.open or o.id in settled_here]

    # -- sources ----------------------------------------------------------------------------
    def source_text(self, kind: SourceKind, source_id: int) -> tuple[str, int | None]:
        """The words to start from and the session, for marking something to come back to.

        A story gives no words (its consent may keep it in the room): the facilitator writes
        what was raised in their own words.
        """
        sql = {
            SourceKind.NOTE: "SELECT text AS words, session_id FROM note WHERE id = ?",
            SourceKind.CLUSTER: "SELECT title AS words, session_id FROM cluster WHERE id = ?",
            SourceKind.STORY: "SELECT '' AS words, session_id FROM story WHERE id = ?",
            SourceKind.QUESTION: "SELECT text AS words, session_id FROM phone_question WHERE id = ?",
            SourceKind.POLL: "SELECT '' AS words, session_id FROM vote_round WHERE id = ?",
        }[kind]
        found = self._rows(sql, [source_id])
        if not found:
            raise NotFoundError(f"{kind.label} is no longer in this programme.")
        return found[0]["words"] or "", found[0]["session_id"]

    def sources(self, session_id: int) -> list[tuple[SourceKind, int, str]]:
        """What a session raised that could be marked: (kind, id, words to show the facilitator).

        Already-marked items are left out. Open votes are left out (their result is not known).
        """
        tables = set(self.db.table_names())
        marked = {(o.source, o.source_id) for o in self.outcomes()}
        found: list[tuple[SourceKind, int, str]] = []
        queries = [
            (SourceKind.NOTE, "SELECT id, text AS words FROM note WHERE session_id = ? "
                              "AND story_id IS NULL ORDER BY id", "note"),
            (SourceKind.CLUSTER, "SELECT id, title AS words FROM cluster WHERE session_id = ? "
                                 "AND title NOT LIKE 'What we heard:%' ORDER BY id", "cluster"),
            (SourceKind.STORY, "SELECT id, CASE WHEN title = '' THEN 'Story ' || position "
                               "ELSE title END AS words FROM story WHERE session_id = ? "
                               "ORDER BY position, id", "story"),
            (SourceKind.QUESTION, "SELECT id, text AS words FROM phone_question "
                                  "WHERE session_id = ? ORDER BY id", "phone_question"),
            (SourceKind.POLL, "SELECT id, 'Vote ' || id || ' (closed)' AS words FROM vote_round "
                              "WHERE session_id = ? AND status = 'closed' ORDER BY id",
             "vote_round"),
        ]
        for kind, sql, table in queries:
            if table not in tables:
                continue
            for r in self._rows(sql, [session_id]):
                if (kind, int(r["id"])) not in marked:
                    found.append((kind, int(r["id"]), r["words"] or ""))
        return found

    def _kept_in_room(self) -> set[tuple[str, int]]:
        tables = set(self.db.table_names())
        kept: set[tuple[str, int]] = set()
        kept |= {("note", int(r["id"])) for r in self._rows(
            "SELECT id FROM note WHERE held_back = 1 OR story_id IS NOT NULL AND id IN ("
            "SELECT note.id FROM note JOIN story ON story.id = note.story_id "
            "JOIN attendee ON attendee.id = story.teller_id "
            "WHERE story.consent = 'room' OR attendee.words = 'room')")}
        if "story" in tables:
            kept |= {("story", int(r["id"])) for r in self._rows(
                "SELECT story.id FROM story JOIN attendee ON attendee.id = story.teller_id "
                "WHERE story.consent = 'room' OR attendee.words = 'room'")}
            kept |= {("story", int(r["id"])) for r in self._rows(
                "SELECT outcome.source_id AS id FROM outcome WHERE source_kind = 'story' AND "
                "source_id NOT IN (SELECT id FROM story)")}
        return kept

    def _links(self) -> dict[int, tuple[Link, ...]]:
        actions = {int(r["id"]): r for r in self._rows("SELECT id, what, status FROM action")}
        tests = {int(r["id"]): r for r in self._rows(
            "SELECT id, title, stage, decision FROM rapid_test")}
        out: dict[int, list[Link]] = {}
        for r in self._rows("SELECT * FROM outcome_link ORDER BY kind, target_id"):
            kind = LinkKind(r["kind"])
            target = int(r["target_id"])
            if kind is LinkKind.ACTION:
                a = actions.get(target)
                link = Link(kind, target, a["what"] if a else "",
                            str(a["status"]).capitalize() if a else "")
            else:
                t = tests.get(target)
                state = ""
                if t:
                    state = Decision(t["decision"]).label if t["decision"] else \
                        TestStage(t["stage"]).label
                link = Link(kind, target, t["title"] if t else "", state)
            out.setdefault(int(r["outcome_id"]), []).append(link)
        return {k: tuple(v) for k, v in out.items()}


def _outcome(r: Row, links: tuple[Link, ...], shareable: bool) -> Outcome:
    return Outcome(
        id=r["id"], source=SourceKind(r["source_kind"]), source_id=r["source_id"], said=r["said"],
        status=OutcomeStatus(r["status"]), what_happened=r["what_happened"] or "",
        passed_to=r["passed_to"] or "", reason=r["reason"] or "",
        raised_session_id=r["raised_session_id"], raised_on=_date(r.get("raised_on")),
        created_at=parse_iso(r["created_at"]), updated_at=parse_iso(r["updated_at"]),
        links=links, shareable=shareable)
