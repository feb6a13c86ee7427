"""Which view an item is being drawn for. The console and the projector share one scene; items ask
this so the projector leaves out what the room must not see yet (new and held-back notes)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

PROJECTOR_PROPERTY = "coprodProjector"


def mark_projector(viewport: QWidget) -> None:
    viewport.setProperty(PROJECTOR_PROPERTY, True)


def is_projector(widget: QWidget | None) -> bool:
    return widget is not None and bool(widget.property(PROJECTOR_PROPERTY))
