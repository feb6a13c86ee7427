"""Colours and type for the board. Dark text on light notes, so a note reads from the back row."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QFont, QFontDatabase

# Note colours: light enough for near-black text at 12:1 or more.
NOTE_FILL = {
    "yellow": "#FFE873",
    "pink": "#FFB8D2",
    "blue": "#A9D6FF",
    "green": "#B8E6A0",
    "orange": "#FFC78A",
    "purple": "#D9C6FF",
    "white": "#FFFFFF",
}
# Cluster frames: a pale body, and a stronger title bar that still carries black text.
CLUSTER_BODY = {
    "yellow": "#FFF9D9", "pink": "#FFEAF2", "blue": "#E6F3FF", "green": "#EAF7E2",
    "orange": "#FFF0DE", "purple": "#F3EDFF", "white": "#FAFAFA",
}
CLUSTER_BAR = {
    "yellow": "#F5D536", "pink": "#F58FB6", "blue": "#6FB6F2", "green": "#86CC63",
    "orange": "#F5A34F", "purple": "#B59BF0", "white": "#D9DDE2",
}
CLUSTER_EDGE = {
    "yellow": "#A68A00", "pink": "#B3356A", "blue": "#1F6FB5", "green": "#3C7A1E",
    "orange": "#B35F00", "purple": "#6446B3", "white": "#6B7280",
}
INK = QColor("#111111")
MUTED_INK = QColor("#4A4F57")
CONSOLE_BACKGROUND = QColor("#E4E7EB")
PROJECTOR_BACKGROUND = QColor("#1C2127")
SELECTION = QColor("#0B57D0")
SEARCH_HIT = QColor("#E8590C")
WINNER = QColor("#F2B705")
DROP_TARGET = QColor("#0B57D0")
HELD_BACK_FILL = QColor("#C9CDD2")

# Pixel sizes of note text, largest first; a note takes the largest its text fits at.
NOTE_FONT_STEPS = (26, 22, 18)


@cache
def family() -> str:
    """Atkinson Hyperlegible when installed (it reads best on a projector), else the UI font."""
    for wanted in ("Atkinson Hyperlegible", "Atkinson Hyperlegible Next", "DejaVu Sans"):
        if wanted in QFontDatabase.families():
            return wanted
    return QFont().family()


@cache
def note_family() -> str:
    """For note text: Atkinson Hyperlegible, else a condensed face, which fits a note's words at a
    larger size than a regular one (bigger letters read better from the back of the room)."""
    for wanted in ("Atkinson Hyperlegible", "Atkinson Hyperlegible Next", "DejaVu Sans Condensed"):
        if wanted in QFontDatabase.families():
            return wanted
    return family()


@cache
def font(pixels: int, *, bold: bool = False, note: bool = False) -> QFont:
    f = QFont(note_family() if note else family())
    f.setPixelSize(pixels)
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # scales smoothly when zoomed
    return f


@cache
def colour(table: str, name: str) -> QColor:
    tables = {"note": NOTE_FILL, "body": CLUSTER_BODY, "bar": CLUSTER_BAR, "edge": CLUSTER_EDGE}
    chosen = tables[table]
    return QColor(chosen.get(name, chosen["white"]))
