"""How the shell takes the programme's pieces.

- `HOME`: the console's home view, a panel (title "Programme") placed first among the tabs; it
  puts the celebration screen on the projector (`programme.celebration`) and emits
  `session_requested(int)` when a session is clicked on the timeline.
- `PANELS`: the other session panels (actions, rapid tests, roles); the tests panel puts the test
  board on the projector (`programme.tests`).
- `DayCounterLabel(env)`: "Day 37 of 100" for a corner of the projector.
- `new_action_from_note(env, note_id, parent)`: the board's "make an action from this note";
  `new_action_from_story(env, story_id, session_id, parent)` the same for the story queue.
- `NewFromEarlierDialog(env)`: a new programme from the open one; `created(NewProgramme)`.
"""

from __future__ import annotations

from coprod_desktop.gui.programme.action_dialog import new_action_from_note, new_action_from_story
from coprod_desktop.gui.programme.actions_panel import ActionsPanel
from coprod_desktop.gui.programme.day_counter import DayCounterLabel
from coprod_desktop.gui.programme.home import ProgrammeHome
from coprod_desktop.gui.programme.new_from_earlier import NewFromEarlierDialog
from coprod_desktop.gui.programme.projector_celebration import KEY as CELEBRATION_VIEW
from coprod_desktop.gui.programme.projector_tests import KEY as TESTS_VIEW
from coprod_desktop.gui.programme.roles_panel import RolesPanel
from coprod_desktop.gui.programme.tests_panel import RapidTestsPanel

__all__ = ["CELEBRATION_VIEW", "HOME", "PANELS", "TESTS_VIEW", "DayCounterLabel",
           "NewFromEarlierDialog", "new_action_from_note", "new_action_from_story"]

HOME: type = ProgrammeHome
PANELS: list[type] = [ActionsPanel, RapidTestsPanel, RolesPanel]
