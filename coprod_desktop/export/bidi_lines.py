"""Right-to-left text (Arabic, Hebrew, Urdu) in the order it is read, line by line.

reportlab lays words out left to right and, with more than one font in a paragraph, does no bidi
ordering of its own. So a paragraph with right-to-left letters is broken into lines here first, in
reading (logical) order, and each line's words are then put in display order with the Unicode
bidi algorithm (python-bidi's resolved levels, then rule L2 applied to whole words). Each word
keeps its letters in reading order: HarfBuzz shapes it and returns its glyphs right to left.
Line breaking before reordering is what keeps a long Arabic note's first line at the top.

Where our own words and a person's words share a line ("Every voice / كل صوت, 19 November 2026",
"Name: total"), the person's words are wrapped in Unicode isolates (FSI … PDI, text.isolate):
their direction is worked out on its own, and to the words around them they count as one neutral
character, so a day number beside an Arabic title stays with our words (UAX 9, X5a–X6a, as
python-bidi's ordering does not do isolates). The isolate marks are dropped when drawing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bidi import algorithm
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from coprod_desktop.export.script_runs import (
    FSI,
    ISOLATE_MARKS,
    OPENERS,
    PDI,
    RLI,
    first_strong_rtl,
)

_PIECES = re.compile(r"\s+|\S+")
_NO_LEVEL = frozenset(algorithm.X9_REMOVED)
_NEUTRAL = "\ufffc"  # an isolate, as the text around it sees it: one neutral character (ON)


def _isolates(text: str) -> list[tuple[int, int]]:
    """(opener, closer) index pairs of the outermost isolates; an opener with no PDI runs to the
    end of the line (closer = len(text))."""
    spans: list[tuple[int, int]] = []
    depth, start = 0, 0
    for index, ch in enumerate(text):
        if ch in OPENERS:
            if depth == 0:
                start = index
            depth += 1
        elif ch == PDI and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, index))
    if depth:
        spans.append((start, len(text)))
    return spans


def levels(text: str, rtl: bool) -> list[int]:
    """The resolved bidi embedding level of each character of one line (rules P–I of UAX 9),
    isolates (FSI/LRI/RLI … PDI) included."""
    spans = _isolates(text)
    if not spans:
        return _levels(text, rtl)
    outer: list[str] = []
    where: list[int] = []
    at = 0
    for start, end in spans:
        outer.append(text[at:start])
        where.extend(range(at, start))
        outer.append(_NEUTRAL)
        where.append(start)
        at = end + 1
    outer.append(text[at:])
    where.extend(range(at, len(text)))
    outer_levels = _levels("".join(outer), rtl)
    found = [0] * len(text)
    for index, level in zip(where, outer_levels, strict=True):
        found[index] = level
    base = 1 if rtl else 0
    for start, end in spans:
        mark = found[start]
        if end < len(text):
            found[end] = mark
        inner = text[start + 1:end]
        inner_rtl = text[start] == RLI or (text[start] == FSI and first_strong_rtl(inner))
        target = base + 1 if (base + 1) % 2 == int(inner_rtl) else base + 2
        shift = target - int(inner_rtl)
        for offset, level in enumerate(levels(inner, inner_rtl), start=start + 1):
            found[offset] = level + shift
    return found


def _levels(text: str, rtl: bool) -> list[int]:
    kept = [i for i, ch in enumerate(text) if unicodedata.bidirectional(ch) not in _NO_LEVEL]
    storage = algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels("".join(text[i] for i in kept), storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    found = [storage["base_level"]] * len(text)
    for index, char in zip(kept, storage["chars"], strict=True):
        found[index] = char["level"]
    for index in range(1, len(text)):  # removed characters (joiners) take the level before
        if unicodedata.bidirectional(text[index]) in _NO_LEVEL:
            found[index] = found[index - 1]
    return found


def display_order(items_levels: Sequence[int]) -> list[int]:
    """Indexes of items in display order, by rule L2 (reverse runs at each level, highest first)."""
    order = list(range(len(items_levels)))
    if not order:
        return order
    highest = max(items_levels)
    lowest_odd = min((lv for lv in items_levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if items_levels[order[index]] >= level:
                end = index
                while end < len(order) and items_levels[order[end]] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return order


@dataclass
class _Piece:
    frag: Any  # reportlab's parsed fragment: font, size, colour
    text: str
    space: bool


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _styled(frag: Any, text: str) -> str:
    colour = frag.textColor.hexval()[2:] if getattr(frag, "textColor", None) else "000000"
    return (f'<font face="{frag.fontName}" size="{frag.fontSize}" color="#{colour}">'
            f"{_escape(text)}</font>")


def _lines(frags: Sequence[Any], width: float) -> list[list[_Piece]]:
    """Greedy line breaking in reading order; <br/> always ends a line."""
    lines: list[list[_Piece]] = [[]]
    used = 0.0
    for frag in frags:
        if getattr(frag, "lineBreak", False):
            lines.append([])
            used = 0.0
            continue
        for match in _PIECES.finditer(frag.text or ""):
            text = match.group(0)
            space = text.isspace()
            wide = stringWidth(text, frag.fontName, frag.fontSize)
            if not space and lines[-1] and used + wide > width:
                while lines[-1] and lines[-1][-1].space:
                    lines[-1].pop()
                lines.append([])
                used = 0.0
            if space and not lines[-1]:
                continue
            lines[-1].append(_Piece(frag, text, space))
            used += wide
    return lines


def _ordered(line: list[_Piece], rtl: bool) -> str:
    """One line's markup with its pieces in display order (words split where the level changes)."""
    while line and line[-1].space:
        line.pop()
    text = "".join(p.text for p in line)
    found = levels(text, rtl)
    parts: list[tuple[Any, str, int]] = []
    at = 0
    for piece in line:
        start = at
        for index in range(at, at + len(piece.text) + 1):
            if index == at + len(piece.text) or (index > start and found[index] != found[start]):
                shown = _unmarked(text[start:index])
                if shown:
                    parts.append((piece.frag, shown, found[start]))
                start = index
        at += len(piece.text)
    order = display_order([level for _, _, level in parts])
    return "".join(_styled(parts[i][0], parts[i][1]) for i in order)


