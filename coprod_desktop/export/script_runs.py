"""Text cut into runs that each print in one font: the reading family, or a script font.

A name like "Fatima فاطمة" needs two fonts in one paragraph. `runs` gives each stretch of text the
font that draws it (fonts.route); combining marks, joiners and variation selectors stay with the
letter before them, so HarfBuzz sees a whole syllable (Bengali, Devanagari) or emoji sequence in
one font. A run of characters no bundled font has prints as its script's name in brackets
("[Tibetan text]", `printable`, export/stand_ins.py), never as an empty box; a stray one that
reaches `runs` regardless prints as U+FFFD in DejaVu Sans.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from coprod_desktop.export import fonts, stand_ins

STAND_IN = "\ufffd"
STAND_IN_FACE = "DejaVuSans"
# Characters that take the font of the letter before them.
_JOINERS = frozenset("\u200c\u200d\u2060\u034f")
# Unicode isolates: LRI, RLI, FSI open one, PDI closes it (see bidi_lines.py and text.isolate).
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
OPENERS = frozenset((LRI, RLI, FSI))
ISOLATE_MARKS = frozenset((LRI, RLI, FSI, PDI))
# Default-ignorable characters HarfBuzz draws as nothing, and layout characters (no glyph needed).
IGNORABLE = frozenset("\n\r\t \u00a0\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u034f"
                      "\u2066\u2067\u2068\u2069")


def _clings(ch: str) -> bool:
    code = ord(ch)
    return (ch in _JOINERS or unicodedata.category(ch) in ("Mn", "Mc", "Me")
            or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF  # variation selectors
            or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F)  # skin tones, tags


def ignorable(ch: str) -> bool:
    """True for characters that need no glyph of their own (spaces, joiners, selectors)."""
    code = ord(ch)
    return (ch in IGNORABLE or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF
            or 0xE0020 <= code <= 0xE007F)


@lru_cache(maxsize=8192)
def _face(ch: str) -> tuple[str | None, str]:
    """(face or None for the reading family, the character to print)."""
    if ignorable(ch):
        return None, ch
    face = fonts.route(ch)
    if face is None and fonts.missing(ch):
        return STAND_IN_FACE, STAND_IN
    return face, ch


@lru_cache(maxsize=8192)
def _printable(ch: str) -> bool:
    return ignorable(ch) or ch in ISOLATE_MARKS or not fonts.missing(ch)


def printable(text: str) -> str:
    """`text` with each run of letters no bundled font has replaced by its script's name in
    brackets ('[Tibetan text]'), noted for the document's closing line (stand_ins.py)."""
    if text.isascii() or all(_printable(ch) for ch in text):
        return text
    return stand_ins.replace(text, _printable)


def runs(text: str) -> list[tuple[str | None, str]]:
    """`text` as (face, piece) runs in reading order; face None means the paragraph's own font."""
    out: list[tuple[str | None, str]] = []
    for ch in text:
        face: str | None
        if out and out[-1][0] is not None and _clings(ch):
            face, shown = out[-1][0], ch
        else:
            face, shown = _face(ch)
        if out and out[-1][0] == face:
            out[-1] = (face, out[-1][1] + shown)
        else:
            out.append((face, shown))
    return out


def needs_shaping(text: str) -> bool:
    """True if any character of `text` prints in a script font (HarfBuzz then shapes the text)."""
    if text.isascii():
        return False
    return any(face is not None for face, _ in runs(text))


def has_rtl(text: str) -> bool:
    """True if `text` has right-to-left letters (Arabic, Hebrew, Urdu, …)."""
    if text.isascii():
        return False
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def first_strong_rtl(text: str) -> bool:
    """True if the first letter with a direction reads right to left (the base direction).
    Letters inside an isolate (FSI … PDI: a person's words set into ours) do not count (UAX 9 P2)."""
    depth = 0
    for ch in text:
        if ch in OPENERS:
            depth += 1
            continue
        if ch == PDI:
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False
