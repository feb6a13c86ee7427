"""Clusters: named frames that hold notes. Create, rename, recolour, collapse, move, tidy, merge,
delete. Every call is one step on the undo stack, however many notes it touches."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from coprod_desktop.domain import validate
from coprod_desktop.domain.board import (
    CLUSTER_PAD,
    CLUSTER_TITLE_H,
    NOTE_H,
    NOTE_W,
    Cluster,
    TargetKind,
    grid_positions,
    reading_order,
)
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.limits import COLOUR_WORDS, TITLE_MAX
from coprod_desktop.domain.records import Note
from coprod_desktop.domain.said import Said, ours
from coprod_desktop.i18n import N_, Nn_
from coprod_desktop.services.board_base import BoardService, delete_votes_on, title_quote
from coprod_desktop.services.changes import ChangeSet, Key
from coprod_desktop.services.unit_of_work import UnitOfWork

Point = tuple[float, float]
DEFAULT_W, DEFAULT_H = 480.0, 300.0


def _title(title: str) -> str:
    return validate.text(title, N_("The cluster title"), TITLE_MAX, field="title")


def _notes(n: int) -> str:
    return "1 note" if n == 1 else f"{n} notes"


def _which(clusters: Sequence[Cluster], one: str, many: tuple[str, str]) -> Said:
    """A label naming the one cluster (`one`, with %(title)s) or counting several (`many`)."""
    if len(clusters) == 1:
        return Said.of(one, title=title_quote(clusters[0].title))
    return Said.counted(many, len(clusters))


class ClusterService(BoardService):
    def create_cluster(self, session_id: int, title: str, *, colour: str = "white",
                       x: float = 0.0, y: float = 0.0, activity_id: int | None = None,
                       note_ids: Iterable[int] = (),
                       heights: Mapping[int, float] | None = None) -> ChangeSet:
        """A new frame. Given notes, it is placed where they are and they are tidied into it."""
        clean = _title(title)
        validate.colour(colour)
        self.read.session(session_id)
        notes = self._notes(note_ids, session_id) if note_ids else []
        if notes:
            x = min(n.x for n in notes) - CLUSTER_PAD
            y = min(n.y for n in notes) - CLUSTER_TITLE_H
        origin = (validate.coordinate(x), validate.coordinate(y))
        order = reading_order((n.id, n.x, n.y) for n in notes)
        positions, w, h = grid_positions(origin, order, heights) if notes else ({}, DEFAULT_W,
                                                                                DEFAULT_H)
        label = Said.counted(Nn_("Cluster %(n)s note as %(title)s",
                                 "Cluster %(n)s notes as %(title)s"), len(notes),
                             title=title_quote(clean)) if notes else (
            Said.of(N_("New cluster %(title)s"), title=title_quote(clean)))
        with self.ctx.change(label, session_id=session_id) as unit:
            cluster_id = int(unit.insert("cluster", {
                "session_id": session_id, "activity_id": activity_id, "title": clean,
                "colour": colour, "x": origin[0], "y": origin[1], "w": w, "h": h, "collapsed": 0,
                "created_at": self.ctx.now()}))
            for note_id, (nx, ny) in positions.items():
                unit.update("note", note_id, x=nx, y=ny, cluster_id=cluster_id)
            unit.new_id = cluster_id
        return self.done(unit)

    def rename_cluster(self, cluster_id: int, title: str) -> ChangeSet:
        clean = _title(title)
        cluster = self.board.cluster(cluster_id)
        with self.ctx.change(Said.of(N_("Rename cluster to %(title)s"), title=title_quote(clean)),
                             session_id=cluster.session_id) as unit:
            unit.update("cluster", cluster_id, title=clean)
        return self.done(unit)

    def recolour_cluster(self, cluster_id: int, colour: str) -> ChangeSet:
        validate.colour(colour)
        cluster = self.board.cluster(cluster_id)
        said = Said.of(N_("Colour %(title)s %(colour)s"), title=title_quote(cluster.title),
                       colour=ours(COLOUR_WORDS[colour]))
        with self.ctx.change(said, session_id=cluster.session_id) as unit:
            unit.update("cluster", cluster_id, colour=colour)
        return self.done(unit)

    def set_collapsed(self, cluster_ids: Iterable[int], collapsed: bool) -> ChangeSet:
        clusters = self._clusters(cluster_ids)
        label = _which(clusters, N_("Collapse %(title)s"),
                       Nn_("Collapse %(n)s cluster", "Collapse %(n)s clusters")) if collapsed \
            else _which(clusters, N_("Expand %(title)s"),
                        Nn_("Expand %(n)s cluster", "Expand %(n)s clusters"))
        with self.ctx.change(label,
                             session_id=clusters[0].session_id) as unit:
            for cluster in clusters:
                unit.update("cluster", cluster.id, collapsed=int(collapsed))
        return self.done(unit)

    def move(self, notes: Mapping[int, Point] | None = None,
             clusters: Mapping[int, Point] | None = None,
             into: Mapping[int, int | None] | None = None,
             heights: Mapping[int, float] | None = None) -> ChangeSet:
        """Move notes and clusters in one step (a drag). A moved cluster carries its notes.

        `into` puts notes in a cluster (or takes them out with None); a frame grows to hold the
        notes dropped into it. `heights` are the notes' drawn heights, when the caller knows them.
        """
        notes, clusters, into = dict(notes or {}), dict(clusters or {}), dict(into or {})
        if not (notes or clusters or into):
            raise ValidationError(N_("Nothing is selected to move."))
        frames = {c.id: c for c in self._clusters(clusters)} if clusters else {}
        targets = {c.id: c for c in self._clusters({t for t in into.values() if t is not None})} \
            if any(t is not None for t in into.values()) else {}
        carried = [n for c in frames for n in self.board.cluster_notes(c)]
        own = self._notes(set(notes) | set(into)) if (notes or into) else []
        sessions = {n.session_id for n in own} | {c.session_id for c in frames.values()} | {
            c.session_id for c in targets.values()}
        if len(sessions) != 1:
            raise ValidationError(N_("Notes and clusters can only move within one board."))
        heights = heights or {}
        with self.ctx.change(self._move_label(notes, frames, into, targets),
                             session_id=sessions.pop()) as unit:
            # Every note's new place in one batch: a drag of many notes is a few statements.
            placed: dict[Key, dict[str, Any]] = {}
            for cluster_id, (x, y) in clusters.items():
                old = frames[cluster_id]
                dx, dy = validate.coordinate(x) - old.x, validate.coordinate(y) - old.y
                unit.update("cluster", cluster_id, x=x, y=y)
                for note in carried:
                    if note.id is None or note.id in notes or note.id in into:
                        continue  # (a note read from the file always has an id)
                    if note.cluster_id == cluster_id:
                        placed[note.id] = {"x": note.x + dx, "y": note.y + dy}
            for note_id, (x, y) in notes.items():
                placed[note_id] = {"x": validate.coordinate(x), "y": validate.coordinate(y)}
            for note_id, target in into.items():
                placed.setdefault(note_id, {})["cluster_id"] = target
            unit.update_many("note", placed)
            for cluster_id in targets:
                self._grow_to_fit(unit, cluster_id, [n for n, c in into.items() if c == cluster_id],
                                  heights)
        return self.done(unit)

    def tidy_clusters(self, cluster_ids: Iterable[int], heights: Mapping[int, float] | None = None,
                      columns: int | None = None) -> ChangeSet:
        """Lay each cluster's notes out in a grid in reading order and fit the frame round them."""
        clusters = self._clusters(cluster_ids)
        label = _which(clusters, N_("Tidy %(title)s"), Nn_("Tidy %(n)s cluster", "Tidy %(n)s clusters"))
        with self.ctx.change(label, session_id=clusters[0].session_id) as unit:
            for cluster in clusters:
                members = self.board.cluster_notes(cluster.id)
                self._lay_out(unit, cluster.id, (cluster.x, cluster.y),
                              reading_order((n.id, n.x, n.y) for n in members), heights, columns)
        return self.done(unit)

    def merge_clusters(self, keep_id: int, absorb_id: int,
                       heights: Mapping[int, float] | None = None) -> ChangeSet:
        """Boil down: the notes of one cluster join another, which is tidied; the first goes."""
        if keep_id == absorb_id:
            raise ValidationError(N_("Choose two different clusters to merge."))
        keep, absorb = self.board.cluster(keep_id), self.board.cluster(absorb_id)
        if keep.session_id != absorb.session_id:
            raise ValidationError(N_("Only clusters on the same board can be merged."))
        self._refuse_during_open_vote(keep.session_id, keep.activity_id, TargetKind.CLUSTER,
                                      N_("merging clusters"))
        kept = self.board.cluster_notes(keep_id)
        joining = self.board.cluster_notes(absorb_id)
        order = reading_order((n.id, n.x, n.y) for n in kept) + reading_order(
            (n.id, n.x, n.y) for n in joining)
        with self.ctx.change(Said.of(N_("Merge %(drop)s into %(keep)s"), drop=title_quote(absorb.title),
                                     keep=title_quote(keep.title)),
                             session_id=keep.session_id) as unit:
            for note in joining:
                unit.update("note", note.id, cluster_id=keep_id)
            self._lay_out(unit, keep_id, (keep.x, keep.y), order, heights, None)
            if keep.collapsed:
                unit.update("cluster", keep_id, collapsed=0)
            delete_votes_on(unit, TargetKind.CLUSTER, [absorb_id])
            unit.delete("cluster", absorb_id)
        return self.done(unit)

    def delete_items(self, note_ids: Iterable[int] = (), cluster_ids: Iterable[int] = (), *,
                     keep_notes: bool = True) -> ChangeSet:
        """Delete notes and clusters as one step. A deleted cluster's notes stay on the board
        (`keep_notes`) or go with it. Dots on anything deleted go too (undo brings them back)."""
        clusters = self._clusters(cluster_ids) if cluster_ids else []
        members = [n for c in clusters for n in self.board.cluster_notes(c.id)]
        notes = {n.id: n for n in self._notes(note_ids)} if note_ids else {}
        doomed = set(notes) | ({n.id for n in members} if not keep_notes else set())
        if not (clusters or doomed):
            raise ValidationError(N_("Nothing is selected to delete."))
        session_id = clusters[0].session_id if clusters else next(iter(notes.values())).session_id
        with self.ctx.change(self._delete_label(clusters, len(doomed), keep_notes and bool(members)),
                             session_id=session_id) as unit:
            for note in members:
                if note.id not in doomed:
                    unit.update("note", note.id, cluster_id=None)
            delete_votes_on(unit, TargetKind.NOTE, doomed)
            for note_id in sorted(doomed):
                unit.delete("note", note_id)
            delete_votes_on(unit, TargetKind.CLUSTER, [c.id for c in clusters])
            for cluster in clusters:
                unit.delete("cluster", cluster.id)
        return self.done(unit)

    # Helpers --------------------------------------------------------------------------------
    def _lay_out(self, unit: UnitOfWork, cluster_id: int, origin: Point, order: Sequence[int],
                 heights: Mapping[int, float] | None, columns: int | None) -> None:
        positions, w, h = grid_positions(origin, order, heights, columns)
        for note_id, (x, y) in positions.items():
            unit.update("note", note_id, x=x, y=y)
        unit.update("cluster", cluster_id, w=w, h=h)

    def _grow_to_fit(self, unit: UnitOfWork, cluster_id: int, note_ids: list[int],
                     heights: Mapping[int, float]) -> None:
        frame = unit.current("cluster", cluster_id)
        assert frame is not None
        left, top = frame["x"], frame["y"]
        right, bottom = left + frame["w"], top + frame["h"]
        for note_id in note_ids:
            note = unit.current("note", note_id)
            assert note is not None
            right = max(right, note["x"] + NOTE_W + CLUSTER_PAD)
            bottom = max(bottom, note["y"] + heights.get(note_id, NOTE_H) + CLUSTER_PAD)
            left = min(left, note["x"] - CLUSTER_PAD)
            top = min(top, note["y"] - CLUSTER_TITLE_H)
        if (left, top, right, bottom) != (frame["x"], frame["y"], frame["x"] + frame["w"],
                                          frame["y"] + frame["h"]):
            unit.update("cluster", cluster_id, x=left, y=top, w=right - left, h=bottom - top)

    def _notes(self, note_ids: Iterable[int], session_id: int | None = None) -> list[Note]:
        ids = {int(i) for i in note_ids}
        found = self.board.notes_by_id(ids)
        if len(found) != len(ids):
            raise ValidationError(Said.counted(Nn_("%(n)s note no longer on the board.",
                                                   "%(n)s notes no longer on the board."),
                                               len(ids) - len(found)))
        if session_id is not None and any(n.session_id != session_id for n in found):
            raise ValidationError(N_("Those notes are on another session's board."))
        return found

    def _clusters(self, cluster_ids: Iterable[int]) -> list[Cluster]:
        ids = {int(i) for i in cluster_ids}
        if not ids:
            raise ValidationError(N_("No cluster is selected."))
        found = self.board.clusters_by_id(ids)
        if len(found) != len(ids):
            raise ValidationError(N_("That cluster is no longer on the board."))
        return found

    @staticmethod
    def _move_label(notes: Mapping[int, Point], frames: Mapping[int, Cluster],
                    into: Mapping[int, int | None], targets: Mapping[int, Cluster]) -> str:
        moved = len(set(notes) | set(into))
        if frames and not moved:
            only = next(iter(frames.values()))
            return _which([only] * len(frames), N_("Move %(title)s"),
                          Nn_("Move %(n)s cluster", "Move %(n)s clusters"))
        if frames:
            forms = Nn_("Move %(n)s note and 1 cluster", "Move %(n)s notes and 1 cluster") \
                if len(frames) == 1 else Nn_("Move %(n)s note and %(clusters)s clusters",
                                             "Move %(n)s notes and %(clusters)s clusters")
            return Said.counted(forms, moved, clusters=len(frames))
        destinations = set(into.values())
        if into and len(destinations) == 1:
            target = destinations.pop()
            if target is not None:
                return Said.counted(Nn_("Move %(n)s note into %(title)s",
                                        "Move %(n)s notes into %(title)s"), moved,
                                    title=title_quote(targets[target].title))
            return Said.counted(Nn_("Take %(n)s note out of its cluster",
                                    "Take %(n)s notes out of their cluster"), moved)
        return Said.counted(Nn_("Move %(n)s note", "Move %(n)s notes"), moved)

    @staticmethod
    def _delete_label(clusters: list[Cluster], notes: int, kept: bool) -> str:
        if not clusters:
            return Said.counted(Nn_("Delete %(n)s note", "Delete %(n)s notes"), notes)
        if kept:
            return _which(clusters, N_("Delete %(title)s (keeping its notes)"),
                          Nn_("Delete %(n)s cluster (keeping their notes)",
                              "Delete %(n)s clusters (keeping their notes)"))
        if not notes:
            return _which(clusters, N_("Delete %(title)s"),
                          Nn_("Delete %(n)s cluster", "Delete %(n)s clusters"))
        if len(clusters) == 1:
            return Said.counted(Nn_("Delete %(title)s and %(n)s note",
                                    "Delete %(title)s and %(n)s notes"), notes,
                                title=title_quote(clusters[0].title))
        return Said.counted(Nn_("Delete %(clusters)s clusters and %(n)s note",
                                "Delete %(clusters)s clusters and %(n)s notes"), notes,
                            clusters=len(clusters))