def _unmarked(text: str) -> str:
    """`text` without isolate marks (they steer the ordering; nothing is drawn for them)."""
    return "".join(ch for ch in text if ch not in ISOLATE_MARKS) if _has_marks(text) else text


def _has_marks(text: str) -> bool:
    return not text.isascii() and any(ch in ISOLATE_MARKS for ch in text)


def _reorderable(frags: Sequence[Any]) -> bool:
    return not any(getattr(f, name, None) for f in frags
                   for name in ("cbDefn", "link", "underline", "strike", "backColor"))


class OrderedParagraph(Paragraph):
    """A Paragraph laid out line by line in display order when it has right-to-left text."""

    style: Any  # reportlab's ParagraphStyle (reportlab has no type hints)
    _logical: tuple[list[Any], bool] | None = None
    _laid_for: float | None = None

    def __init__(self, text: str | None, style: Any = None, bulletText: str | None = None,
                 frags: list[Any] | None = None, caseSensitive: int = 1,
                 encoding: str = "utf8") -> None:
        # (reportlab's own split passes text None with the frags)
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)  # type: ignore[arg-type]
        if text is not None and not _reorderable(self.frags):
            for frag in self.frags:  # laid out as it is: the isolate marks are not drawn
                frag.text = _unmarked(frag.text or "")
        elif text is not None:
            rtl = first_strong_rtl("".join(f.text or "" for f in self.frags))
            self._logical = (list(self.frags), rtl)
            if rtl and self.style.alignment == TA_LEFT:
                self.style = _right_aligned(self.style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._logical is not None and self._laid_for != availWidth:
            frags, rtl = self._logical
            room = availWidth - self.style.leftIndent - self.style.rightIndent
            room -= max(0.0, self.style.firstLineIndent)
            markup = "<br/>".join(_ordered(line, rtl) for line in _lines(frags, room * 0.97))
            logical = self._logical
            Paragraph.__init__(self, markup, self.style)
            self._logical, self._laid_for = logical, availWidth
        return super().wrap(availWidth, availHeight)


_right: dict[str, Any] = {}


def _right_aligned(style: Any) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    found = _right.get(style.name)
    if found is None:
        found = _right[style.name] = ParagraphStyle(f"{style.name}-rtl", parent=style,
                                                    alignment=TA_RIGHT)
    return found
