"""Arrange: lay every cluster and loose note out on shelves so that no two overlap.

Pure arithmetic on rectangles (no Qt), in the board's reading order (top to bottom, left to
right), so a board keeps roughly its shape. Rows are about as wide as the board is tall would be
if it were square-ish, so the whole board fits a 16:9 projector well.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coprod_desktop.domain.board import GAP

Key = tuple[str, int]  # ("cluster", id) or ("note", id)


@dataclass(frozen=True)
class Box:
    key: Key
    x: float
    y: float
    w: float
    h: float

    def overlaps(self, other: Box) -> bool:
        return (self.x < other.x + other.w and other.x < self.x + self.w
                and self.y < other.y + other.h and other.y < self.y + self.h)


def arrange(boxes: Sequence[Box], gap: float = GAP, aspect: float = 16 / 9) -> dict[Key, tuple[float, float]]:
    """New top-left corners for `boxes`, packed on shelves from the current top-left corner."""
    if not boxes:
        return {}
    area = sum((b.w + gap) * (b.h + gap) for b in boxes)
    row_width = max(max(b.w for b in boxes), math.sqrt(area * aspect))
    left = min(b.x for b in boxes)
    top = min(b.y for b in boxes)
    ordered = sorted(boxes, key=lambda b: (round(b.y / 200), b.x))  # rows of about 200 px
    placed: dict[Key, tuple[float, float]] = {}
    x, y, shelf = left, top, 0.0
    for box in ordered:
        if x > left and x + box.w > left + row_width:
            x, y, shelf = left, y + shelf + gap, 0.0
        placed[box.key] = (x, y)
        x += box.w + gap
        shelf = max(shelf, box.h)
    return placed


def overlapping(boxes: Iterable[Box]) -> list[tuple[Key, Key]]:
    """Every pair of boxes that overlap (for checks and tests)."""
    items = list(boxes)
    return [(a.key, b.key) for i, a in enumerate(items) for b in items[i + 1:] if a.overlaps(b)]


def make_room(boxes: Sequence[Box], fixed: Iterable[Key], gap: float = GAP) -> dict[Key, tuple[float, float]]:
    """Move boxes down, out of the way of the `fixed` ones (just changed: a new cluster, a tidy,
    a merge) and of each other, so nothing overlaps. Only boxes that must move are returned."""
    keep = set(fixed)
    placed = [b for b in boxes if b.key in keep]
    moves: dict[Key, tuple[float, float]] = {}
    for box in sorted((b for b in boxes if b.key not in keep), key=lambda b: (b.y, b.x)):
        current = box
        while (hit := next((p for p in placed if current.overlaps(p)), None)) is not None:
            current = Box(current.key, current.x, hit.y + hit.h + gap, current.w, current.h)
        if current.y != box.y:
            moves[box.key] = (current.x, current.y)
        placed.append(current)
    return moves
