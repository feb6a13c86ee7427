"""Which glyphs a PDF draws, read back from the file with pypdf and fontTools.

reportlab embeds each TrueType font as subsets of up to 256 glyphs, code n drawing the subset's
glyph n; a character the font lacks is drawn with glyph 0, the font's .notdef box. So every code
shown by a text operator is checked against the subset's glyphs: code 0, or a glyph whose outline
is the .notdef box's, is an empty box on the page.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream

_BFCHAR = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


def _to_unicode(font: Any) -> dict[int, str]:
    stream = font.get("/ToUnicode")
    if stream is None:
        return {}
    data = stream.get_object().get_data().decode("latin-1")
    found: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, text in _BFCHAR.findall(block):
            # reportlab writes a character beyond the BMP as its code point (5 or 6 digits).
            found[int(code, 16)] = (bytes.fromhex(text).decode("utf-16-be") if len(text) % 4 == 0
                                    else chr(int(text, 16)))
    return found


@dataclass
class _Font:
    name: str
    boxes: set[int]  # codes whose glyph is the .notdef box
    chars: dict[int, str]


def _font(ref: Any) -> _Font:
    font = ref.get_object()
    name = str(font["/BaseFont"])
    boxes: set[int] = set()
    descriptor = font.get("/FontDescriptor")
    if descriptor is not None and "/FontFile2" in descriptor.get_object():
        data = descriptor.get_object()["/FontFile2"].get_object().get_data()
        tt = TTFont(io.BytesIO(data))
        glyf = tt["glyf"]
        order = tt.getGlyphOrder()
        notdef = glyf[order[0]].compile(glyf)
        boxes = {0} | {code for code, glyph in enumerate(order)
                       if code and notdef and glyf[glyph].compile(glyf) == notdef}
    return _Font(name, boxes, _to_unicode(font))


def boxes(path: Path) -> list[tuple[str, int]]:
    """(font, code) for every glyph drawn that is an empty .notdef box."""
    found: list[tuple[str, int]] = []
    reader = PdfReader(path)
    cache: dict[int, _Font] = {}
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        current: _Font | None = None
        content = ContentStream(page.get_contents(), reader)
        for operands, operator in content.operations:
            if operator == b"Tf":
                ref = fonts.raw_get(operands[0])
                current = cache.setdefault(ref.idnum, _font(ref))
            elif operator in (b"Tj", b"TJ", b"'", b'"') and current is not None:
                strings = operands[0] if operator == b"TJ" else operands[-1:]
                for item in strings:
                    if isinstance(item, (bytes, str)) or hasattr(item, "original_bytes"):
                        raw = item.original_bytes if hasattr(item, "original_bytes") else item
                        codes = raw if isinstance(raw, bytes) else raw.encode("latin-1")
                        found += [(current.name, c) for c in codes if c in current.boxes]
    return found
