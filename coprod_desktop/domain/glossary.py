"""Glossary entries and the plain-language rules their explanations keep. No I/O here."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_

TERM_MAX = 80
EXPLANATION_MAX_WORDS = 29  # "under 30 words"
EXPLANATION_MAX_CHARS = 300
ALIASES_MAX = 12

_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """A term, the other forms it is written in, and one plain sentence that explains it.

    `programme_term_id` is set for terms the programme added itself; built-in terms have None.
    """

    term: str
    explanation: str
    aliases: tuple[str, ...] = ()
    area: str = ""
    programme_term_id: int | None = None

    @property
    def key(self) -> str:
        """How the entry is known: its term, case-folded (so 'Local offer' = 'local offer')."""
        return fold(self.term)

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.term, *self.aliases)

    @property
    def from_programme(self) -> bool:
        return self.programme_term_id is not None


def fold(text: str) -> str:
    """The comparison form of a term: spaces collapsed, curly apostrophes straight, case-folded."""
    return normalise_form(text).casefold()


def normalise_form(text: str) -> str:
    return _SPACES.sub(" ", text.replace("’", "'").replace("‘", "'")).strip()


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def sentence_count(text: str) -> int:
    """Sentences ended by . ! or ? (a last sentence without a full stop still counts)."""
    stripped = text.strip()
    if not stripped:
        return 0
    ends = len(_SENTENCE_END.findall(stripped))
    return ends + (0 if _SENTENCE_END.search(stripped[-1]) else 1)


def explanation_problem(text: str) -> str | None:
    """Why an explanation breaks the plain-language rules, or None if it keeps them."""
    words = word_count(text)
    if words == 0:
        return N_("The explanation is empty. Please write one sentence that says what the term "
                  "means.")
    if words > EXPLANATION_MAX_WORDS:
        return Said.of(N_("The explanation has %(words)s words; please keep it under 30 so it "
                          "reads easily (nothing has been saved)."), words=words)
    if sentence_count(text) > 1:
        return N_("Please write the explanation as one sentence (nothing has been saved).")
    return None


def clean_term(term: object) -> str:
    if not isinstance(term, str) or not normalise_form(term):
        raise ValidationError(N_("The term is empty. Please type the word or abbreviation."),
                              field="term")
    clean = normalise_form(term)
    if len(clean) > TERM_MAX:
        raise ValidationError(Said.of(N_("The term is %(count)s characters long; the most is %(most)s."),
                                      count=len(clean), most=TERM_MAX),
                              field="term")
    if not any(ch.isalnum() for ch in clean):
        raise ValidationError(N_("The term needs at least one letter or number."), field="term")
    return clean


def clean_aliases(aliases: Iterable[str] | str, term: str) -> tuple[str, ...]:
    """Other forms, one per item (or separated by ';' or new lines), without repeats of the term.

    Commas are kept, as long forms have them ("Education, Health and Care Plan").
    """
    items = re.split(r"[;\n]", aliases) if isinstance(aliases, str) else list(aliases)
    out: list[str] = []
    seen = {fold(term)}
    for item in items:
        form = normalise_form(str(item))
        if not form or fold(form) in seen:
            continue
        seen.add(fold(form))
        out.append(clean_term(form))
    if len(out) > ALIASES_MAX:
        raise ValidationError(Said.of(N_("Please give at most %(aliases_max)s other forms."),
                                      aliases_max=ALIASES_MAX), field="aliases")
    return tuple(out)


def clean_explanation(text: object) -> str:
    if not isinstance(text, str):
        raise ValidationError(N_("The explanation must be text."), field="explanation")
    clean = _SPACES.sub(" ", text).strip()
    if len(clean) > EXPLANATION_MAX_CHARS:
        raise ValidationError(Said.of(N_("The explanation is %(count)s characters long; the most is "
                                         "%(most)s."), count=len(clean), most=EXPLANATION_MAX_CHARS),
                              field="explanation")
    problem = explanation_problem(clean)
    if problem:
        raise ValidationError(problem, field="explanation")
    return clean


class Glossary:
    """Built-in entries with the programme's own on top: a programme term replaces a built-in one
    with the same term or form, so a programme can say what a word means locally."""

    def __init__(self, builtin: Iterable[GlossaryEntry],
                 programme: Iterable[GlossaryEntry] = ()) -> None:
        own = list(programme)
        taken = {fold(form) for entry in own for form in entry.forms}
        kept = [e for e in builtin if not any(fold(f) in taken for f in e.forms)]
        self.entries: tuple[GlossaryEntry, ...] = tuple(
            sorted([*kept, *own], key=lambda e: e.key))
        self._by_form: dict[str, GlossaryEntry] = {}
        for entry in self.entries:
            for form in entry.forms:
                self._by_form.setdefault(fold(form), entry)

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, form: str) -> GlossaryEntry | None:
        return self._by_form.get(fold(form))

    def search(self, query: str, limit: int = 50) -> list[GlossaryEntry]:
        """Entries whose term or a form starts with the query first, then any that mention it."""
        needle = fold(query)
        if not needle:
            return list(self.entries[:limit])
        starts, mentions = [], []
        for entry in self.entries:
            forms = [fold(f) for f in entry.forms]
            if any(f.startswith(needle) for f in forms):
                starts.append(entry)
            elif any(needle in f for f in forms) or needle in entry.explanation.casefold():
                mentions.append(entry)
        return (starts + mentions)[:limit]
