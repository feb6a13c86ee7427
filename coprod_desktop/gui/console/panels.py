"""The console's three places and the panels in each, in order. Adding a panel is one line here.

- PLAN: the programme and its calendar, sessions, agenda and method library, people, payments,
  privacy (and the jargon buster, which is prepared before a meeting);
- RUN: the live room's tools, under the Run screen's presenter strip (gui/console/run_screen.py);
- FOLLOW_UP: actions, rapid tests, roles (handouts and exports: File › Export, Ctrl+E).

A panel is a QWidget built as `Panel(env, parent=None)` with a `title` and `set_session(id)`; the
hooks it offers the shell it declares in `hooks() -> PanelHooks` (gui/kit/panel_contract.py). A
panel listens to ChangeSets itself (`gui.listen.listen`) and refreshes only what they name, and
only while shown where it can (gui/kit/shown_gate.py).

The registry names each panel's class by where it lives, not by importing it: the shell builds a
panel (and imports its module) the first time it is shown or something asks for it, and gives it
its session then (issue 18: a programme opens without building nineteen panels first). What the
shell must know before that is written here beside the class's place: its title (the tab's
text), the agenda tools it does (so the Run screen knows which tab an activity brings forward)
and whether it is built with the programme (`at_start`: the agenda, whose runner and chime are
live and drive the Run screen's presenter strip). tests/gui/test_lazy_panels.py checks that each
entry says what its class says.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from coprod_desktop.i18n import N_, _

__all__ = ["FOLLOW_UP", "PANELS", "PLACES", "PLACE_TITLES", "PLAN", "RUN", "PanelRef"]


@dataclass(frozen=True)
class PanelRef:
    path: str  # "package.module:ClassName"
    title: str  # the class's `title`
    tools: tuple[str, ...] = ()  # what its hooks().tools says
    at_start: bool = False  # built with the programme, not when first shown

    @property
    def class_name(self) -> str:
        return self.path.partition(":")[2]

    def load(self) -> type:
        """The panel's class (its module is imported now, the first time)."""
        module, _sep, name = self.path.partition(":")
        found = getattr(importlib.import_module(module), name)
        assert isinstance(found, type)
        return found

    def shown_title(self) -> str:
        """The tab's text before the panel exists: its title in the interface's language, as the
        shell shows a built panel's (`_(panel.title)`; the class marks it with N_)."""
        return _(self.title)


def _ref(path: str, title: str, *tools: str, at_start: bool = False) -> PanelRef:
    return PanelRef(f"coprod_desktop.gui.{path}", title, tools, at_start)


PLAN: list[PanelRef] = [
    _ref("programme.home:ProgrammeHome", N_("Programme")),
    _ref("console.overview:OverviewPanel", N_("Overview")),
    _ref("agenda.agenda_panel:AgendaPanel", N_("Agenda"), at_start=True),
    _ref("people.panel:PeoplePanel", N_("People")),
    _ref("people.payments_panel:PaymentsPanel", N_("Payments")),
    _ref("people.privacy_panel:PrivacyPanel", N_("Privacy")),
    _ref("plain.jargon_panel:JargonPanel", N_("Jargon")),
]

RUN: list[PanelRef] = [
    _ref("signin.panel:SignInPanel", N_("Sign-in"), "signin"),
    _ref("levelling.round_panel:RoundPanel", N_("Rounds"), "round"),
    _ref("levelling.story_panel:StoryPanel", N_("Stories"), "stories"),
    _ref("board.panel:BoardPanel", N_("Board"), "board", "vote"),
    _ref("levelling.discussion_panel:DiscussionPanel", N_("Discussion"), "discussion"),
    _ref("room_questions.panel:RoomQuestionsPanel", N_("Questions")),  # phones' questions, upvoted
    _ref("polls.panel:PollsPanel", N_("Polls"), "poll"),  # quick polls and word clouds
    _ref("checkout.panel:CheckoutPanel", N_("Check-out"), "checkout"),  # end of session, anonymous
]

FOLLOW_UP: list[PanelRef] = [
    # gui/programme/register.py's PANELS: Actions, Rapid tests, Roles
    _ref("programme.actions_panel:ActionsPanel", N_("Actions"), "actions"),
    _ref("programme.tests_panel:RapidTestsPanel", N_("Rapid tests")),
    _ref("programme.roles_panel:RolesPanel", N_("Roles")),
    # gui/outcomes/register.py's PANELS: You said, we did; who we are hearing; invitations
    _ref("outcomes.panel:OutcomesPanel", N_("You said, we did"), "outcomes"),
    _ref("outcomes.hearing_panel:HearingPanel", N_("Who we're hearing")),
    _ref("outcomes.invitations_panel:InvitationsPanel", N_("Invitations and follow-up")),
]

# Place name → its panels. The names are also the keymap's contexts ("plan", "run", "follow_up").
PLACES: dict[str, list[PanelRef]] = {"plan": PLAN, "run": RUN, "follow_up": FOLLOW_UP}
PLACE_TITLES: dict[str, str] = {"plan": N_("Plan"), "run": N_("Run"),
                                "follow_up": N_("Follow up")}

# Every panel, flat (for code that does not care where a panel sits).
PANELS: list[PanelRef] = [*PLAN, *RUN, *FOLLOW_UP]
