"""How the shell takes the closing-the-loop pieces (the lead places them under Follow up).

- `PANELS`: "You said, we did" (its projector view is `outcomes.since`), "Who we're hearing"
  (chart, reference, venues, reach by place, CSV), "Invited and lost" (CSV import, follow-up).
"""

from __future__ import annotations

from coprod_desktop.gui.outcomes.hearing_panel import HearingPanel
from coprod_desktop.gui.outcomes.invitations_panel import InvitationsPanel
from coprod_desktop.gui.outcomes.panel import OutcomesPanel
from coprod_desktop.gui.outcomes.projector_view import KEY as SINCE_VIEW

__all__ = ["PANELS", "SINCE_VIEW"]

PANELS: list[type] = [OutcomesPanel, HearingPanel, InvitationsPanel]
