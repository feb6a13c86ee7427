"""Read-only queries for reach: venues, the equalities tallies and reference, where people came.

Equalities answers are tallies per session with no link to anyone; every figure made from them
goes through `domain.reach.figures`, which applies the small-numbers rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.reach import QuestionFigures, add_tallies, figures
from coprod_desktop.domain.venues import Venue, VenueKind
from coprod_desktop.store.database import Queries

Row = dict[str, Any]
NO_VENUE = "No venue set"


@dataclass(frozen=True, slots=True)
class PlaceReach:
    """How many sessions were held at a place (a venue or an area), and who came."""

    place: str
    area: str
    kind: str
    sessions: int
    visits: int  # sign-ins, counting a person once per session
    people: int  # different people
    groups: dict[Group, int]


class ReachReader:
    def __init__(self, db: Queries) -> None:
        self.db = db

    def available(self) -> bool:
        return "venue" in self.db.table_names()

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[Row]:
        return [dict(r) for r in self.db.query(sql, params or [])]

    # -- venues -------------------------------------------------------------------------------
    def venues(self) -> list[Venue]:
        if not self.available():
            return []
        return [Venue(r["id"], r["name"], r["area"], VenueKind(r["kind"]))
                for r in self._rows("SELECT * FROM venue ORDER BY name COLLATE NOCASE, id")]

    def venue_of(self, session_id: int) -> Venue | None:
        found = self._rows("SELECT venue.* FROM session JOIN venue ON venue.id = session.venue_id "
                           "WHERE session.id = ?", [session_id]) if self.available() else []
        return Venue(found[0]["id"], found[0]["name"], found[0]["area"],
                     VenueKind(found[0]["kind"])) if found else None

    def sessions_at(self, venue_id: int) -> list[int]:
        return [int(r["id"]) for r in self._rows(
            "SELECT id FROM session WHERE venue_id = ? ORDER BY date, starts_at", [venue_id])]

    # -- equalities ---------------------------------------------------------------------------
    def reference(self) -> dict[tuple[str, str], float]:
        if not self.available():
            return {}
        return {(r["question"], r["answer"]): float(r["percent"])
                for r in self._rows("SELECT * FROM equalities_reference")}

    def reference_source(self) -> str:
        if not self.available():
            return ""
        found = self._rows("SELECT reference_source FROM programme ORDER BY id LIMIT 1")
        return (found[0]["reference_source"] or "") if found else ""

    def tally(self, session_ids: list[int] | None = None) -> dict[str, dict[str, int]]:
        """question → answer → count over some sessions (None: the whole programme)."""
        sql = "SELECT session_id, question, answer, count FROM equalities_count"
        rows = self._rows(sql)
        wanted = None if session_ids is None else set(session_ids)
        return add_tallies([{r["question"]: {r["answer"]: int(r["count"])}}
                            for r in rows if wanted is None or r["session_id"] in wanted])

    def figures(self, session_ids: list[int] | None = None) -> list[QuestionFigures]:
        return figures(self.tally(session_ids), self.reference())

    def answered_sessions(self) -> list[int]:
        return [int(r["session_id"]) for r in self._rows(
            "SELECT DISTINCT session_id FROM equalities_count WHERE count > 0")]

    # -- where people came ---------------------------------------------------------------------
    def by_venue(self) -> list[PlaceReach]:
        return self._reach("venue")

    def by_area(self) -> list[PlaceReach]:
        return self._reach("area")

    def _reach(self, by: str) -> list[PlaceReach]:
        has_venues = self.available()
        venue_cols = "venue.name AS vname, venue.area AS varea, venue.kind AS vkind" if has_venues \
            else "NULL AS vname, NULL AS varea, NULL AS vkind"
        join = "LEFT JOIN venue ON venue.id = session.venue_id" if has_venues else ""
        rows = self._rows(
            f"SELECT session.id AS sid, {venue_cols}, attendance.attendee_id AS aid, "
            f"attendee.group_name AS grp FROM session {join} "
            "LEFT JOIN attendance ON attendance.session_id = session.id "
            "LEFT JOIN attendee ON attendee.id = attendance.attendee_id "
            "ORDER BY session.date, session.id")
        places: dict[str, dict[str, Any]] = {}
        for r in rows:
            if by == "venue":
                key = r["vname"] or NO_VENUE
                area, kind = r["varea"] or "", r["vkind"] or ""
            else:
                key = r["varea"] or ("No area set" if r["vname"] else NO_VENUE)
                area, kind = key, ""
            place = places.setdefault(key, {"area": area, "kind": kind, "sessions": set(),
                                            "visits": 0, "people": {}})
            place["sessions"].add(r["sid"])
            if r["aid"] is not None:
                place["visits"] += 1
                place["people"][r["aid"]] = Group(r["grp"]) if r["grp"] in \
                    {g.value for g in Group} else Group.OTHER
        out = []
        for key, p in places.items():
            groups: dict[Group, int] = {}
            for group in p["people"].values():
                groups[group] = groups.get(group, 0) + 1
            out.append(PlaceReach(key, p["area"], p["kind"], len(p["sessions"]), p["visits"],
                                  len(p["people"]), groups))
        return sorted(out, key=lambda p: (-p.people, p.place.casefold()))
