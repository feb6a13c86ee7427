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

Text and forms are cut into the same tokens: a whole word (letters, digits, "_"), a run of spaces,
or one other mark. The forms go into two tries of tokens (case-sensitive and not); a text is cut
once and walked through both, a few dictionary look-ups per word whatever the size of the
glossary. Building the matcher compiles nothing per term: the first version compiled the forms
into one regular expression, ~30 ms for the 600 built-in forms on the GUI thread the first time
the Jargon panel was shown (issue 18); this finds the same matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from coprod_desktop.domain.glossary import GlossaryEntry, fold, normalise_form

_WORD_IN_FORM = re.compile(r"[^\W\d_]+")
_CAPITAL_AFTER_LETTER = re.compile(r"(?<=[A-Za-z])[A-Z]")  # a capital inside a word, in ASCII
_TOKEN = re.compile(r"\w+|\s+|.", re.DOTALL)  # a word, a run of spaces, or one other mark
_HYPHENS = "-‐‑–"
_SAME_MARK = str.maketrans({"’": "'", "‘": "'", **{hyphen: "-" for hyphen in _HYPHENS[1:]}})
_END = ""  # a trie node's key for "a form ends here" (no token is empty); its value: the entry's key

# A trie node: token -> the next node, and _END -> the key of the entry whose form ends here.
_Node = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Hit:
    key: str  # the entry's key (its folded term)
    start: int
    end: int
    text: str  # as written in the text


def is_abbreviation(form: str) -> bool:
    """True for forms that must match exactly as written (see the module notes)."""
    if form.isascii():  # the same test, without a Python step per letter (600 forms, issue 18)
        if form.isupper() and sum(map(str.isalpha, form)) >= 2:
            return True
        return _CAPITAL_AFTER_LETTER.search(form) is not None
    letters = [ch for ch in form if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return True
    return any(any(ch.isupper() for ch in word[1:]) for word in _WORD_IN_FORM.findall(form))


def _canonical(text: str) -> str:
    """Map the variants a match accepts onto one spelling."""
    out = normalise_form(text)
    for hyphen in _HYPHENS[1:]:
        out = out.replace(hyphen, "-")
    return out


def _cut(text: str) -> tuple[list[str], list[bool], list[int]]:
    """`text` as tokens (curly marks straight, hyphens as "-"), whether each is a word, and where
    each starts in `text` (one more: the end of the text)."""
    tokens = _TOKEN.findall(text.translate(_SAME_MARK))  # one mark for one: the places hold
    if "_" in text:  # "_" is a word's letter as far as \w goes, but not alphanumeric
        words = [token[0].isalnum() or token[0] == "_" for token in tokens]
    else:
        words = list(map(str.isalnum, tokens))
    return tokens, words, [0, *accumulate(map(len, tokens))]


def _add(trie: _Node, form: str, key: str) -> None:
    """Put a form (already in one spelling: single spaces) in the trie, as its tokens."""
    node = trie
    for token in (form,) if form.isalnum() else _cut(form)[0]:  # most forms are one word
        node = node.setdefault(token, {})
    node.setdefault(_END, key)


def _starts(trie: _Node) -> frozenset[str]:
    """The tokens a match may start with: a form's first, or a one-word form with a plural "s"."""
    return frozenset([token for token in trie if token] +
                     [token + "s" for token, node in trie.items() if token and _END in node])


def _scan(trie: _Node, starts: frozenset[str], tokens: list[str], words: list[bool]
          ) -> list[tuple[int, int, str]]:
    """(first token, token after the last, key) of each match, leftmost first, each the longest
    at its start; the next match starts after the last one ends. The plural "s" is lower case
    (tokens are lowered before a walk through the trie that ignores case)."""
    found: list[tuple[int, int, str]] = []
    if starts.isdisjoint(tokens):  # most texts, for the abbreviations
        return found
    count = len(tokens)
    after = 0  # where the last match ended
    for first in [at for at, token in enumerate(tokens) if token in starts]:
        if first < after or (first and words[first - 1]):  # overlaps, or starts inside a word
            continue
        node, at, best = trie, first, None
        while at < count:
            token = tokens[at]
            if token[-1] == "s" and words[at] and len(token) > 1:  # "EHCPs": a form, then a plural ending
                stem = node.get(token[:-1])
                if stem is not None and _END in stem:
                    best = (at + 1, stem[_END])
            child = node.get(token)
            if child is None and token[0].isspace():
                child = node.get(" ")  # any run of spaces or a line break
            if child is None:
                break
            at += 1
            if _END in child:
                if at == count or not words[at]:  # nothing of a word follows
                    best = (at, child[_END])
                elif tokens[at] == "s" and (at + 1 == count or not words[at + 1]):
                    best = (at + 1, child[_END])  # a form ending in a mark, then "s"
            node = child
        if best is not None:
            after, key = best
            found.append((first, after, key))
    return found


class JargonMatcher:
    """Finds where glossary terms occur in a piece of text."""

    def __init__(self, entries: Iterable[GlossaryEntry]) -> None:
        self._exact: _Node = {}
        self._folded: _Node = {}
        for entry in entries:
            key = entry.key
            for form in entry.forms:
                canonical = _canonical(form)
                if is_abbreviation(canonical):
                    # As written, or all in capitals: "SENCo" also matches "SENCO".
                    _add(self._exact, canonical, key)
                    _add(self._exact, canonical.upper(), key)
                else:
                    _add(self._folded, fold(canonical), key)
        self._starts = (_starts(self._exact), _starts(self._folded))

    def find(self, text: str) -> list[Hit]:
        """Every term in `text`, in order, without overlaps (the longest of overlapping wins)."""
        tokens, words, places = _cut(text)
        lowered = list(map(str.casefold, tokens))
        found = [Hit(key, places[first], places[end], text[places[first]:places[end]])
                 for trie, starts, cut in ((self._exact, self._starts[0], tokens),
                                           (self._folded, self._starts[1], lowered))
                 for first, end, key in _scan(trie, starts, cut, words)]
        found.sort(key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[Hit] = []
        for hit in found:
            if not kept or hit.start >= kept[-1].end:
                kept.append(hit)
        return kept
