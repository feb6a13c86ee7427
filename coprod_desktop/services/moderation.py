"""What the room sees: silent writing, revealing notes, holding one back, and the board's settings.

Holding a note back keeps it off the projector for good (even after "reveal all") and says nothing
about who wrote it: labels and messages here never name or hint at the author.
"""

from __future__ import annotations

from collections.abc import Iterable

from coprod_desktop.domain.board import BoardScope
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_, Nn_
from coprod_desktop.services.board_base import BoardService
from coprod_desktop.services.changes import ChangeSet


class ModerationService(BoardService):
    def reveal_all(self, session_id: int, activity_id: int | None = None) -> ChangeSet:
        """Show the room every note written so far (except those held back)."""
        self.read.session(session_id)
        scope = "" if activity_id is None else " AND activity_id = ?"
        waiting = [r["id"] for r in self.ctx.db.query(
            f"SELECT id FROM note WHERE session_id = ?{scope} AND hidden = 1 AND held_back = 0",
            [session_id] + ([] if activity_id is None else [activity_id]))]
        if not waiting:
            raise ValidationError(N_("There are no new notes waiting to be shown."))
        said = Said.counted(Nn_("Reveal %(n)s note", "Reveal %(n)s notes"), len(waiting))
        with self.ctx.change(said, session_id=session_id) as unit:
            for note_id in waiting:
                unit.update("note", note_id, hidden=0)
        return self.done(unit)

    def hold_back(self, note_ids: Iterable[int], held: bool = True) -> ChangeSet:
        """Keep notes off the projector (or let them back on). The facilitator still reads them."""
        ids = sorted({int(i) for i in note_ids})
        if not ids:
            raise ValidationError(N_("No notes are selected."))
        notes = self.board.notes_by_id(ids)
        if len(notes) != len(ids):
            raise ValidationError(N_("That note is no longer on the board."))
        forms = Nn_("Hold back %(n)s note", "Hold back %(n)s notes") if held else \
            Nn_("Stop holding back %(n)s note", "Stop holding back %(n)s notes")
        with self.ctx.change(Said.counted(forms, len(ids)), session_id=notes[0].session_id) as unit:
            for note_id in ids:
                unit.update("note", note_id, held_back=int(held))
        return self.done(unit)

    def set_silent_writing(self, session_id: int, on: bool) -> ChangeSet:
        """While on, new notes stay off the projector (shown as a count) until revealed."""
        return self._set(session_id, "silent_writing", int(on),
                         N_("Silent writing on") if on else N_("Silent writing off"))

    def set_show_author_groups(self, session_id: int, on: bool) -> ChangeSet:
        """Show a stripe in the colour of each author's group (never their name)."""
        return self._set(session_id, "show_author_groups", int(on),
                         N_("Show the writers' group colours") if on
                         else N_("Hide the writers' group colours"))

    def set_board_scope(self, session_id: int, scope: BoardScope | str) -> ChangeSet:
        try:
            value = BoardScope(scope)
        except ValueError:
            raise ValidationError(N_("A board is either per session or per activity.")) from None
        label = N_("One board per activity") if value is BoardScope.ACTIVITY \
            else N_("One board for the session")
        return self._set(session_id, "board_scope", value.value, label)

    def _set(self, session_id: int, column: str, value: object, label: str) -> ChangeSet:
        self.read.session(session_id)
        with self.ctx.change(label, session_id=session_id) as unit:
            unit.update("session", session_id, **{column: value})
        return self.done(unit)
