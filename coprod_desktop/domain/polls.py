"""Quick polls: a scale, a single or multiple choice, or a word cloud, answered from phones.

One answer per phone per poll, which the person may change while the poll is open. Results are
hidden until the facilitator reveals them, like dots. No Qt, no SQL: tallies and checks only
(the word grouping is in domain/word_cloud.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_

QUESTION_MAX = 200
OPTION_MAX = 80
OPTIONS_MAX = 8
WORDS_EACH = 3  # a word cloud takes up to three words from each phone
WORD_MAX = 30
SCALES = ((1, 5), (0, 10))  # the two scales on offer


class PollKind(StrEnum):
    SCALE = "scale"
    SINGLE = "single"
    MULTIPLE = "multiple"
    WORDS = "words"

    @property
    def label(self) -> str:
        return {PollKind.SCALE: "Scale", PollKind.SINGLE: "Choose one",
                PollKind.MULTIPLE: "Choose any", PollKind.WORDS: "Word cloud"}[self]

    @property
    def choice(self) -> bool:
        return self in (PollKind.SINGLE, PollKind.MULTIPLE)


@dataclass(frozen=True, slots=True)
class PollChoice:
    """One of the kinds of poll a facilitator picks from, with its scale where it has one."""

    key: str
    label: str  # marked for the desktop catalogue: translate where shown
    kind: PollKind
    low: int = 1
    high: int = 5

    def draft(self, question: str, options_text: str, low_label: str,
              high_label: str) -> PollDraft:
        """The poll a form holds with this kind chosen (options typed one a line)."""
        return PollDraft(self.kind, question, tuple(options_text.splitlines()), self.low,
                         self.high, low_label, high_label)


@dataclass(frozen=True, slots=True)
class PollDraft:
    """A poll as a form holds it before it is saved (the Polls panel's new poll, the agenda's
    planned poll); the service checks it (`check_poll`) when it is saved."""

    kind: PollKind
    question: str
    options: tuple[str, ...]
    low: int
    high: int
    low_label: str
    high_label: str


# What the console offers, in order (the Polls panel's new poll, the agenda's planned poll).
CHOICES = (PollChoice("scale5", N_("Scale 1 to 5"), PollKind.SCALE, 1, 5),
           PollChoice("scale10", N_("Scale 0 to 10"), PollKind.SCALE, 0, 10),
           PollChoice("single", N_("Choose one"), PollKind.SINGLE),
           PollChoice("multiple", N_("Choose any"), PollKind.MULTIPLE),
           PollChoice("words", N_("Word cloud (three words each)"), PollKind.WORDS))


@dataclass(frozen=True, slots=True)
class Poll:
    id: int
    session_id: int
    kind: PollKind
    question: str
    created_at: datetime
    options: tuple[str, ...] = ()  # choice polls
    low: int = 1  # scale polls: the ends and their words
    high: int = 5
    low_label: str = ""
    high_label: str = ""
    opened_at: datetime | None = None
    closed_at: datetime | None = None
    revealed_at: datetime | None = None
    hidden_words: frozenset[str] = field(default_factory=frozenset)  # word keys, moderated
    activity_id: int | None = None
    source: str = "phones"  # or "board": a cloud of the board's notes

    @property
    def open(self) -> bool:
        return self.opened_at is not None and self.closed_at is None

    @property
    def revealed(self) -> bool:
        return self.revealed_at is not None

    @property
    def scale_values(self) -> range:
        return range(self.low, self.high + 1)


@dataclass(frozen=True, slots=True)
class Answer:
    """One phone's answer: a scale value, option numbers (from 0), or up to three words."""

    value: int | None = None
    choices: tuple[int, ...] = ()
    words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    count: int

    def share(self, total: int) -> float:
        return self.count / total if total else 0.0


