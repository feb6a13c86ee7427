"""A word cloud: words grouped by meaning-preserving spelling, and laid out in rows by rank.

Grouping folds case and simple plural forms ("Bus", "buses", "bus" are one word; "Nappies" and
"nappy" too), so the room's words add up rather than scatter. A word the facilitator hides stays
hidden under every spelling that groups with it.

The layout is plain arithmetic over a text-width function the caller gives (the projector
measures with its font), so it is tested here without Qt. Words are drawn in rank order, most
frequent first, row by row, each with its count beside it: size, order and the number all say
how often a word came up, never colour alone. No word is drawn smaller than `min_px`; when the
words cannot all fit at that size the least frequent are left out, and the caller says how many.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_NO_S = ("ss", "us", "is", "ous")  # "class", "bus", "this", "famous": not plurals of anything


def word_key(word: str) -> str:
    """The form words are grouped under: case folded, edge punctuation off, simple plural off."""
    key = _EDGE.sub("", " ".join(word.split()).casefold())
    if len(key) > 4 and key.endswith("ies"):
        return key[:-3] + "y"
    if len(key) > 3 and key.endswith(("ses", "xes", "zes", "ches", "shes")):
        return key[:-2]
    if len(key) > 3 and key.endswith("s") and not key.endswith(_NO_S):
        return key[:-1]
    return key


@dataclass(frozen=True, slots=True)
class CloudWord:
    key: str
    text: str  # the spelling most people used (the first seen on a tie)
    count: int


def group_words(words: Iterable[str], hidden: Iterable[str] = (),
                stop: Iterable[str] = ()) -> list[CloudWord]:
    """Each group's most used spelling and count, most frequent first (then A to Z).

    `hidden` and `stop` are word keys (or words, which are keyed here) left out.
    """
    leave_out = {word_key(w) for w in (*hidden, *stop)}
    spellings: dict[str, Counter[str]] = {}
    first_seen: dict[str, dict[str, int]] = {}
    order = 0
    for word in words:
        shown = " ".join(word.split()).strip()
        key = word_key(shown)
        if not key or key in leave_out:
            continue
        spellings.setdefault(key, Counter())[shown] += 1
        first_seen.setdefault(key, {}).setdefault(shown, order)
        order += 1
    grouped = []
    for key, counter in spellings.items():
        text = min(counter, key=lambda s: (-counter[s], first_seen[key][s]))
        grouped.append(CloudWord(key, text, sum(counter.values())))
    return sorted(grouped, key=lambda w: (-w.count, w.text.casefold()))


@dataclass(frozen=True, slots=True)
class Placed:
    word: CloudWord
    px: int  # the word's type size in pixels
    x: float
    y: float
    width: float  # of the word alone; its count follows at `count_x`
    count_x: float
    height: float


@dataclass(frozen=True, slots=True)
class Cloud:
    placed: tuple[Placed, ...]
    left_out: int  # words that did not fit at the smallest size
    min_px: int
    width: float
    height: float


Measure = Callable[[str, int], float]  # the width of some text at a pixel size


def size_for(count: int, top: int, min_px: int, max_px: int) -> int:
    """Type size by count: the most frequent word at max_px, one mention at min_px."""
    if top <= 1:
        return max_px if count >= top else min_px
    share = math.sqrt((count - 1) / (top - 1))
    return round(min_px + (max_px - min_px) * share)


def _rows(words: list[CloudWord], measure: Measure, width: float, min_px: int, max_px: int,
          gap: float) -> tuple[list[list[tuple[CloudWord, int, float, float]]], float]:
    top = words[0].count if words else 1
    rows: list[list[tuple[CloudWord, int, float, float]]] = [[]]
    used = 0.0
    for word in words:
        px = size_for(word.count, top, min_px, max_px)
        w = measure(word.text, px)
        c = measure(str(word.count), min_px)
        need = w + gap / 2 + c
        if rows[-1] and used + gap + need > width:
            rows.append([])
            used = 0.0
        used += (gap if rows[-1] else 0.0) + need
        rows[-1].append((word, px, w, c))
    height = sum(max(px for _, px, _, _ in row) * 1.25 for row in rows if row)
    return rows, height


def lay_out(words: list[CloudWord], measure: Measure, width: float, height: float, *,
            min_px: int, max_px: int) -> Cloud:
    """Place `words` (already in rank order) in centred rows inside width × height.

    The biggest size shrinks step by step until everything fits; if it cannot at min_px, the
    most words from the front of the list that fit are kept (found by halving) and the rest left
    out.
    """
    gap = min_px * 1.2
    words = list(words)
    biggest = max(max_px, min_px)
    rows, used = _rows(words, measure, width, min_px, biggest, gap)
    while used > height and biggest > min_px:
        biggest = max(min_px, int(biggest * 0.9))
        rows, used = _rows(words, measure, width, min_px, biggest, gap)
    if used > height:
        keep_low, keep_high = 0, len(words)  # fits with keep_low words, not with keep_high
        while keep_high - keep_low > 1:
            middle = (keep_low + keep_high) // 2
            if _rows(words[:middle], measure, width, min_px, biggest, gap)[1] <= height:
                keep_low = middle
            else:
                keep_high = middle
        rows, used = _rows(words[:keep_low], measure, width, min_px, biggest, gap)
    placed: list[Placed] = []
    y = max(0.0, (height - used) / 2)
    for row in rows:
        if not row:
            continue
        line = max(px for _, px, _, _ in row) * 1.25
        row_width = sum(w + gap / 2 + c for _, _, w, c in row) + gap * (len(row) - 1)
        x = (width - row_width) / 2
        for word, px, w, c in row:
            placed.append(Placed(word, px, x, y + (line - px * 1.25) / 2, w, x + w + gap / 2,
                                 px * 1.25))
            x += w + gap / 2 + c + gap
        y += line
    return Cloud(tuple(placed), len(words) - len(placed), min_px, width, height)
