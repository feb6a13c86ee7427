"""Stop-words for a word cloud made from the board's notes, one list per language.

The lists are plain text files in resources/stop_words/ (one word a line, '#' for comments), so
a programme team can add a word without touching code. An unknown language has no list: every
word is kept.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from coprod_desktop.paths import resource

LANGUAGES = ("en", "pl")


@cache
def stop_words(language: str) -> frozenset[str]:
    """The stop-words for a language code ("en", "en_GB", "pl"), case folded."""
    code = language.split("_")[0].split("-")[0].lower()
    if code not in LANGUAGES:
        return frozenset()
    path = Path(resource("stop_words", f"{code}.txt"))
    words = (line.strip().casefold() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(w for w in words if w and not w.startswith("#"))
