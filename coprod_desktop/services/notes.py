"""Sticky notes: add, edit, recolour, move, hide or reveal, delete.

Clusters, votes and moderation are in `clusters.py`, `votes.py` and `moderation.py`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from coprod_desktop.domain import validate
from coprod_desktop.domain.board import TargetKind
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.limits import COLOUR_WORDS, DEFAULT_NOTE_COLOUR, NOTE_MAX
from coprod_desktop.domain.said import Said, ours
from coprod_desktop.i18n import N_, Nn_
from coprod_desktop.services.base import Service
from coprod_desktop.services.board_base import delete_votes_on
from coprod_desktop.services.changes import ChangeSet, Initiator, Key


def _note_text(text: str) -> str:
    return validate.text(text, N_("The note"), NOTE_MAX, field="text", multiline=True)


class NoteService(Service):
    def add_note(self, session_id: int, text: str, *, colour: str = DEFAULT_NOTE_COLOUR,
                 x: float = 0.0, y: float = 0.0, activity_id: int | None = None,
                 author_id: int | None = None, on_behalf: bool = False,
                 hidden: bool | None = None, cluster_id: int | None = None,
                 initiator: Initiator = Initiator.CONSOLE) -> ChangeSet:
        """Add a note. Unless `hidden` is given, it is hidden while the session's board is in
        silent-writing mode (the projector shows only how many are waiting)."""
        clean = _note_text(text)
        self.read.session(session_id)
        if hidden is None:
            hidden = self.read.board.settings(session_id).silent_writing
        if cluster_id is not None:
            found = self.read.board.clusters_by_id([cluster_id])
            if not found or found[0].session_id != session_id:
                raise ValidationError(N_("That cluster is no longer on this board."))
        now = self.ctx.now()
        with self.ctx.change(N_("Add note"), initiator=initiator, session_id=session_id,
                             undoable=initiator == Initiator.CONSOLE) as unit:
            unit.new_id = unit.insert("note", {
                "session_id": session_id, "activity_id": activity_id, "text": clean,
                "colour": validate.colour(colour), "x": validate.coordinate(x),
                "y": validate.coordinate(y), "hidden": int(hidden), "author_id": author_id,
                "on_behalf": int(on_behalf), "created_at": now, "updated_at": now,
                "cluster_id": cluster_id,
            })
        return self.done(unit)

    def edit_note(self, note_id: int, text: str) -> ChangeSet:
        clean = _note_text(text)
        note = self.read.note(note_id)
        with self.ctx.change(N_("Edit note"), session_id=note.session_id) as unit:
            unit.update("note", note_id, text=clean, updated_at=self.ctx.now())
        return self.done(unit)

    def recolour_notes(self, note_ids: Iterable[int], colour: str) -> ChangeSet:
        validate.colour(colour)
        ids = self._existing(note_ids)
        said = Said.counted(Nn_("Colour %(n)s note %(colour)s", "Colour %(n)s notes %(colour)s"),
                            len(ids), colour=ours(COLOUR_WORDS[colour]))
        with self.ctx.change(said) as unit:
            for note_id in ids:
                unit.update("note", note_id, colour=colour)
        return self.done(unit)

    def move_notes(self, positions: Mapping[int, tuple[float, float]]) -> ChangeSet:
        ids = self._existing(positions)
        places: dict[Key, dict[str, float]] = {
            note_id: {"x": validate.coordinate(positions[note_id][0]),
                      "y": validate.coordinate(positions[note_id][1])} for note_id in ids}
        with self.ctx.change(Said.counted(Nn_("Move %(n)s note", "Move %(n)s notes"), len(ids))) as unit:
            unit.update_many("note", places)
        return self.done(unit)

    def set_notes_hidden(self, note_ids: Iterable[int], hidden: bool) -> ChangeSet:
        ids = self._existing(note_ids)
        forms = Nn_("Hide %(n)s note", "Hide %(n)s notes") if hidden else \
            Nn_("Reveal %(n)s note", "Reveal %(n)s notes")
        label = Said.counted(forms, len(ids))
        with self.ctx.change(label) as unit:
            unit.update_many("note", {note_id: {"hidden": int(hidden)} for note_id in ids})
        return self.done(unit)

    def delete_notes(self, note_ids: Iterable[int]) -> ChangeSet:
        ids = self._existing(note_ids)
        with self.ctx.change(Said.counted(Nn_("Delete %(n)s note", "Delete %(n)s notes"), len(ids))) as unit:
            delete_votes_on(unit, TargetKind.NOTE, ids)
            for note_id in ids:
                unit.delete("note", note_id)
        return self.done(unit)

    def _existing(self, note_ids: Iterable[int]) -> list[int]:
        ids = sorted({int(i) for i in note_ids})
        if not ids:
            raise ValidationError(N_("No notes are selected."))
        found = {r["id"] for r in self.ctx.db.query(
            f"SELECT id FROM note WHERE id IN ({','.join('?' * len(ids))})", ids)}
        missing = [i for i in ids if i not in found]
        if missing:
            raise ValidationError(Said.counted(Nn_("%(n)s note no longer on the board.",
                                                   "%(n)s notes no longer on the board."),
                                               len(missing)))
        return ids


def _count(ids: Iterable[object]) -> str:
    n = len(list(ids))
    return "1 note" if n == 1 else f"{n} notes"
