"""How the shell takes the programme's pieces: console panels, projector views, the day label.

- `PANELS`: session panels for the console's tabs (each `Panel(env)`, with `set_session`).
- `ProgrammeHome(env)`: the console's home view (also a panel); `session_requested(int)` when a
  session is clicked on the timeline.
- `add_projector_views(env)`: registers `programme.tests` and `programme.celebration`.
- `DayCounterLabel(env)`: "Day 37 of 100" for a corner of the projector.
- `new_action_from_note(env, note_id, parent)`: the board's "make an action from this note".
"""

from __future__ import annotations

from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.programme import projector_celebration, projector_tests
from coprod_desktop.gui.programme.action_dialog import new_action_from_note
from coprod_desktop.gui.programme.actions_panel import ActionsPanel
from coprod_desktop.gui.programme.day_counter import DayCounterLabel
from coprod_desktop.gui.programme.home import ProgrammeHome
from coprod_desktop.gui.programme.projector_celebration import CelebrationView, QuoteSource
from coprod_desktop.gui.programme.projector_tests import TestBoardView
from coprod_desktop.gui.programme.roles_panel import RolesPanel
from coprod_desktop.gui.programme.tests_panel import RapidTestsPanel

__all__ = ["PANELS", "DayCounterLabel", "ProgrammeHome", "add_projector_views",
           "new_action_from_note"]

PANELS: list[type] = [ActionsPanel, RapidTestsPanel, RolesPanel]

TESTS_VIEW = projector_tests.KEY
CELEBRATION_VIEW = projector_celebration.KEY


def add_projector_views(env: GuiEnv, quotes: QuoteSource | None = None) -> dict[str, object]:
    """Put the test board and the celebration screen on the projector; returns them by key."""
    views = {TESTS_VIEW: TestBoardView(env), CELEBRATION_VIEW: CelebrationView(env, quotes)}
    for key, widget in views.items():
        env.projector.add_view(key, widget)  # type: ignore[arg-type]
    return views
