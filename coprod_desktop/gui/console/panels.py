"""The console's three places and the panels in each, in order. Adding a panel is one line here.

- PLAN: the programme and its calendar, sessions, agenda and method library, people, payments,
  privacy (and the jargon buster, which is prepared before a meeting);
- RUN: the live room's tools, under the Run screen's presenter strip (gui/console/run_screen.py);
- FOLLOW_UP: actions, rapid tests, roles (handouts and exports: File › Export, Ctrl+E).

A panel is a QWidget built as `Panel(env, parent=None)` with a `title` and `set_session(id)`; the
hooks it offers the shell it declares in `hooks() -> PanelHooks` (gui/kit/panel_contract.py). A
panel listens to ChangeSets itself (`gui.listen.listen`) and refreshes only what they name, and
only while shown where it can (gui/kit/shown_gate.py); the shell gives a hidden panel its session
once, when it is shown.
"""

from __future__ import annotations

from coprod_desktop.gui.agenda.agenda_panel import AgendaPanel
from coprod_desktop.gui.board.panel import BoardPanel
from coprod_desktop.gui.checkout.panel import CheckoutPanel
from coprod_desktop.gui.console.overview import OverviewPanel
from coprod_desktop.gui.kit.panel_contract import Panel
from coprod_desktop.gui.levelling import DiscussionPanel, RoundPanel, StoryPanel
from coprod_desktop.gui.outcomes import register as closing_the_loop
from coprod_desktop.gui.people.panel import PeoplePanel
from coprod_desktop.gui.people.payments_panel import PaymentsPanel
from coprod_desktop.gui.people.privacy_panel import PrivacyPanel
from coprod_desktop.gui.plain.jargon_panel import JargonPanel
from coprod_desktop.gui.polls.panel import PollsPanel
from coprod_desktop.gui.programme import register as programme
from coprod_desktop.gui.room_questions.panel import RoomQuestionsPanel
from coprod_desktop.gui.signin.panel import SignInPanel
from coprod_desktop.i18n import N_

__all__ = ["FOLLOW_UP", "PANELS", "PLACES", "PLACE_TITLES", "PLAN", "RUN", "Panel"]

PLAN: list[type] = [
    programme.HOME,
    OverviewPanel,
    AgendaPanel,
    PeoplePanel,
    PaymentsPanel,
    PrivacyPanel,
    JargonPanel,
]

RUN: list[type] = [
    SignInPanel,
    RoundPanel,
    StoryPanel,
    BoardPanel,
    DiscussionPanel,
    RoomQuestionsPanel,  # phones' questions for the room, upvoted
    PollsPanel,  # quick polls and word clouds, revealed when ready
    CheckoutPanel,  # the end-of-session check-out, anonymous
]

FOLLOW_UP: list[type] = [
    *programme.PANELS,  # Actions, Rapid tests, Roles
    *closing_the_loop.PANELS,  # You said, we did; who we are hearing; invitations
]

# Place name → its panels. The names are also the keymap's contexts ("plan", "run", "follow_up").
PLACES: dict[str, list[type]] = {"plan": PLAN, "run": RUN, "follow_up": FOLLOW_UP}
PLACE_TITLES: dict[str, str] = {"plan": N_("Plan"), "run": N_("Run"),
                                "follow_up": N_("Follow up")}

# Every panel, flat (for code that does not care where a panel sits).
PANELS: list[type] = [*PLAN, *RUN, *FOLLOW_UP]