def check_poll(kind: PollKind, question: str, options: Sequence[str], low: int,
               high: int) -> tuple[str, tuple[str, ...]]:
    """The question and options as they will be kept; a plain message for what cannot be."""
    text = " ".join(question.split())
    if not text:
        raise ValidationError(N_("Please write the question."), field="question")
    if len(text) > QUESTION_MAX:
        raise ValidationError(Said.of(N_("The question is too long: the most is %(question_max)s "
                                         "characters."), question_max=QUESTION_MAX),
                              field="question")
    kept = tuple(" ".join(o.split()) for o in options if o.strip())
    if kind.choice:
        if len(kept) < 2:
            raise ValidationError(N_("A choice needs at least two options."), field="options")
        if len(kept) > OPTIONS_MAX:
            raise ValidationError(Said.of(N_("A choice can have at most %(options_max)s options."),
                                          options_max=OPTIONS_MAX),
                                  field="options")
        if any(len(o) > OPTION_MAX for o in kept):
            raise ValidationError(Said.of(N_("Each option can be at most %(option_max)s characters."),
                                          option_max=OPTION_MAX),
                                  field="options")
        if len({o.casefold() for o in kept}) != len(kept):
            raise ValidationError(N_("Two options are the same."), field="options")
    else:
        kept = ()
    if kind is PollKind.SCALE and (low, high) not in SCALES:
        raise ValidationError(N_("The scale runs from 1 to 5 or from 0 to 10."), field="scale")
    return text, kept


def check_answer(poll: Poll, *, value: int | None = None, choices: Iterable[int] = (),
                 words: Iterable[str] = ()) -> Answer:
    """A phone's answer as it will be kept, or a plain message saying what to change."""
    if not poll.open:
        raise ValidationError(N_("This poll is closed."))
    if poll.kind is PollKind.SCALE:
        if value is None or value not in poll.scale_values:
            raise ValidationError(Said.of(N_("Please choose a number from %(low)s to %(high)s."),
                                          low=poll.low, high=poll.high),
                                  field="value")
        return Answer(value=value)
    if poll.kind.choice:
        picked = tuple(sorted(set(choices)))
        if not picked or any(c not in range(len(poll.options)) for c in picked):
            raise ValidationError(N_("Please choose one of the options."), field="choices")
        if poll.kind is PollKind.SINGLE and len(picked) != 1:
            raise ValidationError(N_("Please choose just one option."), field="choices")
        return Answer(choices=picked)
    kept = tuple(" ".join(w.split()) for w in words if w.strip())
    if not kept:
        raise ValidationError(N_("Please write at least one word."), field="words")
    if len(kept) > WORDS_EACH:
        raise ValidationError(Said.of(N_("Up to %(words_each)s words, please."),
                                      words_each=WORDS_EACH), field="words")
    if any(len(w) > WORD_MAX for w in kept):
        raise ValidationError(Said.of(N_("Each word can be at most %(word_max)s characters."),
                                      word_max=WORD_MAX), field="words")
    return Answer(words=kept)


def scale_bars(poll: Poll, answers: Iterable[Answer]) -> list[Bar]:
    """One bar per point of the scale, lowest first, including the points nobody chose."""
    counts = dict.fromkeys(poll.scale_values, 0)
    for answer in answers:
        if answer.value in counts:
            counts[answer.value] += 1
    return [Bar(str(v), n) for v, n in counts.items()]


def choice_bars(poll: Poll, answers: Iterable[Answer]) -> list[Bar]:
    """One bar per option in the order they were written (a multiple choice counts each tick)."""
    counts = [0] * len(poll.options)
    for answer in answers:
        for c in answer.choices:
            if 0 <= c < len(counts):
                counts[c] += 1
    return [Bar(option, n) for option, n in zip(poll.options, counts, strict=True)]


def scale_average(poll: Poll, answers: Iterable[Answer]) -> float | None:
    values = [a.value for a in answers if a.value is not None and a.value in poll.scale_values]
    return sum(values) / len(values) if values else None


def bars(poll: Poll, answers: Sequence[Answer]) -> list[Bar]:
    if poll.kind is PollKind.SCALE:
        return scale_bars(poll, answers)
    if poll.kind.choice:
        return choice_bars(poll, answers)
    return []


def join_choices(choices: Iterable[int]) -> str:
    return ",".join(str(c) for c in choices)


def split_choices(text: str | None) -> tuple[int, ...]:
    return tuple(int(part) for part in (text or "").split(",") if part.strip().isdigit())


def join_words(words: Iterable[str]) -> str:
    return "\n".join(words)


def split_words(text: str | None) -> tuple[str, ...]:
    return tuple(w for w in (text or "").split("\n") if w.strip())
