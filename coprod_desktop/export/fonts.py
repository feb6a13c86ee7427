"""The fonts every PDF embeds, registered once, and the choice of font for a piece of text.

reportlab draws each paragraph in one font and does not fall back to another font for a letter the
first one lacks (it prints a box instead). So each paragraph is given the first family that has
every one of its letters: Atkinson Hyperlegible, which reads best, then DejaVu Sans, which covers
Vietnamese, Greek and Cyrillic too. See resources/fonts/README.md for what neither covers.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from coprod_desktop.paths import resource

# Characters that are layout, not letters: no font needs a glyph for them.
_LAYOUT = frozenset("\n\r\t \u00a0\u200b\u200c\u200d\ufeff")


@dataclass(frozen=True)
class Family:
    """Names of one family's registered fonts (bold/italic may reuse another face)."""

    regular: str
    bold: str
    italic: str
    bold_italic: str

    @property
    def all(self) -> tuple[str, str, str, str]:
        return (self.regular, self.bold, self.italic, self.bold_italic)


READABLE = Family("Atkinson", "Atkinson-Bold", "Atkinson-Italic", "Atkinson-BoldItalic")
WIDE = Family("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans", "DejaVuSans-Bold")
FAMILIES = (READABLE, WIDE)

# Registered name -> file under resources/fonts (one folder per family, with its licence).
_FILES = {
    "Atkinson": "AtkinsonHyperlegible/AtkinsonHyperlegible-Regular.ttf",
    "Atkinson-Bold": "AtkinsonHyperlegible/AtkinsonHyperlegible-Bold.ttf",
    "Atkinson-Italic": "AtkinsonHyperlegible/AtkinsonHyperlegible-Italic.ttf",
    "Atkinson-BoldItalic": "AtkinsonHyperlegible/AtkinsonHyperlegible-BoldItalic.ttf",
    "DejaVuSans": "DejaVuSans/DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans/DejaVuSans-Bold.ttf",
}

_lock = threading.Lock()
_coverage: dict[Family, frozenset[int]] = {}


def register() -> None:
    """Register the bundled fonts with reportlab (once per process; safe from any thread)."""
    if _coverage:
        return
    with _lock:
        if _coverage:
            return
        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", *file.split("/")))))
        for family in FAMILIES:
            # So that <b> and <i> in our own markup pick the family's bold and italic faces.
            faces: tuple[tuple[Literal[0, 1], Literal[0, 1], str], ...] = (
                (0, 0, family.regular), (1, 0, family.bold), (0, 1, family.italic),
                (1, 1, family.bold_italic))
            for bold, italic, face in faces:
                addMapping(family.regular, bold, italic, face)
        found: dict[Family, frozenset[int]] = {}
        for family in FAMILIES:
            maps = [_true_type(face).face.charToGlyph for face in set(family.all)]
            found[family] = frozenset(set.intersection(*(set(m) for m in maps)))
        _coverage.update(found)


def _true_type(name: str) -> TTFont:
    font = pdfmetrics.getFont(name)
    assert isinstance(font, TTFont), name  # every face registered above is a TrueType file
    return font


def covers(family: Family, text: str) -> bool:
    register()
    have = _coverage[family]
    return all(ord(ch) in have for ch in set(text) - _LAYOUT)


def missing(text: str) -> set[str]:
    """Characters of `text` that no bundled font can draw (printed as boxes)."""
    register()
    every = frozenset().union(*_coverage.values())
    return {ch for ch in set(text) - _LAYOUT if ord(ch) not in every}


@lru_cache(maxsize=4096)
def _family_for(chars: frozenset[str]) -> Family:
    register()
    for family in FAMILIES:
        if all(ord(ch) in _coverage[family] for ch in chars):
            return family
    # Nothing has every letter: take the family that has the most, so the fewest become boxes.
    return max(FAMILIES, key=lambda f: sum(ord(ch) in _coverage[f] for ch in chars))


def family_for(*texts: str) -> Family:
    """The first family that can draw every letter of all the texts (they share one paragraph)."""
    chars: set[str] = set()
    for text in texts:
        chars.update(text)
    chars -= _LAYOUT
    if all(" " <= ch <= "~" for ch in chars):
        return READABLE
    return _family_for(frozenset(chars))
