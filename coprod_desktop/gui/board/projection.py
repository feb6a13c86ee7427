"""Which view an item is being drawn for. The console and the projector share one scene; items ask
this so the projector leaves out what the room must not see yet (new and held-back notes).

Qt does not tell a cached item which view it is drawing for (its `widget` is None then), so the
projector's view says so itself while it paints. Each view keeps its own cache of every item, so
the projector's copy of a note never shows on the console or the other way round.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QWidget

PROJECTOR_PROPERTY = "coprodProjector"
_painting_projector = False


def mark_projector(viewport: QWidget) -> None:
    viewport.setProperty(PROJECTOR_PROPERTY, True)


@contextmanager
def painting_projector() -> Iterator[None]:
    global _painting_projector
    _painting_projector = True
    try:
        yield
    finally:
        _painting_projector = False


def is_projector(widget: QWidget | None) -> bool:
    return _painting_projector or (widget is not None and bool(widget.property(PROJECTOR_PROPERTY)))
