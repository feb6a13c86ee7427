"""How the shell takes the closing-the-loop pieces (the lead places them under Follow up).

- `come_back_to_note(env, note_id, parent)`: the board's "We'll come back to this…" on a note.
- `PANELS`: "You said, we did" (its projector view is `outcomes.since`), "Who we're hearing"
  (chart, reference, venues, reach by place, CSV), "Invitations and follow-up" (CSV import, follow-up).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coprod_desktop.domain.outcomes import SourceKind
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.outcomes.dialogs import MarkDialog
from coprod_desktop.gui.outcomes.hearing_panel import HearingPanel
from coprod_desktop.gui.outcomes.invitations_panel import InvitationsPanel
from coprod_desktop.gui.outcomes.panel import OutcomesPanel
from coprod_desktop.gui.outcomes.projector_view import KEY as SINCE_VIEW

__all__ = ["PANELS", "SINCE_VIEW", "come_back_to_note"]

PANELS: list[type] = [OutcomesPanel, HearingPanel, InvitationsPanel]


def come_back_to_note(env: GuiEnv, note_id: int, parent: QWidget | None = None) -> MarkDialog:
    """Open "We'll come back to this" with the note chosen and its words filled in."""
    note = env.services.read.note(note_id)
    dialog = MarkDialog(env, note.session_id, parent, kind=SourceKind.NOTE, source_id=note_id)
    dialog.open()
    return dialog
