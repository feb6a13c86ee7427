"""Read-only queries for the sticky-note board: clusters, votes and each session's board settings.

Counts stay secret while a vote is open: nothing here hands out dots per item until the round has
closed (`results` refuses), so a view cannot show them by mistake. While a round is open you may
learn only how many dots have been cast in all, and how many a given voter has used.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from coprod_desktop.clock import parse_iso
from coprod_desktop.domain.board import (
    BoardScope,
    BoardSettings,
    Cluster,
    RankedItem,
    TargetKind,
    VoteProgress,
    VoteRound,
    rank,
)
from coprod_desktop.domain.errors import ConflictError, NotFoundError
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.records import Note
from coprod_desktop.store import rows
from coprod_desktop.store.database import Queries

Row = rows.Row


class VoteStillOpen(ConflictError):
    """Dots per item are secret until the vote closes."""


def _in(ids: Iterable[int]) -> tuple[str, list[int]]:
    values = sorted({int(i) for i in ids})
    return ",".join("?" * len(values)), values


_IDS_IN_SQL = 500  # more than this many ids are filtered after reading (SQLite's own limits)


def _scope(activity_id: int | None) -> tuple[str, list[int]]:
    """Filter for one board: the whole session (None) or one activity's board."""
    return ("", []) if activity_id is None else (" AND activity_id = ?", [activity_id])


def cluster_from(row: Row) -> Cluster:
    return Cluster(
        id=row["id"], session_id=row["session_id"], activity_id=row["activity_id"],
        title=row["title"], colour=row["colour"], x=row["x"], y=row["y"], w=row["w"], h=row["h"],
        collapsed=bool(row["collapsed"]), created_at=parse_iso(row["created_at"]),
    )


def round_from(row: Row) -> VoteRound:
    closed = row["closed_at"]
    return VoteRound(
        id=row["id"], session_id=row["session_id"], activity_id=row["activity_id"],
        title=row["title"] or "", target_kind=TargetKind(row["target_kind"]),
        target_ids=tuple(json.loads(row["target_ids"] or "[]")),
        dots_per_person=row["dots_per_person"], cap_per_item=row["cap_per_item"],
        is_open=row["status"] == "open", opened_at=parse_iso(row["opened_at"]),
        closed_at=parse_iso(closed) if closed else None,
    )


