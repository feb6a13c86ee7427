"""The board scene follows the model: built once per board, then changed only where a ChangeSet says.

Items never write to storage. A note or cluster that changed is read back and its item updated; a
note arriving from a phone is added without touching the selection, an editor or any view.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QPixmapCache
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from coprod_desktop.domain.board import (
    BoardSettings,
    RankedItem,
    TargetKind,
    VoteProgress,
    VoteRound,
    winners,
)
from coprod_desktop.domain.records import Note
from coprod_desktop.gui.board.cluster_item import ClusterItem
from coprod_desktop.gui.board.note_item import NoteItem
from coprod_desktop.services import ChangeSet, Services

EXTENT = 200_000.0  # a fixed scene rect, so growing the board never scrolls anyone's view
PIXMAP_CACHE_KB = 96 * 1024
DETAIL_SCALE = 0.15  # below this a note is ~30 px wide: no text can be read


class BoardScene(QGraphicsScene):
    summary_changed = Signal()  # waiting notes, vote state or results changed
    board_reset = Signal()  # a different board is shown

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.read = services.board.read
        self.session_id: int | None = None
        self.activity_id: int | None = None
        self.settings: BoardSettings | None = None
        self.notes: dict[int, NoteItem] = {}
        self.clusters: dict[int, ClusterItem] = {}
        self.vote_round: VoteRound | None = None
        self.progress: VoteProgress | None = None
        self.results: list[RankedItem] = []
        self.waiting = 0
        self.detail = True  # notes drawn one by one (False: far out, as tiles in their cluster)
        # The projector draws note text no smaller than this (a long note is shortened instead):
        # set by the projector's view as it fits the board (themes_view.readable).
        self.projector_note_px = 0
        self.setSceneRect(QRectF(-EXTENT / 2, -EXTENT / 2, EXTENT, EXTENT))
        # The index splits the whole (large) scene rect: deep enough that a cell holds a few notes.
        self.setBspTreeDepth(16)
        # Item caches live in QPixmapCache; Qt's default 10 MB is smaller than one zoomed-in
        # board, so items would be redrawn on every frame of a drag.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))

    # Building ------------------------------------------------------------------------------
    def show_board(self, session_id: int | None, activity_id: int | None = None) -> None:
        self.clear()
        self.notes.clear()
        self.clusters.clear()
        self.session_id, self.activity_id = session_id, activity_id
        self.settings, self.vote_round, self.progress, self.results = None, None, None, []
        if session_id is not None:
            self.settings = self.read.settings(session_id)
            for cluster in self.read.clusters(session_id, activity_id):
                item = ClusterItem(cluster)
                item.show_tiles = not self.detail
                self.clusters[cluster.id] = item
                self.addItem(item)
            for note in self.read.notes(session_id, activity_id):
                self._add_note(note)
            self._recount(self.clusters)
            self._refresh_groups(self.notes)
            self._refresh_votes()
            self.waiting = self.read.waiting_count(session_id, activity_id)
        self.board_reset.emit()
        self.summary_changed.emit()

    def _add_note(self, note: Note) -> NoteItem:
        item = NoteItem(note)
        self.notes[note.id] = item
        parent = self.clusters.get(note.cluster_id) if note.cluster_id is not None else None
        if parent is not None:
            item.setParentItem(parent)
            item.setPos(note.x - parent.cluster.x, note.y - parent.cluster.y)
            item.setVisible(self._shows_notes(parent))
        else:
            item.setPos(note.x, note.y)
            self.addItem(item)
        return item

    def _on_board(self, session_id: int, activity_id: int | None) -> bool:
        return session_id == self.session_id and (
            self.activity_id is None or activity_id == self.activity_id)

    # Following the model -------------------------------------------------------------------
    def apply(self, change: ChangeSet) -> None:
        if self.session_id is None or change.empty:
            return
        touched = False
        if self.session_id in change.ids("session"):
            self._refresh_settings()
            touched = True
        if change.touches("cluster"):
            self._refresh_clusters(change.ids("cluster"))  # type: ignore[arg-type]
            touched = True
        if change.touches("note"):
            self._refresh_notes(change.ids("note"))  # type: ignore[arg-type]
            self.waiting = self.read.waiting_count(self.session_id, self.activity_id)
            touched = True
        # Results name clusters and notes: a closed vote's list follows renames and undos too.
        if change.touches("vote_round", "vote") or (self.results and touched):
            self._refresh_votes()
            touched = True
        if touched:
            self.summary_changed.emit()

    def _refresh_settings(self) -> None:
        assert self.session_id is not None
        old = self.settings
        self.settings = self.read.settings(self.session_id)
        if old is None or old.show_author_groups != self.settings.show_author_groups:
            self._refresh_groups(self.notes)

    def _refresh_clusters(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        for cluster in self.read.clusters_by_id(wanted):
            if not self._on_board(cluster.session_id, cluster.activity_id):
                continue
            wanted.discard(cluster.id)
            item = self.clusters.get(cluster.id)
            if item is None:
                item = self.clusters[cluster.id] = ClusterItem(cluster)
                item.show_tiles = not self.detail
                self.addItem(item)
            else:
                collapsed_changed = item.cluster.collapsed != cluster.collapsed
                item.set_cluster(cluster)
                if collapsed_changed:
                    for child in self._children(item):
                        child.setVisible(self._shows_notes(item))
        for gone in wanted:
            item = self.clusters.pop(gone, None)
            if item is not None:
                for child in self._children(item):  # its notes are updated by the same change
                    self._lift(child)
                self.removeItem(item)

    def _refresh_notes(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        affected: set[int] = set()
        fresh: list[NoteItem] = []
        for note in self.read.notes_by_id(wanted):
            if not self._on_board(note.session_id, note.activity_id):
                continue
            wanted.discard(note.id)
            item = self.notes.get(note.id)
            if item is None:
                fresh.append(self._add_note(note))
                affected.add(note.cluster_id or 0)
                continue
            affected.update({item.note.cluster_id or 0, note.cluster_id or 0})
            item.set_note(note)
            self._place(item, note)
        for gone in wanted:
            item = self.notes.pop(gone, None)
            if item is not None:
                affected.add(item.note.cluster_id or 0)
                self.removeItem(item)
        self._recount(affected)
        if fresh:
            self._refresh_groups({i.note_id: i for i in fresh})

    def _place(self, item: NoteItem, note: Note) -> None:
        parent = self.clusters.get(note.cluster_id) if note.cluster_id is not None else None
        current = item.parentItem()
        if parent is not current:
            item.setParentItem(parent)
            item.setVisible(parent is None or self._shows_notes(parent))
        offset = QPointF(parent.cluster.x, parent.cluster.y) if parent is not None else QPointF()
        target = QPointF(note.x, note.y) - offset
        if item.pos() != target:
            item.setPos(target)

    def _lift(self, item: QGraphicsItem) -> None:
        """Make a cluster's note a top-level item, where it is on the board."""
        where = item.scenePos()
        item.setParentItem(None)
        item.setPos(where)
        item.setVisible(True)

    @staticmethod
    def _children(cluster: ClusterItem) -> list[NoteItem]:
        return [c for c in cluster.childItems() if isinstance(c, NoteItem)]

    def _recount(self, cluster_ids: Iterable[int]) -> None:
        for cluster_id in cluster_ids:
            item = self.clusters.get(cluster_id)
            if item is not None:
                children = self._children(item)
                item.set_counts(len(children), sum(1 for c in children if c.on_projector))
                if not self.detail:
                    item.update()  # its picture of its notes

    # Level of detail ------------------------------------------------------------------------
    def _shows_notes(self, cluster: ClusterItem) -> bool:
        return self.detail and not cluster.cluster.collapsed

    def views_zoomed(self) -> None:
        """Called by the views after any zoom. Far out (every view below DETAIL_SCALE) a cluster
        draws its notes as coloured tiles in its own cached picture, instead of one item each:
        a repaint then costs a few items, not thousands."""
        scales = [v.transform().m11() for v in self.views() if v.isVisible()]
        detail = not scales or max(scales) >= DETAIL_SCALE
        if detail == self.detail:
            return
        self.detail = detail
        for cluster in self.clusters.values():
            cluster.show_tiles = not detail
            for child in self._children(cluster):
                child.setVisible(self._shows_notes(cluster))
            cluster.update()

    def _refresh_groups(self, items: dict[int, NoteItem]) -> None:
        show = self.settings is not None and self.settings.show_author_groups
        groups = self.read.author_groups(items) if show else {}
        for note_id, item in items.items():
            group = groups.get(note_id)
            item.set_decoration(group_colour=QColor(group.colour) if group else None,
                                dots=item.dots, winner=item.winner)

    def _refresh_votes(self) -> None:
        assert self.session_id is not None
        latest = self.read.latest_round(self.session_id, self.activity_id)
        self.vote_round = latest
        self.progress = self.read.progress(latest.id) if latest is not None else None
        self.results = self.read.results(latest.id) if latest and not latest.is_open else []
        by_id = {r.target_id: r for r in self.results}
        top = {r.target_id for r in winners(self.results)}
        note_votes = latest is not None and latest.target_kind is TargetKind.NOTE and bool(by_id)
        for cluster_id, cluster in self.clusters.items():
            result = by_id.get(cluster_id) if not note_votes else None
            cluster.set_result(result.dots if result else None,
                               result.place_text if result else "", cluster_id in top)
        for note_id, note in self.notes.items():
            result = by_id.get(note_id) if note_votes else None
            note.set_decoration(group_colour=note.group_colour,
                                dots=result.dots if result else None,
                                winner=note_votes and note_id in top)

    def show_again(self, note_ids: Iterable[int], cluster_ids: Iterable[int]) -> None:
        """Put items back where the model has them (after a refused drag)."""
        self._refresh_clusters(cluster_ids)
        self._refresh_notes(note_ids)

    # Questions the views ask ------------------------------------------------------------
    def note_scene_rect(self, item: NoteItem) -> QRectF:
        return item.mapRectToScene(item.shape_rect())

    def selected_notes(self) -> list[int]:
        return [i.note_id for i in self.selectedItems() if isinstance(i, NoteItem)]

    def selected_clusters(self) -> list[int]:
        return [i.cluster_id for i in self.selectedItems() if isinstance(i, ClusterItem)]

    def cluster_at(self, point: QPointF, exclude: Iterable[int] = ()) -> ClusterItem | None:
        # A handful of frames: asking each is quicker than a scene-wide hit test.
        skip = set(exclude)
        found = [c for c in self.clusters.values() if c.cluster_id not in skip
                 and c.frame_rect().contains(c.mapFromScene(point))]
        return min(found, key=lambda c: c.frame_rect().width() * c.frame_rect().height(),
                   default=None)

    def content_rect(self, *, for_projector: bool = False) -> QRectF:
        """The bounding box of the board's notes and clusters (what the room can see, or all)."""
        rect = QRectF()
        for cluster in self.clusters.values():
            rect = rect.united(cluster.mapRectToScene(cluster.frame_rect()))
        for note in self.notes.values():
            if note.parentItem() is None and (note.on_projector or not for_projector):
                rect = rect.united(self.note_scene_rect(note))
        return rect

    def search(self, text: str) -> list[NoteItem]:
        """Mark the notes whose text contains `text` (any case); return them in reading order."""
        needle = text.strip().casefold()
        hits: list[NoteItem] = []
        for item in self.notes.values():
            hit = bool(needle) and needle in item.note.text.casefold()
            item.set_decoration(group_colour=item.group_colour, dots=item.dots,
                                winner=item.winner, search_hit=hit)
            if hit:
                hits.append(item)
        hits.sort(key=lambda i: (i.scenePos().y(), i.scenePos().x()))
        return hits
