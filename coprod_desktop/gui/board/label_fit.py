"""Text measured and shortened as the projector's word-wrapped labels will show it.

The projector's style sheet gives its labels their family, so text is measured with a hidden
"probe" label placed where the shown ones will be. Shortening is always after a whole word, with
one ellipsis; a word too long for a line is cut within itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def wrapped_height(text: str, font: QFont, width: int, probe: QLabel) -> int:
    """The height of `text` in a word-wrapped label `width` pixels wide, in `font`: measured
    with `probe`, a hidden label where the shown ones will be (the projector's style sheet sets
    the family of every label on it, so a label elsewhere would measure another font)."""
    key = (text, font.key(), width)
    known = _measured.get(key)
    if known is None:
        probe.setFont(font)
        probe.setText(text)
        probe.ensurePolished()
        known = _measured[key] = probe.heightForWidth(max(width, 1))
    return known


# Heights measured, kept while one set of themes is planned (many plans measure the same lines).
_measured: dict[tuple[str, str, int], int] = {}


def _words(text: str, bullet: bool) -> list[str]:
    words = text.split()
    if bullet:
        words[:1] = ["•\u00a0" + words[0] if words else "•"]  # a no-break space: one word
    return words


def clipped(text: str, font: QFont, width: int, lines: int, probe: QLabel,
            suffix: str = "", *, keep_end: bool = False, bullet: bool = False) -> str:
    """`text` (then `suffix`, kept whole) shortened at a word, with one ellipsis, until it wraps
    into at most `lines` lines at `width`. A word too long for a line is cut to fit it (a word
    is never broken by wrapping, so it would widen the whole view). With `keep_end`, the last
    word stays and words go from the middle ("What we heard: … story 2"), for titles that
    differ only at their end. With `bullet`, a "•" is bound to the first word (never alone on
    its line)."""
    probe.setFont(font)
    probe.ensurePolished()
    metrics = probe.fontMetrics()  # the family the projector's style sheet gives its labels
    words = [w if metrics.horizontalAdvance(w) <= width
             else metrics.elidedText(w, Qt.TextElideMode.ElideRight, max(width, 1))
             for w in _words(text, bullet)]
    most = wrapped_height("\n".join("X" * lines), font, width, probe)  # n lines, alike
    whole = " ".join(words)
    if wrapped_height(whole + suffix, font, width, probe) <= most:
        return whole + suffix
    tails = [n for n in ((2, 1) if keep_end else (0,)) if n < len(words)] or [0]
    for tail in tails:  # the last two words kept if they fit, else the last one
        shorter = _shortened(words[:len(words) - tail], " ".join(words[len(words) - tail:]),
                             suffix, font, width, lines, probe)
        if shorter is not None:
            return shorter
    return _joined(words[:1], " ".join(words[len(words) - tails[-1]:]) if tails[-1] else "",
                   suffix)


def _joined(first: list[str], last: str, suffix: str) -> str:
    start = " ".join(first)
    mark = "" if start.endswith("…") else "…"  # a cut word already ends in one
    return f"{start}{mark} {last}{suffix}" if last else f"{start}{mark}{suffix}"


def _shortened(words: list[str], last: str, suffix: str, font: QFont, width: int, lines: int,
               probe: QLabel) -> str | None:
    """The most of `words` that fits with an ellipsis, `last` and `suffix`; None if not even
    the first word does (with `last`), unless there is no `last`."""
    metrics = probe.fontMetrics()
    most = wrapped_height("\n".join("X" * lines), font, width, probe)
    # No more words than could fill the lines (a note may be hundreds of words long).
    room = lines * width
    kept: list[str] = []
    used = metrics.horizontalAdvance(last)
    for word in words:
        used += metrics.horizontalAdvance(word + " ")
        if used > room and kept:
            break
        kept.append(word)
    while kept:
        shorter = _joined(kept, last, suffix)
        if len(kept) < len(words) and wrapped_height(shorter, font, width, probe) <= most:
            return shorter
        kept.pop()
    return None if last else _joined(words[:1], "", suffix)


def forget_measured() -> None:
    """Forget the heights measured (fonts and sizes may have changed since)."""
    _measured.clear()
