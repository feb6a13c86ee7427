"""Colours and type for the levelling views: the projector is read from 8 metres away."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from coprod_desktop.facilitation.stories import StoryStage
from coprod_desktop.gui.agenda import projector_view as agenda_view

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


def font(pixels: float, *, bold: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(FAMILIES)
    f.setPixelSize(max(1, round(pixels)))
    f.setBold(bold)
    return f
