"""Finding people's names in free text, in the forms people type them.

Notes, actions and test plans name people ("Ring Marcia Campbell", "marcia campbell's son",
"Marcia said the letters come late"). Erasing a person, and printing a handout for people who
asked not to be named, both need every such mention replaced. The forms caught:

- the full name in any case ("MARCIA CAMPBELL", "marcia campbell"), with any spacing between its
  words, and followed by a possessive ("Marcia Campbell's" keeps its "'s");
- the first name alone, when no one else in the programme has that first name; written with a
  capital letter, since a lower-case "will" or "may" is far more often a word than a person.

Names that may be printed are matched too and left as they are, so that a longer name someone
agreed to print ("Jo Smithson") is never cut into by a shorter withheld one ("Jo Smith").

Matching costs the same however many names there are: each word of the text is looked up in a
table of the names that start with it, and only those few are tried at that place.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

MIN_MATCH = 3  # a shorter first name alone ("Al", "Jo") would match too much
MIN_NAME = 2  # a single letter is never taken for a name
_WORD = re.compile(r"\w+")
QUICK_CHECK_MAX = 16


@dataclass(frozen=True)
class NameForm:
    """One way a name may appear, and what replaces it (the text itself when it is kept)."""

    text: str
    replacement: str
    capital_only: bool = False  # a first name alone: only matched where written with a capital

    @property
    def kept(self) -> bool:
        return self.replacement == self.text


def first_name(name: str) -> str:
    found = _WORD.search(name)
    return found.group(0) if found else ""


def _core(name: str) -> str:
    """The name without leading or trailing punctuation ("'Bee'" is matched as "Bee")."""
    words = list(_WORD.finditer(name))
    return name[words[0].start(): words[-1].end()] if words else ""


@functools.lru_cache(maxsize=4096)
def _pattern(text: str) -> re.Pattern[str]:
    parts = [re.escape(part) for part in text.split()]
    return re.compile(r"\s+".join(parts) + r"(?!\w)", re.IGNORECASE)


class NameMatcher:
    """Replaces every listed name form in a text; see the module's notes."""

    def __init__(self, forms: Iterable[NameForm]) -> None:
        chosen: dict[str, NameForm] = {}
        for form in forms:
            core = _core(form.text)
            if len(core) < (MIN_MATCH if form.capital_only else MIN_NAME):
                continue
            key = core.casefold()
            # One form per spelling: a kept one wins (never hide a name that may be printed).
            if key not in chosen or (not chosen[key].kept and form.kept):
                chosen[key] = NameForm(core, form.replacement if not form.kept else core,
                                       form.capital_only)
        # A kept name matters only where a hidden one could start inside it ("Anna Marcia Lee"
        # kept, "Marcia" hidden): the others are dropped, so they cost nothing.
        hidden_starts = {first_name(f.text).casefold() for f in chosen.values() if not f.kept}
        self.forms = [f for f in chosen.values() if not f.kept or hidden_starts & {
            w.casefold() for w in _WORD.findall(f.text)}]
        # Names by their first word, and those of two words or more by their first two words,
        # so a common first name ("Sarah") does not mean trying every Sarah at every "Sarah".
        self._single: dict[str, list[NameForm]] = {}
        self._multi: dict[tuple[str, str], list[NameForm]] = {}
        for form in sorted(self.forms, key=lambda f: len(f.text), reverse=True):
            words = [w.casefold() for w in _WORD.findall(form.text)]
            if len(words) > 1:
                self._multi.setdefault((words[0], words[1]), []).append(form)
            else:
                self._single.setdefault(words[0], []).append(form)
        firsts = {k[0] for k in self._multi} | set(self._single)
        self.active = any(not f.kept for f in self.forms)
        # With few names, a text that holds none of their first words (most texts) is passed
        # over by one substring search each; with many, the word-by-word look-up is cheaper.
        self._quick = tuple(firsts) if len(firsts) <= QUICK_CHECK_MAX else None
        self._firsts = firsts

    def __call__(self, text: str) -> str:
        return self.replace(text)[0]

    def replace(self, text: str) -> tuple[str, int]:
        """The text with the forms replaced, and how many replacements were made."""
        if not self.active or not text:
            return text, 0
        if self._quick is not None:
            folded = text.casefold()
            if not any(first in folded for first in self._quick):
                return text, 0
        words = list(_WORD.finditer(text))
        out: list[str] = []
        done = 0  # text before this has been copied to `out`
        count = 0
        for index, word in enumerate(words):
            start = word.start()
            first = word.group(0).casefold()
            if start < done or first not in self._firsts:
                continue
            second = words[index + 1].group(0).casefold() if index + 1 < len(words) else ""
            for form in (*self._multi.get((first, second), ()), *self._single.get(first, ())):
                if form.capital_only and not text[start].isupper():
                    continue
                found = _pattern(form.text).match(text, start)
                if found is None:
                    continue
                if not form.kept:
                    out.append(text[done:start])
                    out.append(form.replacement)
                    count += 1
                else:
                    out.append(text[done:found.end()])
                done = found.end()
                break
        if not count:
            return text, 0
        out.append(text[done:])
        return "".join(out), count

    def mentions(self, text: str) -> bool:
        return self.replace(text)[1] > 0


def unique_first_names(names: Iterable[str]) -> set[str]:
    """First names (case-folded) that exactly one of these names starts with."""
    seen: dict[str, int] = {}
    for name in names:
        first = first_name(name).casefold()
        if first:
            seen[first] = seen.get(first, 0) + 1
    return {first for first, n in seen.items() if n == 1}


def forms_for(hidden: Mapping[str, str], everyone: Iterable[str],
              kept: Iterable[str] = ()) -> list[NameForm]:
    """The forms to match: each hidden name (to its replacement) with its first name where that
    is unique among `everyone`, and each kept name left as it is."""
    everyone = list(everyone)
    unique = unique_first_names(everyone)
    kept = [k for k in kept if k.strip()]
    kept_folded = {_core(k).casefold() for k in kept}
    forms = [NameForm(k, k) for k in kept]
    for name, replacement in hidden.items():
        forms.append(NameForm(name, replacement))
        first = first_name(name)
        if (first and first.casefold() in unique and first.casefold() != _core(name).casefold()
                and first.casefold() not in kept_folded):
            forms.append(NameForm(first, replacement, capital_only=True))
    return forms
