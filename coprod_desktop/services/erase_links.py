"""The records an erase reaches, table by table. Tables a file does not have are skipped, so
one erase works on files from before and after a feature landed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from coprod_desktop.domain.erasure import EraseChoices
from coprod_desktop.domain.invitations import name_key
from coprod_desktop.services.unit_of_work import UnitOfWork
from coprod_desktop.store.database import ProgrammeDatabase

NAMED = "named"


@dataclass(frozen=True)
class LiveTurns:
    """Where the person has the floor right now."""

    rounds: list[int]  # talk rounds in which it is their turn
    sessions: list[int]  # sessions where the speaking record has them talking
    stories: list[int]  # stories they are telling

    @property
    def any(self) -> bool:
        return bool(self.rounds or self.sessions or self.stories)


class LinkedRecords:
    def __init__(self, db: ProgrammeDatabase) -> None:
        self.db = db
        self.tables = set(db.table_names())

    def _has(self, table: str, column: str = "") -> bool:
        return table in self.tables and (not column or column in self.db[table].columns_dict)

    def count(self, table: str, column: str, attendee_id: int) -> int:
        if not self._has(table, column):
            return 0
        return int(self.db.execute(f"SELECT count(*) FROM [{table}] WHERE [{column}] = ?",
                                   [attendee_id]).fetchone()[0])

    def ids(self, table: str, column: str, attendee_id: int) -> list[int]:
        if not self._has(table, column):
            return []
        return [r["id"] for r in self.db.query(
            f"SELECT id FROM [{table}] WHERE [{column}] = ? ORDER BY id", [attendee_id])]

    def notes_others_voted_on(self, attendee_id: int) -> list[int]:
        return [r["id"] for r in self.db.query(
            "SELECT DISTINCT note.id FROM note JOIN vote ON vote.target_id = note.id "
            "JOIN vote_round ON vote_round.id = vote.round_id AND vote_round.target_kind = 'note' "
            "WHERE note.author_id = ? AND (vote.voter_id IS NULL OR vote.voter_id != ?)",
            [attendee_id, attendee_id])]

    def live_turns(self, attendee_id: int) -> LiveTurns:
        def ids(sql: str) -> list[int]:
            return [r["x"] for r in self.db.query(sql, [attendee_id])]

        rounds = ids("SELECT round_id AS x FROM round_turn WHERE attendee_id = ? "
                     "AND status = 'speaking'") if self._has("round_turn") else []
        sessions = ids("SELECT session_id AS x FROM speaking_segment WHERE attendee_id = ? "
                       "AND ended_at IS NULL") if self._has("speaking_segment") else []
        stories = ids("SELECT id AS x FROM story WHERE teller_id = ? AND status = 'telling'"
                      ) if self._has("story") else []
        return LiveTurns(rounds, sessions, stories)

    def _stories(self, attendee_id: int) -> list[dict[str, Any]]:
        if not self._has("story"):
            return []
        return [dict(r) for r in self.db.query(
            "SELECT id, consent, status FROM story WHERE teller_id = ? ORDER BY id",
            [attendee_id])]

    def plan_extras(self, attendee_id: int) -> dict[str, Any]:
        """What other features hold: stories, and whether they have the floor right now."""
        stories = self._stories(attendee_id)
        named = [s for s in stories if s["consent"] == NAMED or s["status"] == "waiting"]
        return {"stories_named": len(named), "stories_other": len(stories) - len(named),
                "speaking_now": self.live_turns(attendee_id).any,
                "actions": len(self.open_actions(attendee_id)),
                "invitations": len(self.invitations(attendee_id)),
                "roles": self.count("meeting_role", "attendee_id", attendee_id)}

    def invitations(self, attendee_id: int) -> list[int]:
        """Their rows on an invitation list (matched by name, as the list was)."""
        if not self._has("invitation"):
            return []
        found = list(self.db.query("SELECT name FROM attendee WHERE id = ?", [attendee_id]))
        if not found:
            return []
        key = name_key(str(found[0]["name"]))
        return [r["id"] for r in self.db.query("SELECT id, name FROM invitation ORDER BY id")
                if name_key(str(r["name"])) == key]

    def open_actions(self, attendee_id: int) -> list[int]:
        if not self._has("action", "owner_attendee_id"):
            return []
        return [r["id"] for r in self.db.query(
            "SELECT id FROM action WHERE owner_attendee_id = ? AND status = 'open' ORDER BY id",
            [attendee_id])]

    def before_erase(self, unit: UnitOfWork, attendee_id: int, choices: EraseChoices,
                     now: str) -> None:
        """Settle what other features hold about the person before their details go.

        They leave any session they are still signed in to, lower a raised hand, and leave the
        queue of any round whose turn has not come. Their open actions go to the organisation
        the facilitator named, or stay open with no owner; finished ones stay, without a name.
        Stories told with their name go (as do any not yet told); others stay without a name
        unless the facilitator chose otherwise. Other people's "what I heard" notes stay on the
        board, no longer linked to a story.
        """
        for row in list(self.db.query("SELECT id FROM attendance WHERE attendee_id = ? "
                                      "AND signed_out_at IS NULL", [attendee_id])):
            unit.update("attendance", row["id"], signed_out_at=now)
        if self._has("hand"):
            for row in list(self.db.query("SELECT id FROM hand WHERE attendee_id = ? "
                                          "AND lowered_at IS NULL", [attendee_id])):
                unit.update("hand", row["id"], lowered_at=now, outcome="withdrawn")
        if self._has("round_turn"):
            for row in list(self.db.query("SELECT id FROM round_turn WHERE attendee_id = ? "
                                          "AND status = 'waiting'", [attendee_id])):
                unit.delete("round_turn", row["id"])
        for invitation in self.invitations(attendee_id):
            unit.delete("invitation", invitation)
        org = choices.actions_to_org.strip()
        for action in self.open_actions(attendee_id):  # closed ones stay theirs, without a name
            unit.update("action", action, owner_attendee_id=None, owner_org=org, updated_at=now)
        if self._has("attendee", "keep_for_next"):
            unit.update("attendee", attendee_id, keep_for_next=0)
        for question in self.ids("phone_question", "attendee_id", attendee_id):
            unit.update("phone_question", question, attendee_id=None)  # stays, without a name
        for story in self._stories(attendee_id):
            named = story["consent"] == NAMED or story["status"] == "waiting"
            if named or not choices.keep_anonymous_stories:
                for note in list(self.db.query("SELECT id FROM note WHERE story_id = ?",
                                               [story["id"]])):
                    unit.update("note", note["id"], story_id=None)
                unit.delete("story", story["id"])
            else:
                unit.update("story", story["id"], note="")

    def remove_contributions(self, unit: UnitOfWork, attendee_id: int) -> None:
        """Their votes, their notes, and other people's dots on their notes (which go with the
        notes; the erase dialog says so before anything happens)."""
        for key in self.ids("vote", "voter_id", attendee_id):
            unit.delete("vote", key)
        for key in self.ids("phone_question_vote", "attendee_id", attendee_id):
            unit.delete("phone_question_vote", key)
        for key in self.ids("poll_answer", "attendee_id", attendee_id):
            unit.delete("poll_answer", key)
        for note in self.ids("note", "author_id", attendee_id):
            for row in list(self.db.query(
                    "SELECT vote.id FROM vote JOIN vote_round ON vote_round.id = vote.round_id "
                    "WHERE vote_round.target_kind = 'note' AND vote.target_id = ?", [note])):
                unit.delete("vote", row["id"])
            unit.delete("note", note)
