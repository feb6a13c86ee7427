"""The fonts every PDF embeds, registered once, and the choice of font for a piece of text.

reportlab does not fall back to another font for a letter the first one lacks (it prints a box
instead). So each paragraph is given the first family that has every one of its Latin, Greek and
Cyrillic letters: Atkinson Hyperlegible, which reads best, then DejaVu Sans, which covers
Vietnamese, Greek and Cyrillic too. Letters of other scripts (Arabic, Hebrew, the Indic scripts,
Thai, Chinese, Japanese, Korean) and emoji go to a script font per run of text (`route`; see
script_runs.py), shaped by HarfBuzz. resources/fonts/README.md lists the files and their cost.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from coprod_desktop.export import shaping
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

# Script fonts, in the order they are tried for a letter the reading families do not take.
# Registered name -> file under resources/fonts. A letter none of them has prints as the name of
# its script in brackets (script_runs.printable), never as an empty box.
SCRIPT_FONTS = {
    "NotoSansArabic": "Noto/NotoSansArabic-Regular.ttf",
    "NotoSansHebrew": "Noto/NotoSansHebrew-Regular.ttf",
    "NotoSansBengali": "Noto/NotoSansBengali-Regular.ttf",
    "NotoSansDevanagari": "Noto/NotoSansDevanagari-Regular.ttf",
    "NotoSansGujarati": "Noto/NotoSansGujarati-Regular.ttf",
    "NotoSansGurmukhi": "Noto/NotoSansGurmukhi-Regular.ttf",
    "NotoSansTamil": "Noto/NotoSansTamil-Regular.ttf",
    "NotoSansThai": "Noto/NotoSansThai-Regular.ttf",
    "NotoSansEthiopic": "Noto/NotoSansEthiopic-Regular.ttf",  # Amharic, Tigrinya
    "NotoSansSinhala": "Noto/NotoSansSinhala-Regular.ttf",
    "NotoSansMalayalam": "Noto/NotoSansMalayalam-Regular.ttf",
    "NotoSansTelugu": "Noto/NotoSansTelugu-Regular.ttf",
    "WenQuanYiMicroHei": "WenQuanYi/wqy-microhei.ttc",
    "NotoEmoji": "Noto/NotoEmoji-Regular.ttf",
}
# Bold faces of the script fonts that have one (<b>, headings): registered as '<name>-Bold'.
# WenQuanYi and Noto Emoji have none: their bold prints regular.
SCRIPT_BOLD = {name: file.replace("-Regular.ttf", "-Bold.ttf")
               for name, file in SCRIPT_FONTS.items() if name.startswith("NotoSans")}
# DejaVu has Arabic and Hebrew letters too, but these scripts read better in their Noto faces.
_SCRIPT_FIRST = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))

_lock = threading.RLock()
_coverage: dict[Family, frozenset[int]] = {}
_script_coverage: dict[str, frozenset[int]] = {}  # the script fonts loaded so far


def register() -> None:
    """Register the reading families with reportlab (once per process; safe from any thread).
    A script font is read and registered the first time a letter asks for it (`route`): each
    is a TrueType file to parse (~10 ms apiece, 26 files), and most handouts need none."""
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
        shaping.install()
        _coverage.update(found)


def _script_font(name: str) -> frozenset[int]:
    """The letters script font `name` has, reading and registering it (and its bold) first if
    this is the first time it is asked for."""
    have = _script_coverage.get(name)
    if have is not None:
        return have
    with _lock:
        if name in _script_coverage:
            return _script_coverage[name]
        font = TTFont(name, str(resource("fonts", *SCRIPT_FONTS[name].split("/"))))
        pdfmetrics.registerFont(font)
        bold_face = name
        if name in SCRIPT_BOLD:
            bold_face = f"{name}-Bold"
            pdfmetrics.registerFont(TTFont(bold_face, str(resource(
                "fonts", *SCRIPT_BOLD[name].split("/")))))
        for italic in (0, 1):  # <i> around a run keeps the face (no italics in these scripts)
            addMapping(name, 0, italic, name)
            addMapping(name, 1, italic, bold_face)
        _script_coverage[name] = frozenset(font.face.charToGlyph)
        return _script_coverage[name]


@lru_cache(maxsize=8192)
def _script_for(code: int) -> str | None:
    """The first script font, in SCRIPT_FONTS' order, that has the letter `code`."""
    return next((name for name in SCRIPT_FONTS if code in _script_font(name)), None)


@lru_cache(maxsize=8192)
def route(ch: str) -> str | None:
    """The script font that draws `ch`, or None when the paragraph's reading family should."""
    register()
    code = ord(ch)
    script_first = any(low <= code <= high for low, high in _SCRIPT_FIRST)
    if not script_first and any(code in _coverage[family] for family in FAMILIES):
        return None
    return _script_for(code)


def script_covers(name: str, ch: str) -> bool:
    register()
    return ord(ch) in _script_font(name)


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
    return {ch for ch in set(text) - _LAYOUT if not _drawable(ord(ch))}


@lru_cache(maxsize=8192)
def _drawable(code: int) -> bool:
    return any(code in have for have in _coverage.values()) or _script_for(code) is not None


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
    chars = {ch for ch in chars if route(ch) is None}  # script runs carry their own font
    if all(" " <= ch <= "~" for ch in chars):
        return READABLE
    return _family_for(frozenset(chars))
