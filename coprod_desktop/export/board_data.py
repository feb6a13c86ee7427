"""What a handout shows of the board and the agenda: clusters, closed votes, focus, how it ran.

Notes the facilitator held back are never shown; notes not yet revealed are only counted.
"What I heard" notes about a story belong to the story (see stories.py), never to the board
section: those about a story kept in the room are never exported at all. A group left with no
printable notes because of that is left out. A vote that is still open keeps its dots hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from coprod_desktop.domain.agenda import Agenda, AgendaItem
from coprod_desktop.domain.board import Cluster, RankedItem, TargetKind, VoteRound, reading_order
from coprod_desktop.domain.methods import Tool
from coprod_desktop.domain.polls import Poll
from coprod_desktop.domain.records import Note
from coprod_desktop.export.planned_poll_text import printable
from coprod_desktop.library import shipped_methods
from coprod_desktop.store.agenda_reader import AgendaReader
from coprod_desktop.store.board_reader import BoardReader
from coprod_desktop.store.levelling_reader import LevellingReader
from coprod_desktop.store.poll_reader import PollReader
from coprod_desktop.store.reader import Reader


@dataclass(frozen=True)
class ClusterNotes:
    cluster: Cluster
    notes: list[Note]


@dataclass(frozen=True)
class VoteResult:
    round: VoteRound
    results: list[RankedItem]
    dots: int
    voters: int

    @property
    def title(self) -> str:
        if self.round.title:
            return self.round.title
        return f"Dot vote on {self.round.target_kind.plural}"


@dataclass(frozen=True)
class Board:
    clusters: list[ClusterNotes]
    loose: list[Note]  # shown notes in no cluster, in the order they were written
    not_revealed: int
    votes: list[VoteResult]  # closed rounds, in the order they were held
    open_votes: int
    focus: str

    @property
    def note_count(self) -> int:
        return len(self.loose) + sum(len(c.notes) for c in self.clusters)


def board(reader: Reader, session_id: int) -> Board:
    read = BoardReader(reader.db)
    notes = [n for n in read.notes(session_id) if not n.held_back and n.story_id is None]
    shown = [n for n in notes if not n.hidden]
    unrevealed = {n.id for n in notes if n.hidden}
    unprintable = {n.id for n in read.notes(session_id) if n.held_back or n.story_id is not None}
    by_cluster: dict[int, list[Note]] = {}
    for note in shown:
        if note.cluster_id is not None:
            by_cluster.setdefault(note.cluster_id, []).append(note)
    clusters = {c.id: c for c in read.clusters(session_id)
                if not _only_unprintable(reader, c.id, unprintable)}
    order = reading_order((c.id, c.x, c.y) for c in clusters.values())
    grouped = []
    for cluster_id in order:
        inside = by_cluster.get(cluster_id, [])
        spot = {n.id: n for n in inside}
        grouped.append(ClusterNotes(clusters[cluster_id], [
            spot[i] for i in reading_order((n.id, n.x, n.y) for n in inside)]))
    loose = [n for n in shown if n.cluster_id is None or n.cluster_id not in clusters]
    votes: list[VoteResult] = []
    withheld = LevellingReader(reader.db).withheld_note_ids(session_id)
    rounds = read.rounds(session_id)
    for vote_round in rounds:
        if vote_round.is_open:
            continue
        progress = read.progress(vote_round.id)
        results = read.results(vote_round.id)
        if vote_round.target_kind is TargetKind.NOTE:  # unrevealed notes stay unprinted
            results = [r for r in results
                       if r.target_id not in unrevealed and r.target_id not in withheld]
        else:
            results = [r for r in results if r.target_id in clusters]
        votes.append(VoteResult(vote_round, results, progress.dots_cast, progress.voters))
    return Board(grouped, loose, len(notes) - len(shown), votes,
                 sum(r.is_open for r in rounds), read.settings(session_id).focus)


def _only_unprintable(reader: Reader, cluster_id: int, unprintable: set[int]) -> bool:
    """A group whose notes are all held back or about stories (an empty group is kept)."""
    inside = {int(r["id"]) for r in reader.db.query(
        "SELECT id FROM note WHERE cluster_id = ?", [cluster_id])}
    return bool(inside) and inside <= unprintable


@dataclass(frozen=True)
class Step:
    """One activity: as planned, and as it ran if the runner was used."""

    item: AgendaItem
    method: str  # the method's name, or ""
    poll: Poll | None = None  # the poll planned for a poll activity (printable ones only)

    @property
    def planned_minutes(self) -> int:
        return round(self.item.activity.duration_s / 60)

    @property
    def ran_minutes(self) -> int | None:
        start, end = self.item.started_at, self.item.ended_at
        if start is None or end is None:
            return None
        return max(0, round((end - start).total_seconds() / 60))


@dataclass(frozen=True)
class Run:
    steps: list[Step]
    started_at: datetime | None  # when the runner started the session; None: never run
    finished_at: datetime | None

    @property
    def was_run(self) -> bool:
        return self.started_at is not None


def run(reader: Reader, session_id: int) -> Run:
    agenda: Agenda = AgendaReader(reader.db).agenda(session_id)
    methods = shipped_methods()
    steps = []
    polls = PollReader(reader.db) if "poll" in reader.db.table_names() else None
    for item in agenda.items:
        card = methods.get(item.activity.method) if item.activity.method else None
        poll = (printable(polls.for_activity(item.id))
                if polls is not None and item.tool is Tool.POLL else None)
        steps.append(Step(item, card.name if card else "", poll))
    runner = agenda.runner
    return Run(steps, runner.started_at if runner else None,
               runner.finished_at if runner else None)
