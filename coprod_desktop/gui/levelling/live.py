"""Keeps a levelling widget in step: it reloads when a ChangeSet names its tables, repaints on ticks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.shown_gate import gate
from coprod_desktop.services import ChangeSet

ROUND_TABLES = ("talk_round", "round_turn", "attendance", "attendee")
SPEAKING_TABLES = ("speaking_segment", "hand", "attendance", "attendee")
STORY_TABLES = ("story", "note", "attendance", "attendee")


def follow(widget: QWidget, env: GuiEnv, tables: tuple[str, ...],
           reload: Callable[[], None], session: Callable[[], int | None], *,
           tick: Callable[[], None] | None = None, while_shown: bool = False) -> None:
    """Call `reload` after any change to `tables` in this widget's session; `tick` on every tick.

    `while_shown`: a console panel reloads only while it is shown, and once when next shown after
    changes it did not draw (a phone signing in does not rebuild a tab nobody is looking at)."""
    if while_shown:
        reload = gate(widget, reload).heard

    def heard(change: ChangeSet) -> None:
        current = session()
        if current is None or not change.touches(*tables):
            return
        if change.session_id in (None, current):
            reload()

    unsubscribe = env.services.subscribe(heard)
    widget.destroyed.connect(lambda *_: unsubscribe())
    env.ticker.tick.connect(tick or widget.update)


def settle_session(env: GuiEnv, session_id: int) -> None:
    """Tidy turns and talk left running when the file was last closed (no undo step is made)."""
    try:
        env.services.levelling.settle(session_id)
        env.services.speaking.settle(session_id)
        env.services.stories.settle(session_id)
    except CoprodError as exc:
        env.undo.error.emit(exc.message)
