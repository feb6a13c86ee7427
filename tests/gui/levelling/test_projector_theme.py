"""The levelling projector views follow the projector's light and dark themes, and every text
colour they paint keeps WCAG AAA (7:1) contrast on what it is painted on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from coprod_desktop.clock import FakeClock
from coprod_desktop.facilitation.countdown import Stage
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.levelling import style
from coprod_desktop.gui.levelling.balance_view import BalanceProjectorView, chart_theme
from coprod_desktop.gui.levelling.round_panel import STAGE_CSS
from coprod_desktop.gui.levelling.round_view import RoundProjectorView
from coprod_desktop.gui.levelling.story_view import StoryProjectorView
from coprod_desktop.gui.plain.contrast import contrast
from coprod_desktop.gui.theme import palette
from coprod_desktop.services import Services

AAA = 7.0


def _pairs(look: style.Look) -> list[tuple[str, QColor, QColor]]:
    """(what, text colour, the colour under it) for everything the views write."""
    chart = chart_theme(look)
    pairs = [("text", look.text, look.background), ("muted", look.muted, look.background),
             ("prompt on its card", look.text, look.panel),
             ("chart text", chart.text, chart.background),
             ("chart muted", chart.muted, chart.background)]
    pairs += [(f"countdown {stage}", digits, box) for stage, (box, digits) in look.stage_box.items()]
    pairs += [(f"story {stage}", colour, look.background) for stage, colour in look.story.items()]
    return pairs


@pytest.mark.parametrize("theme", sorted(style.LOOKS))
def test_every_levelling_text_colour_is_aaa(theme: str) -> None:
    weak = [(what, text.name(), under.name(), round(contrast(text.name(), under.name()), 2))
            for what, text, under in _pairs(style.LOOKS[theme])
            if contrast(text.name(), under.name()) < AAA]
    assert weak == []


def _corner(view: QWidget) -> QColor:
    return view.grab().toImage().pixelColor(3, view.height() - 3)


def test_the_views_follow_a_theme_change_while_showing(qtbot, env: GuiEnv, services: Services,
                                                      session_id: int, room: list[int],
                                                      clock: FakeClock, artifacts: Path) -> None:
    # Something on each view: a round part-way through a turn, a story being told, some talk.
    services.speaking.mark_speaker(session_id, room[0])
    clock.advance(40)
    services.speaking.mark_speaker(session_id, room[1])
    clock.advance(20)
    services.speaking.mark_speaker(session_id, None)
    round_id = int(services.levelling.create_round(session_id, "Check-in", turn_s=60).new_id or 0)
    services.levelling.start_round(round_id)
    clock.advance(50)  # nearly time: the amber box
    story_id = int(services.stories.add_story(session_id, room[1], title="School mornings",
                                              prompt="Tell us about a good day.").new_id or 0)
    services.stories.start_story(story_id)

    projector = env.projector
    views: dict[str, QWidget] = {}
    for kind in (RoundProjectorView, StoryProjectorView, BalanceProjectorView):
        view = kind(env)
        view.set_session(session_id)
        projector.add_view(kind.KEY, view)
        views[kind.KEY] = view
    projector.resize(1280, 720)
    projector.show()
    qtbot.waitExposed(projector)
    assert views[RoundProjectorView.KEY].current_picture().stage is Stage.WARNING

    for key, view in views.items():
        projector.show_view(key)
        projector.set_theme("dark")
        assert view.theme == "dark" and _corner(view) == style.DARK.background
        projector.set_theme("light")  # View › Theme, while this view is on the wall
        assert view.theme == "light" and view.look is style.LIGHT
        assert _corner(view) == style.LIGHT.background
        view.grab().save(str(artifacts / f"polish-{key.replace('.', '-')}-light.png"))
    # Views not on show follow too, and are right when they come back.
    projector.set_theme("dark")
    assert all(v.theme == "dark" for v in views.values())
    projector.show_view(RoundProjectorView.KEY)
    assert _corner(views[RoundProjectorView.KEY]) == style.DARK.background


def test_a_view_added_to_a_light_projector_starts_light(qtbot, env: GuiEnv) -> None:
    env.projector.set_theme("light")
    view = RoundProjectorView(env)
    env.projector.add_view(RoundProjectorView.KEY, view)
    assert view.theme == "light"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_console_round_countdown_reads_in_both_console_themes(qapp, theme: str) -> None:
    window = palette(theme).window().color().name()
    weak = {stage: colour for stage, colour in STAGE_CSS[theme].items()
            if contrast(colour, window) < AAA}
    assert weak == {}