class BoardReader:
    def __init__(self, db: Queries) -> None:
        self.db = db

    # Settings ------------------------------------------------------------------------------
    def settings(self, session_id: int) -> BoardSettings:
        found = list(self.db.query(
            "SELECT id, board_scope, silent_writing, show_author_groups, focus, focus_round_id "
            "FROM session WHERE id = ?", [session_id]))
        if not found:
            raise NotFoundError("That session is no longer in this programme.")
        r = found[0]
        return BoardSettings(r["id"], BoardScope(r["board_scope"]), bool(r["silent_writing"]),
                             bool(r["show_author_groups"]), r["focus"] or "", r["focus_round_id"])

    def board_for_new_notes(self, session_id: int) -> int | None:
        """The activity whose board takes a note that names none (from a phone, a story) and
        that the console opens on: None while the session keeps one board. Per activity: the one
        running now (or last, once the session has finished), else the first of the agenda."""
        if self.settings(session_id).scope is not BoardScope.ACTIVITY:
            return None
        found = self.db.execute(
            "SELECT activity.id FROM runner JOIN activity ON activity.id = runner.current_id "
            "WHERE runner.session_id = ?", [session_id]).fetchone() or self.db.execute(
            "SELECT id FROM activity WHERE session_id = ? ORDER BY position, id LIMIT 1",
            [session_id]).fetchone()
        return int(found[0]) if found else None

    # Notes and clusters ----------------------------------------------------------------------
    def notes(self, session_id: int, activity_id: int | None = None) -> list[Note]:
        where, args = _scope(activity_id)
        return [rows.note(r) for r in self.db.query(
            f"SELECT * FROM note WHERE session_id = ?{where} ORDER BY id", [session_id, *args])]

    def notes_by_id(self, note_ids: Iterable[int]) -> list[Note]:
        marks, ids = _in(note_ids)
        return [rows.note(r) for r in self.db.query(
            f"SELECT * FROM note WHERE id IN ({marks}) ORDER BY id", ids)] if ids else []

    def cluster_notes(self, cluster_id: int) -> list[Note]:
        return [rows.note(r) for r in self.db.query(
            "SELECT * FROM note WHERE cluster_id = ? ORDER BY y, x, id", [cluster_id])]

    def clusters(self, session_id: int, activity_id: int | None = None) -> list[Cluster]:
        where, args = _scope(activity_id)
        return [cluster_from(r) for r in self.db.query(
            f"SELECT * FROM cluster WHERE session_id = ?{where} ORDER BY id", [session_id, *args])]

    def clusters_by_id(self, cluster_ids: Iterable[int]) -> list[Cluster]:
        marks, ids = _in(cluster_ids)
        return [cluster_from(r) for r in self.db.query(
            f"SELECT * FROM cluster WHERE id IN ({marks}) ORDER BY id", ids)] if ids else []

    def cluster(self, cluster_id: int) -> Cluster:
        found = self.clusters_by_id([cluster_id])
        if not found:
            raise NotFoundError("That cluster is no longer on the board.")
        return found[0]

    def author_groups(self, note_ids: Iterable[int]) -> dict[int, Group]:
        """The group of each note's author, for the optional colour stripe. Never their name."""
        marks, ids = _in(note_ids)
        if not ids:
            return {}
        return {r["id"]: Group(r["group_name"]) for r in self.db.query(
            f"SELECT note.id, attendee.group_name FROM note JOIN attendee "
            f"ON attendee.id = note.author_id WHERE note.id IN ({marks})", ids)}

    def waiting_count(self, session_id: int, activity_id: int | None = None) -> int:
        """Notes written but not revealed yet (silent writing), leaving out held-back ones."""
        where, args = _scope(activity_id)
        return int(self.db.execute(
            f"SELECT count(*) FROM note WHERE session_id = ?{where} AND hidden = 1 "
            "AND held_back = 0", [session_id, *args]).fetchone()[0])

    # Votes ---------------------------------------------------------------------------------
    def round(self, round_id: int) -> VoteRound:
        found = list(self.db.query("SELECT * FROM vote_round WHERE id = ?", [round_id]))
        if not found:
            raise NotFoundError("That vote is no longer in this programme.")
        return round_from(found[0])

    def rounds(self, session_id: int, activity_id: int | None = None) -> list[VoteRound]:
        where, args = _scope(activity_id)
        return [round_from(r) for r in self.db.query(
            f"SELECT * FROM vote_round WHERE session_id = ?{where} ORDER BY id",
            [session_id, *args])]

    def open_round(self, session_id: int, activity_id: int | None = None) -> VoteRound | None:
        found = [r for r in self.rounds(session_id, activity_id) if r.is_open]
        return found[-1] if found else None

    def latest_round(self, session_id: int, activity_id: int | None = None) -> VoteRound | None:
        found = self.rounds(session_id, activity_id)
        return found[-1] if found else None

    def progress(self, round_id: int) -> VoteProgress:
        row = self.db.execute(
            "SELECT count(*), count(DISTINCT voter_id) FROM vote WHERE round_id = ?",
            [round_id]).fetchone()
        return VoteProgress(round_id, int(row[0]), int(row[1]))

    def dots_used(self, round_id: int, voter_id: int) -> int:
        return int(self.db.execute(
            "SELECT count(*) FROM vote WHERE round_id = ? AND voter_id = ?",
            [round_id, voter_id]).fetchone()[0])

    def dots_by_target(self, round_id: int, voter_id: int) -> dict[int, int]:
        """How many dots one voter has put on each item (their own, so never secret to them)."""
        return {int(target): int(n) for target, n in self.db.execute(
            "SELECT target_id, count(*) FROM vote WHERE round_id = ? AND voter_id = ? "
            "GROUP BY target_id", [round_id, voter_id])}

    def dots_on(self, round_id: int, voter_id: int, target_id: int) -> int:
        """How many dots one voter has put on one item (their own, so never secret to them)."""
        return int(self.db.execute(
            "SELECT count(*) FROM vote WHERE round_id = ? AND voter_id = ? AND target_id = ?",
            [round_id, voter_id, target_id]).fetchone()[0])

    def eligible(self, vote_round: VoteRound) -> dict[int, str]:
        """What can receive dots in a round, with a label for each (cluster title or note text)."""
        where, args = _scope(vote_round.activity_id)
        if vote_round.target_kind is TargetKind.CLUSTER:
            sql = f"SELECT id, title AS label FROM cluster WHERE session_id = ?{where}"
        else:
            sql = (f"SELECT id, text AS label FROM note WHERE session_id = ?{where} "
                   "AND held_back = 0")
        ids = vote_round.target_ids
        if ids and len(ids) <= _IDS_IN_SQL:  # read only the round's items (a vote is often 12)
            sql += f" AND id IN ({', '.join('?' for _ in ids)})"
            args = [*args, *ids]
        found = {r["id"]: r["label"] for r in self.db.query(sql, [vote_round.session_id, *args])}
        if ids:
            wanted = set(ids)
            found = {k: v for k, v in found.items() if k in wanted}
        return found

    def results(self, round_id: int) -> list[RankedItem]:
        """Dots per item, ranked, ties sharing a place. Refused while the vote is open."""
        vote_round = self.round(round_id)
        if vote_round.is_open:
            raise VoteStillOpen("The dots stay hidden until the vote is closed.")
        labels = self.eligible(vote_round)
        counts = dict.fromkeys(labels, 0)
        for r in self.db.query("SELECT target_id, count(*) AS n FROM vote WHERE round_id = ? "
                               "GROUP BY target_id", [round_id]):
            if r["target_id"] in counts:
                counts[r["target_id"]] = r["n"]
        return rank(counts, labels)
