"""Whether the board can be read on the wall at a scale, and the note size the projector draws.

A board fitted on the projector draws its notes at the board's zoom. The projector shows the
board itself when the notes most of them are written in can be read from the back of the room
(gui/kit/legibility.py: 24 px capitals at 1080p); it draws every note at least that size, a long
note shortened (note_item.py). Otherwise it shows the themes (themes_view.py).
"""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF

from coprod_desktop.gui.board import palette
from coprod_desktop.gui.board.scene import BoardScene
from coprod_desktop.gui.kit.legibility import min_cap_height


def deciding_note_px(scene: BoardScene) -> int | None:
    """The note size that decides whether the board can be read on the wall: the size three
    notes in four have or exceed. One long note (drawn small so it fits) does not decide for
    the whole board; the projector draws it at the board's size, shortened (note_item.py)."""
    sizes = sorted(item.font_px for item in scene.notes.values() if item.on_projector)
    return sizes[len(sizes) // 4] if sizes else None


def smallest_note_cap_px(scene: BoardScene, scale: float) -> float | None:
    """The cap height on screen of the deciding note text the projector draws at `scale`."""
    pixels = deciding_note_px(scene)
    if pixels is None:
        return None
    font = palette.font(pixels, note=True)
    return QFontMetricsF(font).capHeight() * scale


def readable(scene: BoardScene, scale: float, screen_height: int) -> bool:
    cap = smallest_note_cap_px(scene, scale)
    return cap is None or cap >= min_cap_height(screen_height) - 0.5


def room_note_px(scale: float, screen_height: int) -> int:
    """The smallest note size readable on the wall at `scale` (the projector draws every note at
    least this size, shortening the few long ones); the largest size if none is."""
    least = min_cap_height(screen_height) - 0.5
    fitting = [px for px in palette.NOTE_FONT_STEPS
               if QFontMetricsF(palette.font(px, note=True)).capHeight() * scale >= least]
    return min(fitting) if fitting else max(palette.NOTE_FONT_STEPS)
