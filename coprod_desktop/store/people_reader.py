"""Read-only queries about people across the programme: their sessions and their consent history."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from coprod_desktop.clock import parse_iso
from coprod_desktop.domain.consent_history import ConsentEvent, ConsentKind, HeardVia
from coprod_desktop.domain.erasure import Erasure
from coprod_desktop.domain.person_file import (
    STORY_PLACES,
    OtherRecords,
    PersonFile,
    PhoneHeld,
    StoryHeld,
    TalkHeld,
    Visit,
    VoteHeld,
)
from coprod_desktop.domain.records import Attendee, Note, WordsUse
from coprod_desktop.domain.settings import HANDOUT_LANGUAGE
from coprod_desktop.store import rows
from coprod_desktop.store.database import Queries
from coprod_desktop.store.payments_reader import PaymentsReader
from coprod_desktop.store.person_links import references
from coprod_desktop.store.reader import Reader

# Tables the person file lays out itself; any other reference is listed as it is stored.
_SHOWN = frozenset({"attendance", "note", "vote", "phone_device", "consent_event", "claim",
                    "story", "round_turn", "speaking_segment"})

Row = dict[str, Any]


def consent_event(row: Row) -> ConsentEvent:
    return ConsentEvent(id=row["id"], attendee_id=row["attendee_id"], at=parse_iso(row["at"]),
                        choice=row["choice"], previous=row["previous"], value=row["value"],
                        kind=ConsentKind(row["kind"]), via=HeardVia(row["via"]),
                        note=row["note"] or "")


def erasure_row(row: Row) -> Erasure:
    return Erasure(id=row["id"], attendee_id=row["attendee_id"],
                   requested_at=parse_iso(row["requested_at"]),
                   confirmed_at=parse_iso(row["confirmed_at"]) if row["confirmed_at"] else None,
                   keep_contributions=bool(row["keep_contributions"]), summary=row["summary"])


def name_key(name: str) -> str:
    """How two spellings of one name are matched: case and spacing do not count."""
    return " ".join(name.casefold().split())


class PeopleReader(Reader):
    """The Reader, plus queries that span a person's whole programme."""

    def __init__(self, db: Queries) -> None:
        super().__init__(db)

    def people(self, *, include_erased: bool = True) -> list[Attendee]:
        found = self.attendees()
        return found if include_erased else [p for p in found if not p.erased]

    def consent_history(self, attendee_id: int) -> list[ConsentEvent]:
        """Oldest first."""
        return [consent_event(r) for r in self.db.query(
            "SELECT * FROM consent_event WHERE attendee_id = ? ORDER BY at, id", [attendee_id])]

    def erasures(self) -> list[Erasure]:
        return [erasure_row(r) for r in self.db.query("SELECT * FROM erasure ORDER BY id")]

    def withdrawals(self) -> list[ConsentEvent]:
        """Every withdrawal in the programme, latest first."""
        return [consent_event(r) for r in self.db.query(
            "SELECT * FROM consent_event WHERE kind = 'withdrawn' ORDER BY at DESC, id DESC")]

    def visits(self, attendee_id: int) -> list[Visit]:
        """The sessions the person came to, in date order."""
        sessions = {s.id: s for s in self.sessions()}
        found = []
        for row in self.db.query("SELECT * FROM attendance WHERE attendee_id = ?", [attendee_id]):
            session = sessions.get(row["session_id"])
            if session is None:
                continue
            payment = row.get("payment")
            found.append(Visit(session, rows.attendance(row), row.get("minutes"),
                               None if payment is None else bool(payment)))
        found.sort(key=lambda v: (v.session.date, v.session.starts_at, v.session.id))
        return found

    def session_counts(self) -> dict[int, int]:
        """How many sessions each person came to."""
        return {r["attendee_id"]: r["n"] for r in self.db.query(
            "SELECT attendee_id, count(*) AS n FROM attendance GROUP BY attendee_id")}

    def possible_duplicates(self) -> list[list[Attendee]]:
        """People who share a name (ignoring case and spacing): maybe one person signed in twice."""
        by_name: dict[str, list[Attendee]] = defaultdict(list)
        for person in self.people(include_erased=False):
            by_name[name_key(person.name)].append(person)
        return [sorted(group, key=lambda p: p.id) for _, group in sorted(by_name.items())
                if len(group) > 1]

    def notes_by(self, attendee_id: int) -> list[Note]:
        return [rows.note(r) for r in self.db.query(
            "SELECT * FROM note WHERE author_id = ? ORDER BY created_at, id", [attendee_id])]

    def votes_by(self, attendee_id: int) -> list[VoteHeld]:
        found = []
        for r in self.db.query(
                "SELECT vote.cast_at, vote_round.title, vote_round.target_kind, vote.target_id "
                "FROM vote JOIN vote_round ON vote_round.id = vote.round_id "
                "WHERE vote.voter_id = ? ORDER BY vote.cast_at, vote.id", [attendee_id]):
            table = "cluster" if r["target_kind"] == "cluster" else "note"
            column = "title" if table == "cluster" else "text"
            target = list(self.db.query(f"SELECT [{column}] AS t FROM [{table}] WHERE id = ?",
                                        [r["target_id"]]))
            found.append(VoteHeld(r["title"] or "Dot vote",
                                  target[0]["t"] if target else "(since removed)",
                                  parse_iso(r["cast_at"])))
        return found

    def phones_of(self, attendee_id: int) -> list[PhoneHeld]:
        return [PhoneHeld(parse_iso(r["created_at"]),
                          parse_iso(r["seen_at"]) if r["seen_at"] else None)
                for r in self.db.query("SELECT created_at, seen_at FROM phone_device "
                                       "WHERE attendee_id = ? ORDER BY id", [attendee_id])]

    def stories_by(self, attendee_id: int) -> list[StoryHeld]:
        if "story" not in self.db.table_names():
            return []
        titles = {s.id: s.title for s in self.sessions()}
        found = []
        for r in self.db.query("SELECT * FROM story WHERE teller_id = ? ORDER BY id",
                               [attendee_id]):
            try:
                words = WordsUse(r["consent"]).label
            except ValueError:
                words = r["consent"]
            found.append(StoryHeld(titles.get(r["session_id"], ""), r["title"] or "", words,
                                   STORY_PLACES.get(r["status"], r["status"]),
                                   parse_iso(r["started_at"]) if r["started_at"] else None))
        return found

    def talk_of(self, attendee_id: int) -> list[TalkHeld]:
        """Turns in rounds and closed stretches on the floor, per session, in date order."""
        names = set(self.db.table_names())
        if not {"round_turn", "speaking_segment"} <= names:
            return []
        per: dict[int, list[float]] = {}
        for r in self.db.query(
                "SELECT session_id, count(*) AS n, total(duration_s) AS s FROM round_turn "
                "WHERE attendee_id = ? AND status IN ('done', 'passed') GROUP BY session_id",
                [attendee_id]):
            per.setdefault(r["session_id"], [0, 0.0, 0.0])[:2] = [r["n"], r["s"]]
        for r in self.db.query("SELECT session_id, started_at, ended_at FROM speaking_segment "
                               "WHERE attendee_id = ? AND ended_at IS NOT NULL", [attendee_id]):
            seconds = (parse_iso(r["ended_at"]) - parse_iso(r["started_at"])).total_seconds()
            per.setdefault(r["session_id"], [0, 0.0, 0.0])[2] += max(0.0, seconds)
        found = []
        for session in self.sessions():
            if session.id in per:
                turns, turn_s, floor_s = per[session.id]
                found.append(TalkHeld(session.title, int(turns), turn_s, floor_s))
        return found

    def other_records(self, attendee_id: int) -> list[OtherRecords]:
        found = []
        for table, column in references(self.db):
            if table in _SHOWN:
                continue
            held = [dict(r) for r in self.db.query(
                f"SELECT * FROM [{table}] WHERE [{column}] = ? ORDER BY id", [attendee_id])]
            if held:
                found.append(OtherRecords(table, held))
        return found

    def person_file(self, attendee_id: int) -> PersonFile:
        """Everything the file holds about the person (raises NotFoundError if not there)."""
        return PersonFile(
            person=self.attendee(attendee_id), history=self.consent_history(attendee_id),
            visits=self.visits(attendee_id), notes=self.notes_by(attendee_id),
            votes=self.votes_by(attendee_id), phones=self.phones_of(attendee_id),
            claims=PaymentsReader(self.db).claims(attendee_id=attendee_id),
            stories=self.stories_by(attendee_id), talk=self.talk_of(attendee_id),
            other=self.other_records(attendee_id),
            session_titles={s.id: s.title for s in self.sessions()},
            more_choices=self.more_choices(attendee_id),
            language=self.setting(HANDOUT_LANGUAGE))

    def more_choices(self, attendee_id: int) -> dict[str, str]:
        """Yes/no choices other features keep on the person's row (a later programme's)."""
        if "keep_for_next" not in self.db.columns("attendee"):
            return {}
        row = next(iter(self.db.query("SELECT keep_for_next FROM attendee WHERE id = ?",
                                      [attendee_id])), {})
        return {"keep_for_next": "yes" if row.get("keep_for_next") else "no"}
