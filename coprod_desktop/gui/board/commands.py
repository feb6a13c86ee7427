"""Every board action the facilitator takes, as one service call through the undo adapter.

The scene and views only ask; this sends the command and lets the ChangeSet bring the scene up to
date. When a command is refused, the items it was about are put back as the model has them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsItem

from coprod_desktop.domain.board import CLUSTER_PAD, CLUSTER_TITLE_H, NOTE_H, NOTE_W, BoardScope
from coprod_desktop.gui.board.cluster_item import ClusterItem, title_px
from coprod_desktop.gui.board.editor import NoteEditor
from coprod_desktop.gui.board.note_item import NoteItem
from coprod_desktop.gui.board.scene import BoardScene
from coprod_desktop.gui.board.vote_commands import VoteCommands
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.i18n import N_
from coprod_desktop.services import ChangeSet

# Asked before deleting clusters: (clusters, notes in them) -> keep the notes? None cancels.
AskKeepNotes = Callable[[int, int], "bool | None"]


class BoardCommands(VoteCommands):
    def __init__(self, env: GuiEnv, scene: BoardScene, ask_keep_notes: AskKeepNotes) -> None:
        self.env = env
        self.scene = scene
        self.services = env.services
        self.ask_keep_notes = ask_keep_notes
        self.colour = "yellow"  # for new notes
        self.on_behalf = False  # new notes typed for someone (no phone, a paper note read out)
        self.voter_id: int | None = None  # whose dots the facilitator is placing (None: no name)
        self.editor: NoteEditor | None = None

    def run(self, apply: Callable[[], ChangeSet]) -> ChangeSet | None:
        return self.env.undo.run(apply)

    # Typing ----------------------------------------------------------------------------------
    def start_new_note(self, point: QPointF) -> NoteEditor | None:
        session, activity = self.scene.session_id, self.scene.activity_id
        if session is None:
            return None
        x, y = point.x() - NOTE_W / 2, point.y() - NOTE_H / 2
        frame = self.scene.cluster_at(point)
        if frame is not None and not frame.cluster.collapsed:
            # A note typed over a cluster joins it below its title, never over it.
            y = max(y, frame.scenePos().y() + CLUSTER_TITLE_H + CLUSTER_PAD / 2)

        def save(text: str) -> bool:
            return self.run(lambda: self.services.notes.add_note(
                session, text, colour=self.colour, x=x, y=y, activity_id=activity,
                on_behalf=self.on_behalf,
                cluster_id=frame.cluster_id if frame and not frame.cluster.collapsed else None,
            )) is not None and self._close_editor()

        return self._open_editor("", self.colour, QPointF(x, y), save)

    def start_edit(self, item: NoteItem) -> NoteEditor:
        note = item.note

        def save(text: str) -> bool:
            if text != note.text and self.run(
                    lambda: self.services.notes.edit_note(note.id, text)) is None:
                return False
            item.setVisible(True)
            return self._close_editor()

        def cancel() -> None:
            item.setVisible(True)
            self._close_editor()

        editor = self._open_editor(note.text, note.colour, item.scenePos(), save, cancel)
        item.setVisible(False)
        return editor

    def start_rename(self, item: ClusterItem) -> NoteEditor:
        cluster = item.cluster

        def save(text: str) -> bool:
            if text.strip() != cluster.title and self.run(
                    lambda: self.services.board.clusters.rename_cluster(cluster.id, text)) is None:
                return False
            return self._close_editor()

        width = item.frame_rect().width()
        return self._open_editor(cluster.title, cluster.colour, item.scenePos(), save,
                                 single_line=True, width=width, font_px=title_px(width))

    def _open_editor(self, text: str, colour: str, where: QPointF, save: Callable[[str], bool],
                     cancel: Callable[[], None] | None = None, *, single_line: bool = False,
                     width: float = NOTE_W, font_px: int | None = None) -> NoteEditor:
        self._close_editor()
        editor = NoteEditor(text, colour, save, cancel or self._close_editor,
                            single_line=single_line, width=width, font_px=font_px)
        editor.setPos(where)
        self.scene.addItem(editor)
        self.editor = editor
        editor.setFocus()
        return editor

    def finish_editing(self) -> None:
        """Keep what is being typed (before the board changes under it)."""
        if self.editor is not None:
            self.editor.save()
        self._close_editor()

    def _close_editor(self) -> bool:
        editor, self.editor = self.editor, None
        if editor is not None and editor.scene() is not None:
            editor.scene().removeItem(editor)
        return True

    # Dragging ---------------------------------------------------------------------------------
    def commit_drag(self, moved: dict[QGraphicsItem, QPointF], drop: QPointF) -> ChangeSet | None:
        """Turn what Qt moved into one "Move" command.

        The frame under the mouse at `drop` decides where dragged notes belong: dropped on a
        cluster they all go into it (it grows to hold them); dropped on open board they leave
        their clusters. Notes carried along inside a moved cluster stay in it.
        """
        clusters = {i.cluster_id: (i.scenePos().x(), i.scenePos().y())
                    for i in moved if isinstance(i, ClusterItem)}
        target = self.scene.cluster_at(drop, exclude=clusters)
        destination = target.cluster_id if target is not None else None
        notes: dict[int, tuple[float, float]] = {}
        into: dict[int, int | None] = {}
        heights: dict[int, float] = {}
        for item in moved:
            if not isinstance(item, NoteItem):
                continue
            where = item.scenePos()
            notes[item.note_id] = (where.x(), where.y())
            heights[item.note_id] = item.height
            if item.note.cluster_id != destination:
                into[item.note_id] = destination
        change = self.run(lambda: self.services.board.clusters.move(notes, clusters, into, heights))
        if change is None:
            self.scene.show_again(notes, clusters)
        return change

    # Selection commands -------------------------------------------------------------------
    def delete_selected(self) -> ChangeSet | None:
        notes, clusters = self.scene.selected_notes(), self.scene.selected_clusters()
        if not (notes or clusters):
            return None
        keep = True
        if clusters:
            inside = sum(self.scene.clusters[c].count for c in clusters)
            answer = self.ask_keep_notes(len(clusters), inside) if inside else True
            if answer is None:
                return None
            keep = answer
        return self.run(lambda: self.services.board.clusters.delete_items(
            notes, clusters, keep_notes=keep))

    def recolour_selected(self, colour: str) -> ChangeSet | None:
        self.colour = colour
        notes, clusters = self.scene.selected_notes(), self.scene.selected_clusters()
        if notes:
            return self.run(lambda: self.services.notes.recolour_notes(notes, colour))
        if len(clusters) == 1:
            return self.run(lambda: self.services.board.clusters.recolour_cluster(clusters[0],
                                                                                  colour))
        return None

    def cluster_selected(self, title: str = N_("New cluster")) -> ChangeSet | None:
        notes = self.scene.selected_notes()
        session = self.scene.session_id
        if session is None:
            return None
        heights = {n: self.scene.notes[n].height for n in notes}
        centre = self.scene.views()[0].mapToScene(self.scene.views()[0].viewport().rect().center()) \
            if self.scene.views() else QPointF()
        change = self.run(lambda: self.services.board.clusters.create_cluster(
            session, title, colour="white", x=centre.x(), y=centre.y(),
            activity_id=self.scene.activity_id, note_ids=notes, heights=heights))
        if change is not None and isinstance(change.new_id, int):
            item = self.scene.clusters.get(change.new_id)
            if item is not None:
                self.scene.clearSelection()
                item.setSelected(True)
                self.start_rename(item)
        return change

    def tidy(self) -> ChangeSet | None:
        chosen = self.scene.selected_clusters() or list(self.scene.clusters)
        heights = {i: n.height for i, n in self.scene.notes.items() if n.height != NOTE_H}
        return self.run(lambda: self.services.board.clusters.tidy_clusters(chosen, heights))

    def merge_selected(self) -> ChangeSet | None:
        chosen = [self.scene.clusters[c] for c in self.scene.selected_clusters()]
        if len(chosen) != 2:
            self.env.undo.error.emit("Select exactly two clusters to merge.")
            return None
        keep, absorb = sorted(chosen, key=lambda c: (-c.count, c.cluster_id))
        heights = {i: n.height for i, n in self.scene.notes.items() if n.height != NOTE_H}
        return self.run(lambda: self.services.board.clusters.merge_clusters(
            keep.cluster_id, absorb.cluster_id, heights))

    def toggle_collapsed(self) -> ChangeSet | None:
        chosen = self.scene.selected_clusters()
        if not chosen:
            return None
        collapse = not all(self.scene.clusters[c].cluster.collapsed for c in chosen)
        return self.run(lambda: self.services.board.clusters.set_collapsed(chosen, collapse))

    def hold_back_selected(self) -> ChangeSet | None:
        notes = self.scene.selected_notes()
        if not notes:
            return None
        held = not all(self.scene.notes[n].note.held_back for n in notes)
        return self.run(lambda: self.services.board.moderation.hold_back(notes, held))

    # Board-wide ----------------------------------------------------------------------------
    def reveal_all(self) -> ChangeSet | None:
        session = self.scene.session_id
        return None if session is None else self.run(
            lambda: self.services.board.moderation.reveal_all(session, self.scene.activity_id))

    def set_silent_writing(self, on: bool) -> ChangeSet | None:
        session = self.scene.session_id
        return None if session is None else self.run(
            lambda: self.services.board.moderation.set_silent_writing(session, on))

    def set_show_groups(self, on: bool) -> ChangeSet | None:
        session = self.scene.session_id
        return None if session is None else self.run(
            lambda: self.services.board.moderation.set_show_author_groups(session, on))

    def set_per_activity(self, on: bool) -> ChangeSet | None:
        session = self.scene.session_id
        scope = BoardScope.ACTIVITY if on else BoardScope.SESSION
        return None if session is None else self.run(
            lambda: self.services.board.moderation.set_board_scope(session, scope))
