"""Who we are hearing: the equalities answers as counts and shares, beside a reference.

The answers are tallies (no row says who gave one), and every figure here passes through the
shared small-numbers rule: a count under 3 is shown as "fewer than 3", with secondary suppression
so it cannot be worked out from the total. The reference is what the facilitator typed once (the
borough's profile for the same categories), as a percentage; the gap is our share minus theirs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from coprod_desktop.domain.equalities import PREFER_NOT, QUESTIONS, Question
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.small_numbers import (
    SMALL_NUMBER_THRESHOLD,
    held_back,
    shown_count,
    suppress_breakdown,
)
from coprod_desktop.i18n import N_, percent

FEWER = f"fewer than {SMALL_NUMBER_THRESHOLD}"
HELD_BACK = "not shown"  # the CSV's words, as FEWER (a file for analysis, in English)
# A few words for each question, where an answer is shown away from its question.
TOPIC = {"age": "Age", "gender": "Gender", "ethnicity": "Ethnic group",
         "disabled": "Disabled or long-term condition", "carer": "Looks after someone"}

Tally = Mapping[str, Mapping[str, int]]  # question -> answer -> count
Reference = Mapping[tuple[str, str], float]  # (question, answer) -> percent of the reference


@dataclass(frozen=True, slots=True)
class Figure:
    """One answer's line: our count and share (None where suppressed) and the reference."""

    question: str
    answer: str
    label: str
    count: int | None  # None: held back ("not shown")
    share: float | None  # percent of those who answered the question; None when hidden
    reference: float | None  # percent in the reference; None when none was entered

    @property
    def gap(self) -> float | None:
        if self.share is None or self.reference is None:
            return None
        return self.share - self.reference

    @property
    def count_text(self) -> str:
        return HELD_BACK if self.count is None else f"{self.count:,}"

    def hidden_text(self) -> str:
        """How a held-back count reads in the current language: every one alike ('not shown').
        Telling a small one ('fewer than 3') from one held back for its sake (5 'prefer not
        to say') lets a reader with the total work the small one out exactly."""
        return held_back()

    @property
    def share_text(self) -> str:
        """The share as a whole percentage in the current language ('72%')."""
        return "—" if self.share is None else percent(self.share, whole=True)

    @property
    def reference_text(self) -> str:
        """The reference as it was entered, in the current language ('48,5%' in Polish)."""
        return "" if self.reference is None else percent(self.reference)

    def sentence(self, where: str = "the reference") -> str:
        """"Yes: 2% of those who came, 8% of the borough"."""
        if self.count is None:
            ours = f"{HELD_BACK} for those who came"
        elif self.share is None:
            ours = f"{self.count_text} of those who came"
        else:
            ours = f"{self.share_text} of those who came"
        if self.reference is None:
            return f"{self.label}: {ours}"
        return f"{self.label}: {ours}, {self.reference_text} of {where}"


@dataclass(frozen=True, slots=True)
class QuestionFigures:
    question: Question
    answered: int | None  # how many answered it (None when fewer than 3)
    figures: tuple[Figure, ...]

    @property
    def answered_text(self) -> str:
        return FEWER if self.answered is None else f"{self.answered:,}"


def figures(tally: Tally, reference: Reference) -> list[QuestionFigures]:
    """Every question, every answer in the order asked, suppressed, beside the reference.

    "I would rather not say" is counted but has no reference and no share gap.
    """
    out: list[QuestionFigures] = []
    for question in QUESTIONS:
        counts = {value: int(tally.get(question.key, {}).get(value, 0))
                  for value, _label in question.choices}
        total = sum(counts.values())
        shown = suppress_breakdown(counts)
        answered = shown_count(total)
        rows = []
        for value, label in question.choices:
            n = shown[value]
            share = None if n is None or not total or answered is None else 100 * n / total
            ref = None if value == PREFER_NOT else reference.get((question.key, value))
            rows.append(Figure(question.key, value, label, n, share, ref))
        out.append(QuestionFigures(question, answered, tuple(rows)))
    return out


def add_tallies(tallies: list[Tally]) -> dict[str, dict[str, int]]:
    total: dict[str, dict[str, int]] = {}
    for tally in tallies:
        for question, answers in tally.items():
            into = total.setdefault(question, {})
            for answer, n in answers.items():
                into[answer] = into.get(answer, 0) + int(n)
    return total


def clean_reference(question: str, answer: str, percent: float | str) -> float:
    """A reference share: a percentage from 0 to 100 for one of the answers we ask about."""
    found = next((q for q in QUESTIONS if q.key == question), None)
    if found is None or answer not in dict(found.choices) or answer == PREFER_NOT:
        raise ValidationError(N_("That is not one of the answers we ask about."), field="answer")
    try:
        value = float(str(percent).strip().rstrip("%"))
    except ValueError as exc:
        raise ValidationError(N_("Type the share as a number, for example 8 or 12.5."),
                              field="percent") from exc
    if not 0 <= value <= 100:
        raise ValidationError(N_("A share is between 0% and 100%."), field="percent")
    return round(value, 1)
