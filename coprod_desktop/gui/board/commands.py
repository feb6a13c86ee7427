"""Every board action the facilitator takes, as one service call through the undo adapter.

The scene and views only ask; this sends the command and lets the ChangeSet bring the scene up to
date. When a command is refused, the items it was about are put back as the model has them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsItem

from coprod_desktop.domain.board import NOTE_H, NOTE_W, TargetKind, winners
from coprod_desktop.gui.board.cluster_item import ClusterItem
from coprod_desktop.gui.board.editor import NoteEditor
from coprod_desktop.gui.board.note_item import NoteItem
from coprod_desktop.gui.board.scene import BoardScene
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.services import ChangeSet

# Asked before deleting clusters: (clusters, notes in them) -> keep the notes? None cancels.
AskKeepNotes = Callable[[int, int], "bool | None"]


class BoardCommands:
    def __init__(self, env: GuiEnv, scene: BoardScene, ask_keep_notes: AskKeepNotes) -> None:
        self.env = env
        self.scene = scene
        self.services = env.services
        self.ask_keep_notes = ask_keep_notes
        self.colour = "yellow"  # for new notes
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

        def save(text: str) -> bool:
            return self.run(lambda: self.services.notes.add_note(
                session, text, colour=self.colour, x=x, y=y, activity_id=activity,
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

        return self._open_editor(cluster.title, cluster.colour, item.scenePos(), save,
                                 single_line=True, width=item.frame_rect().width())

    def _open_editor(self, text: str, colour: str, where: QPointF, save: Callable[[str], bool],
                     cancel: Callable[[], None] | None = None, *, single_line: bool = False,
                     width: float = NOTE_W) -> NoteEditor:
        self._close_editor()
        editor = NoteEditor(text, colour, save, cancel or self._close_editor,
                            single_line=single_line, width=width)
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

    def cluster_selected(self, title: str = "New cluster") -> ChangeSet | None:
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

    # Voting ---------------------------------------------------------------------------------
    def open_vote(self, kind: TargetKind, dots: int, cap: int | None) -> ChangeSet | None:
        session = self.scene.session_id
        return None if session is None else self.run(
            lambda: self.services.board.votes.open_vote(
                session, target_kind=kind, dots_per_person=dots, cap_per_item=cap,
                activity_id=self.scene.activity_id))

    def _vote_targets(self) -> list[int]:
        vote_round = self.scene.vote_round
        if vote_round is None or not vote_round.is_open:
            self.env.undo.error.emit("Open a vote first.")
            return []
        chosen = (self.scene.selected_clusters() if vote_round.target_kind is TargetKind.CLUSTER
                  else self.scene.selected_notes())
        if not chosen:
            self.env.undo.error.emit(f"Select the {vote_round.target_kind.plural} to put a dot on.")
        return chosen

    def add_dot(self) -> list[ChangeSet]:
        """One dot on each selected item, for the chosen person (or for nobody in particular)."""
        vote_round = self.scene.vote_round
        done: list[ChangeSet] = []
        for target in self._vote_targets():
            assert vote_round is not None
            change = self.run(lambda t=target: self.services.board.votes.cast_vote(
                vote_round.id, t, voter_id=self.voter_id, on_behalf=True))
            if change is None:
                break
            done.append(change)
        return done

    def remove_dot(self) -> list[ChangeSet]:
        vote_round = self.scene.vote_round
        done: list[ChangeSet] = []
        for target in self._vote_targets():
            assert vote_round is not None
            change = self.run(lambda t=target: self.services.board.votes.withdraw_vote(
                vote_round.id, t, voter_id=self.voter_id))
            if change is not None:
                done.append(change)
        return done

    def close_vote(self) -> ChangeSet | None:
        vote_round = self.scene.vote_round
        if vote_round is None or not vote_round.is_open:
            return None
        return self.run(lambda: self.services.board.votes.close_vote(vote_round.id))

    def focus_choice(self) -> str | None:
        """What "record as our focus" would record: the selected item of a closed vote if one is
        selected, else the single winner. None on a tie with nothing chosen."""
        vote_round = self.scene.vote_round
        if vote_round is None or vote_round.is_open or not self.scene.results:
            return None
        by_id = {r.target_id: r for r in self.scene.results}
        chosen = (self.scene.selected_clusters() if vote_round.target_kind is TargetKind.CLUSTER
                  else self.scene.selected_notes())
        selected = [t for t in chosen if t in by_id]
        top = winners(self.scene.results)
        if len(selected) == 1:
            label = by_id[selected[0]].label
        elif len(top) == 1:
            label = top[0].label
        else:
            return None
        return label.splitlines()[0][:120]

    def choose_focus(self) -> ChangeSet | None:
        session, vote_round = self.scene.session_id, self.scene.vote_round
        if session is None or vote_round is None:
            return None
        label = self.focus_choice()
        if label is None:
            self.env.undo.error.emit("It is a tie: select the one the room chose, then try again.")
            return None
        return self.run(lambda: self.services.board.votes.choose_focus(
            session, label, round_id=vote_round.id))
