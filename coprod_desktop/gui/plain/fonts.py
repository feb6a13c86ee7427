"""The bundled easy-reading font (Lexend, OFL) and which font projector and console text use."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from coprod_desktop.gui.plain import settings
from coprod_desktop.paths import resource

log = logging.getLogger(__name__)

READING_FAMILY = "Lexend"


@cache
def register_bundled_fonts() -> tuple[str, ...]:
    """Load the bundled TrueType fonts into Qt once; returns the families now available."""
    families: list[str] = []
    for path in sorted(resource("fonts", "lexend").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Could not load the font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))


def reading_font_available() -> bool:
    return READING_FAMILY in register_bundled_fonts()


def uses_reading_font() -> bool:
    """True when projector text should be in the reading font."""
    return settings.reading_font() in ("projector", "everywhere") and reading_font_available()


def projector_font() -> QFont:
    """The font projector text starts from: the app's, or Lexend if the reading font is on."""
    base = QFont(QGuiApplication.font())
    if uses_reading_font():
        base.setFamilies([READING_FAMILY])
    return base


_console_font: list[QFont] = []  # the app's own font, kept the first time we change it


def apply_console_font() -> None:
    """Use the reading font for the whole console when the setting says 'everywhere'."""
    if not _console_font:
        _console_font.append(QFont(QGuiApplication.font()))
    font = QFont(_console_font[0])
    if settings.reading_font() == "everywhere" and reading_font_available():
        font.setFamilies([READING_FAMILY])
    QGuiApplication.setFont(font)
