"""HarfBuzz shaping of words that mix fonts (a bracket in the reading font, a name in Arabic).

reportlab 5 shapes each word with uharfbuzz, but shapes the whole word with the font of its first
piece, which gives the wrong glyphs (or fails) when a word's pieces are in different fonts, as
they are once each script has its own font. `install` makes reportlab's paragraphs shape each
single-font stretch of a word on its own and join the results; a word in one font is shaped
exactly as before.
"""

from __future__ import annotations

import threading
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.platypus import paragraph

_lock = threading.Lock()
_original = ttfonts.shapeFragWord


def _shape_by_font(word: Any, *args: Any, **kwargs: Any) -> Any:
    pieces = word[1:]
    names = {getattr(f, "fontName", None) for f, _ in pieces if not hasattr(f, "cbDefn")}
    if any(isinstance(t, ttfonts.ShapedStr) for _, t in pieces):
        return word  # shaped already (a word carried over to the next line)
    if len(names) <= 1 or any(hasattr(f, "cbDefn") for f, _ in pieces):
        return _original(word, *args, **kwargs)
    groups: list[list[Any]] = []
    for frag, text in pieces:
        if groups and groups[-1][-1][0].fontName == frag.fontName:
            groups[-1].append((frag, text))
        else:
            groups.append([(frag, text)])
    total = 0.0
    joined: list[Any] = []
    shaped_any = False
    for group in groups:
        width = sum(pdfmetrics.stringWidth(t, f.fontName, f.fontSize) for f, t in group)
        shaped = _original([width, *group], *args, **kwargs)
        shaped_any = shaped_any or isinstance(shaped, ttfonts.ShapedFragWord)
        total += shaped[0]
        joined.extend(tuple(p) for p in shaped[1:])
    # The word's own class says whether a space follows it (reportlab's _HSFrag): keep it, or
    # the space after "शर्मा," (a word in two fonts) is lost.
    kind = ttfonts.makeShapedFragWord(word) if shaped_any else type(word)
    return kind([total, *joined])


def install() -> None:
    """Route reportlab's paragraph shaping through `_shape_by_font` (once; any thread)."""
    with _lock:
        # (shapeFragWord is reportlab's, missing from types-reportlab)
        if paragraph.shapeFragWord is not _shape_by_font:  # type: ignore[attr-defined]
            paragraph.shapeFragWord = _shape_by_font  # type: ignore[attr-defined]
