"""Read what the projector shows for a session (table `projector_view`, one row a session)."""

from __future__ import annotations

from coprod_desktop.domain.projector_view import ProjectorShown
from coprod_desktop.store.database import Queries


class ProjectorViewReader:
    def __init__(self, db: Queries) -> None:
        self.db = db

    def row_id(self, session_id: int) -> int | None:
        found = self.db.execute(
            "SELECT id FROM projector_view WHERE session_id = ?", [session_id]).fetchone()
        return int(found[0]) if found else None

    def shown(self, session_id: int) -> ProjectorShown:
        """What the projector shows for this session; nothing known yet is an empty record."""
        found = self.db.execute(
            "SELECT view, blank, term, explanation, dots_round_id FROM projector_view "
            "WHERE session_id = ?", [session_id]).fetchone()
        if found is None:
            return ProjectorShown()
        view, blank, term, explanation, dots = found
        return ProjectorShown(view=view or "", blank=bool(blank), term=term or "",
                              explanation=explanation or "",
                              dots_round_id=int(dots) if dots is not None else None)
