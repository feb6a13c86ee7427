"""What each desktop system needs from the app at start: a UI font that is really there, and
macOS's way of opening a double-clicked file.

- Font: Qt asks the system for its UI font (Segoe UI on Windows, San Francisco on macOS, the
  desktop's on Linux). Where that family is missing (a trimmed-down Windows image, Wine, a bare
  Linux) Qt falls back to whatever it finds, often a serif. We register the bundled DejaVu Sans
  and choose it explicitly whenever the system's family is not installed.
- File open: macOS does not pass a double-clicked `.coprod` on the command line; it sends the
  running app a QFileOpenEvent (also at launch, once the event loop runs).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent, QFont, QFontDatabase, QGuiApplication

from coprod_desktop.paths import resource

log = logging.getLogger(__name__)

BUNDLED_UI_FAMILY = "DejaVu Sans"
PROGRAMME_SUFFIX = ".coprod"


@cache
def register_bundled_ui_fonts() -> tuple[str, ...]:
    """Load the bundled DejaVu Sans into Qt once. (Not Atkinson Hyperlegible: the board and the
    projector pick it whenever Qt knows it, and their sizes are tuned to the faces they get.)"""
    families: list[str] = []
    for folder in ("DejaVuSans",):
        for path in sorted(resource("fonts", folder).glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("Could not load the font %s", path)
                continue
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))


def ui_font(system: QFont) -> QFont:
    """The system's UI font if its family is installed, else the same size in DejaVu Sans."""
    register_bundled_ui_fonts()
    if QFontDatabase.hasFamily(system.family()):
        return QFont(system)
    chosen = QFont(system)
    chosen.setFamilies([BUNDLED_UI_FAMILY])
    return chosen


def apply_ui_font() -> QFont:
    """Choose the app's font before any window is made; returns it."""
    font = ui_font(QGuiApplication.font())
    QGuiApplication.setFont(font)
    return font


class FileOpenEvents(QObject):
    """Hands each `.coprod` file macOS asks the app to open to `open_file`."""

    def __init__(self, open_file: Callable[[Path], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_file = open_file

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file() or event.url().toLocalFile()
            if name and Path(name).suffix.lower() == PROGRAMME_SUFFIX:
                self._open_file(Path(name))
                return True
        return False
