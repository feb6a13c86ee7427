"""Colours and type for the levelling views: the projector is read from 8 metres away.

Two looks, one for each projector theme (ui/projector-*.qss): every text colour is at least 7:1
on the background it is drawn on (WCAG AAA), checked in tests/gui/levelling/test_projector_theme.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont

from coprod_desktop.facilitation.countdown import Stage
from coprod_desktop.facilitation.stories import StoryStage
from coprod_desktop.gui.kit import timer_look as agenda_view

FAMILIES = ["Atkinson Hyperlegible", "DejaVu Sans", "Noto Sans", "Sans Serif"]

BACKGROUND = QColor(agenda_view.BACKGROUND)  # the same near-black as the agenda's view
PANEL = QColor("#1C232B")
TEXT = QColor("#FFFFFF")
MUTED = QColor("#C3CBD6")  # 11:1 on the background
CALM = QColor("#8FD6CC")  # a story running over: an invitation, not an alarm

# The agenda's countdown box for each stage: (box, digits). Same colours, same words.
STAGE_BOX = {stage: (QColor(box), QColor(digits)) for stage, (box, digits) in agenda_view.BOX.items()}
STAGE_WORDS = agenda_view.STAGE_WORDS

STORY_COLOURS = {
    StoryStage.NORMAL: QColor("#FFFFFF"),
    StoryStage.AMBER: QColor("#FFB000"),
    StoryStage.OVERTIME: CALM,
}


@dataclass(frozen=True)
class Look:
    """What a levelling projector view paints with, under one projector theme."""

    background: QColor
    panel: QColor  # the story's prompt card, the tracks of bars
    text: QColor
    muted: QColor
    stage_box: Mapping[Stage, tuple[QColor, QColor]]  # (box, digits), as the agenda's view
    story: Mapping[StoryStage, QColor]


DARK = Look(BACKGROUND, PANEL, TEXT, MUTED, STAGE_BOX, STORY_COLOURS)
LIGHT = Look(  # black on white, like ui/projector-light.qss and the agenda's light look
    background=QColor(agenda_view.LIGHT.background),
    panel=QColor("#E8ECF0"),
    text=QColor(agenda_view.LIGHT.text),
    muted=QColor(agenda_view.LIGHT.soft_text),
    stage_box={stage: (QColor(box), QColor(digits))
               for stage, (box, digits) in agenda_view.LIGHT.box.items()},
    story={StoryStage.NORMAL: QColor("#000000"),
           StoryStage.AMBER: QColor("#6B4000"),  # amber on white is unreadable: a deep brown-amber
           StoryStage.OVERTIME: QColor("#00594F")},  # a deep teal, still calm
)
LOOKS = {"dark": DARK, "light": LIGHT}


def font(pixels: float, *, bold: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(FAMILIES)
    f.setPixelSize(max(1, round(pixels)))
    f.setBold(bold)
    return f
