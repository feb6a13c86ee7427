"""Spotting glossary terms in text: pure, fast, and careful about what counts as a match.

Rules:
- A match never starts or ends inside a longer word: "ICB" is found in "ICB's" and "ICB-led" but
  not in "ICBM"; "LA" is not found in "LAN".
- A plural "s" may follow any form ("EHCPs", "personal budgets").
- Abbreviations match only as written: a form whose letters are all capitals ("ICB", "A&E") or
  that has a capital inside a word ("SENCo", "PfA") is case-sensitive, so "ta" or "Ot" never
  match "TA" or "OT"; a mixed form also matches in all capitals ("SENCO", "PFA"). Every other
  form ("local offer", "Ofsted") matches in any case.
- Multi-word forms match across any run of spaces or a line break; straight and curly apostrophes
  and the different hyphens are the same.
- Where forms overlap, the longest wins ("SEN support" over "SEN").

Each of the two patterns (case-sensitive and not) is compiled once from a trie of the forms, so a
note costs two regex scans whatever the size of the glossary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from coprod_desktop.domain.glossary import GlossaryEntry, fold, normalise_form

_WORD_IN_FORM = re.compile(r"[^\W\d_]+")
_APOSTROPHES = "'’‘"
_HYPHENS = "-‐‑–"


@dataclass(frozen=True, slots=True)
class Hit:
    key: str  # the entry's key (its folded term)
    start: int
    end: int
    text: str  # as written in the text


def is_abbreviation(form: str) -> bool:
    """True for forms that must match exactly as written (see the module notes)."""
    letters = [ch for ch in form if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return True
    return any(any(ch.isupper() for ch in word[1:]) for word in _WORD_IN_FORM.findall(form))


def _char_pattern(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch in _APOSTROPHES:
        return "['’‘]"
    if ch in _HYPHENS:
        return "[-‐‑–]"
    return re.escape(ch)


def _canonical(text: str) -> str:
    """Map the variants the pattern accepts onto one spelling, for looking a match up."""
    out = normalise_form(text)
    for hyphen in _HYPHENS[1:]:
        out = out.replace(hyphen, "-")
    return out


def _trie_pattern(forms: Iterable[str]) -> str:
    trie: dict[str, dict] = {}
    for form in forms:
        node = trie
        for ch in _canonical(form):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        ends_here = "" in node
        branches = [_char_pattern(ch) + emit(child)
                    for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        if len(branches) == 1 and not ends_here:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if ends_here else group  # greedy: the longer form is tried first

    return emit(trie)


def _compile(forms: list[str], flags: int) -> re.Pattern[str] | None:
    if not forms:
        return None
    body = _trie_pattern(forms)
    return re.compile(rf"(?<!\w)(?:{body})s?(?!\w)", flags)


class JargonMatcher:
    """Finds where glossary terms occur in a piece of text."""

    def __init__(self, entries: Iterable[GlossaryEntry]) -> None:
        self._exact: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        for entry in entries:
            for form in entry.forms:
                canonical = _canonical(form)
                if is_abbreviation(canonical):
                    # As written, or all in capitals: "SENCo" also matches "SENCO".
                    self._exact.setdefault(canonical, entry.key)
                    self._exact.setdefault(canonical.upper(), entry.key)
                else:
                    self._folded.setdefault(fold(canonical), entry.key)
        self._exact_re = _compile(list(self._exact), 0)
        self._folded_re = _compile(list(self._folded), re.IGNORECASE)

    def _key_for(self, matched: str, table: dict[str, str], folded: bool) -> str | None:
        canonical = _canonical(matched)
        look = fold(canonical) if folded else canonical
        if look in table:
            return table[look]
        if look.endswith(("s", "S")) and look[:-1] in table:
            return table[look[:-1]]
        return None

    def find(self, text: str) -> list[Hit]:
        """Every term in `text`, in order, without overlaps (the longest of overlapping wins)."""
        found: list[Hit] = []
        for pattern, table, folded in ((self._exact_re, self._exact, False),
                                       (self._folded_re, self._folded, True)):
            if pattern is None:
                continue
            for match in pattern.finditer(text):
                key = self._key_for(match.group(0), table, folded)
                if key is not None:
                    found.append(Hit(key, match.start(), match.end(), match.group(0)))
        found.sort(key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[Hit] = []
        for hit in found:
            if not kept or hit.start >= kept[-1].end:
                kept.append(hit)
        return kept
