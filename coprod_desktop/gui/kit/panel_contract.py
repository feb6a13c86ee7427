"""The typed contract between the console shell and its panels.

A panel is a QWidget built as `Panel(env, parent=None)` with a `title` and
`set_session(session_id)`. What else it offers the shell it declares in `hooks()`, a
`PanelHooks` record: no hook is looked up by name. A panel without `hooks()` offers none.

The shell builds a panel the first time it is shown or asked for (gui/console/panels.py names
its class, title and `tools` beforehand) and gives it its session then. After that it calls
`set_session` only while a panel is shown; a hidden panel is marked stale and gets one
`set_session` when it is next shown (see `gui/kit/shown_gate.py` for ChangeSets).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class PanelHooks:
    # Agenda tools this panel does ("board", "vote", "round", "stories", "actions", "signin",
    # "discussion"): the Run screen shows it when the running activity's Tool column names one.
    tools: tuple[str, ...] = ()
    # Emits a session id: the shell selects that session everywhere.
    session_requested: SignalInstance | None = None
    # Emits (activity id, tool) when the room moves to another activity.
    activity_started: SignalInstance | None = None
    # Emits a tool name: the shell brings that tool's panel forward.
    tool_requested: SignalInstance | None = None
    # Called with (activity id, tool) when the room moves on.
    follow_activity: Callable[[int, str], None] | None = None
    # Called with the tool name when the shell brings this panel forward for a tool.
    show_tool: Callable[[str], None] | None = None
    # Puts this panel's view on the projector; returns the projector view's key.
    project: Callable[[], str | None] | None = None
    # Whether the panel's projector view has anything for the room yet (a round under way, a
    # story being told). When the room moves on to this panel's activity and it has nothing yet,
    # the projector keeps the activity card instead of a bare "No round yet". None: always.
    ready: Callable[[], bool] | None = None
    # Called before the programme's file closes (servers, threads).
    shutdown: Callable[[], None] | None = None
    # Gets every session switch even while hidden (it holds something live: the agenda's runner
    # and chime, the sign-in server, which closes when the session changes).
    always_current: bool = False


class Panel(Protocol):
    title: str

    def __init__(self, env: object, parent: QWidget | None = None) -> None: ...

    def set_session(self, session_id: int | None) -> None: ...


@runtime_checkable
class OffersHooks(Protocol):
    def hooks(self) -> PanelHooks: ...


NO_HOOKS = PanelHooks()


def hooks_of(panel: object) -> PanelHooks:
    """The hooks `panel` declares (NO_HOOKS for a panel that declares none)."""
    return panel.hooks() if isinstance(panel, OffersHooks) else NO_HOOKS
