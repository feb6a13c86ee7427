"""Hearing about changes: a widget listens to the ChangeSets for as long as it exists."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from coprod_desktop.services import ChangeSet, Services




def listen(owner: QObject, services: Services, handler: Callable[[ChangeSet], None]) -> None:
    """Call `handler` with each ChangeSet until `owner` is destroyed."""
    unsubscribe = services.subscribe(handler)
    owner.destroyed.connect(lambda *_: unsubscribe())  # type: ignore[operator]

