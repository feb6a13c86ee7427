"""The session panels, in tab order. A feature adds its panel with one line here.

A panel is a QWidget with a class attribute `title`, built as `Panel(env, parent=None)`, with
`set_session(session_id: int | None)`. It listens to ChangeSets itself (`gui.listen.listen`) and
refreshes only what they name. A panel that holds something live (a server, a thread) may define
`shutdown()`: it is called before the programme's file is closed.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from coprod_desktop.gui.agenda.agenda_panel import AgendaPanel
from coprod_desktop.gui.board.panel import BoardPanel
from coprod_desktop.gui.console.overview import OverviewPanel
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.levelling import DiscussionPanel, RoundPanel, StoryPanel
from coprod_desktop.gui.outcomes import register as closing_the_loop
from coprod_desktop.gui.people.panel import PeoplePanel
from coprod_desktop.gui.people.payments_panel import PaymentsPanel
from coprod_desktop.gui.people.privacy_panel import PrivacyPanel
from coprod_desktop.gui.plain.jargon_panel import JargonPanel
from coprod_desktop.gui.programme import register as programme
from coprod_desktop.gui.signin.panel import SignInPanel


class Panel(Protocol):
    title: str

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None: ...

    def set_session(self, session_id: int | None) -> None: ...


PANELS: list[type] = [
    programme.HOME,
    OverviewPanel,
    AgendaPanel,
    SignInPanel,
    BoardPanel,
    *programme.PANELS,
    *closing_the_loop.PANELS,
    RoundPanel,
    DiscussionPanel,
    StoryPanel,
    JargonPanel,
    PeoplePanel,
    PaymentsPanel,
    PrivacyPanel,
]
