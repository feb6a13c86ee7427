"""Keep what the projector shows in the file, so the big screen on a phone can follow it.

The console calls `show` when the facilitator changes the projector's view. It is not an edit:
nothing to undo (the projector itself is not undone), so it is written without history, and
only when something differs from what the file already says (a view shown twice writes once).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from coprod_desktop.domain.projector_view import ProjectorShown
from coprod_desktop.i18n import N_
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet

_UNSET: Any = object()


class ProjectorViewService(Service):
    def shown(self, session_id: int) -> ProjectorShown:
        return self.read.projector_view.shown(session_id)

    def show(self, session_id: int, *, view: str = _UNSET, blank: bool = _UNSET,
             term: str = _UNSET, explanation: str = _UNSET,
             dots_round_id: int | None = _UNSET) -> ChangeSet | None:
        """Record what changed on the projector; the rest stays as it was. None: nothing new."""
        self.read.session(session_id)
        given: dict[str, Any] = {k: v for k, v in {"view": view, "blank": blank, "term": term,
                                   "explanation": explanation,
                                   "dots_round_id": dots_round_id}.items() if v is not _UNSET}
        before = self.read.projector_view.shown(session_id)
        after = replace(before, **given)
        row_id = self.read.projector_view.row_id(session_id)
        if after == before and row_id is not None:
            return None
        with self.ctx.change(N_("The projector's view"), undoable=False, bookkeeping=True,
                             session_id=session_id) as unit:
            fields = {**after.fields, "updated_at": self.ctx.now()}
            if row_id is None:
                unit.insert("projector_view", {"session_id": session_id, **fields})
            else:
                unit.update("projector_view", row_id, **fields)
        return self.done(unit)
