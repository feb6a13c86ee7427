"""The agenda runner's headline at a laptop's 1366 px: whole words and '…', never cut mid-word,
and the whole headline kept as its tooltip (review rev1 item 15: "Starts at 18:00 with ‘Che")."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.gui.agenda.agenda_panel import AgendaPanel
from coprod_desktop.gui.kit.elided_label import elide_at_word
from coprod_desktop.services import Services
from tests.gui.agenda_host import make_env

LONG_TITLE = "Check-in: one word for how you are arriving today, and why that word"


@pytest.fixture
def panel(qtbot, services: Services, session_id: int, clock: FakeClock) -> Iterator[AgendaPanel]:
    services.agenda.zone = UTC
    env = make_env(services, clock)
    widget = AgendaPanel(env)
    qtbot.addWidget(widget)
    qtbot.addWidget(env.projector)  # type: ignore[arg-type]
    widget.set_session(session_id)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    env.ticker.stop()


def test_words_are_kept_whole_and_end_with_an_ellipsis():
    text = "Starts at 18:00 with ‘Check-in round’"
    assert elide_at_word(text, 100, len) == text
    assert elide_at_word(text, 24, len) == "Starts at 18:00 with…"  # not "…with ‘…"
    assert elide_at_word(text, 20, len) == "Starts at 18:00…"
    assert elide_at_word("No activities yet: add some", 20, len) == "No activities yet…"
    assert elide_at_word("Unbreakablewordhere", 8, len) == "Unbreak…"  # nothing else to do


def _is_whole_words_of(shown: str, whole: str) -> bool:
    if shown == whole:
        return True
    start = shown.removesuffix("…").rstrip()
    return shown.endswith("…") and whole.startswith(start) and whole[len(start)] in " ,:;’"


def test_the_headline_ends_at_a_word_and_keeps_the_whole_as_its_tooltip(
        panel: AgendaPanel, services: Services, session_id: int, qtbot, artifacts: Path):
    bar = panel.runner_bar
    empty = "No activities yet: add some from the library."
    assert bar.now_label.text() == empty
    # Nothing ahead or behind yet: the headline is not squeezed into half the row for it.
    assert bar.now_label.shown_text == empty
    services.agenda.add_activity(session_id, LONG_TITLE, 10)
    qtbot.waitUntil(lambda: LONG_TITLE in bar.now_label.text())
    whole = bar.now_label.text()
    shown = bar.now_label.shown_text
    assert shown != whole and _is_whole_words_of(shown, whole), shown
    assert bar.now_label.toolTip() == whole
    assert bar.now_label.accessibleName() in ("", whole)  # a screen reader hears it all
    metrics = bar.now_label.fontMetrics()
    assert metrics.horizontalAdvance(shown) <= bar.now_label.contentsRect().width()
    bar.grab().save(str(artifacts / "agenda-headline-1366.png"))
    # Room again: the whole headline, and no tooltip repeating it.
    panel.resize(3000, 700)
    qtbot.waitUntil(lambda: bar.now_label.shown_text == whole)
    assert bar.now_label.toolTip() == ""
