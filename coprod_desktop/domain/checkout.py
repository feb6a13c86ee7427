"""The check-out: four fixed questions on how the session felt, answered without a name.

Each answer is Yes, Partly or No (or left out). The file keeps only the answers, the group the
answerer belongs to and whether it came from a phone or a paper slip: never who, never when.
Results are compared between parents and carers and staff, so the group can see whether the way
it meets works as well for one as for the other. Counts under 3 are never shown outside the
console (domain/small_numbers.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.small_numbers import Protected, protect, suppress_breakdown
from coprod_desktop.i18n import N_

# (column, the statement people answer)
QUESTIONS: tuple[tuple[str, str], ...] = (
    ("listened", "I felt listened to"),
    ("could_say", "I could say what I wanted to"),
    ("understood", "I understood the words people used"),
    ("come_again", "I would come again"),
)
KEYS = tuple(key for key, _ in QUESTIONS)
YES, PARTLY, NO = 2, 1, 0
ANSWER_WORDS = {YES: "Yes", PARTLY: "Partly", NO: "No"}


class CheckoutNotStarted(ValidationError):
    """A phone's check-out before the session's check-out has begun (it would be about a session
    not yet held)."""


class Side(StrEnum):
    """How the check-out splits the room."""

    PARENTS = "parents"
    STAFF = "staff"
    OTHERS = "others"

    @property
    def label(self) -> str:
        return {Side.PARENTS: "Parents and carers", Side.STAFF: "Staff",
                Side.OTHERS: "Everyone else"}[self]


def side_of(group: str) -> Side:
    """Parents and carers, staff, or everyone else (young people, voluntary, other, not said)."""
    if group == Group.PARENT_CARER.value:
        return Side.PARENTS
    if group == Group.STAFF.value:
        return Side.STAFF
    return Side.OTHERS


@dataclass(frozen=True, slots=True)
class CheckoutAnswer:
    group: str  # a Group value, or "" if not said
    answers: Mapping[str, int | None]  # question key → YES / PARTLY / NO / None
    via: str = "phone"


def check_answers(values: Mapping[str, object]) -> dict[str, int | None]:
    """The four answers as kept; at least one must be given."""
    kept: dict[str, int | None] = {}
    for key in KEYS:
        value = values.get(key)
        if value in (None, ""):
            kept[key] = None
            continue
        try:
            number = int(str(value))
        except ValueError:
            raise ValidationError(N_("Please choose Yes, Partly or No."), field=key) from None
        if number not in ANSWER_WORDS:
            raise ValidationError(N_("Please choose Yes, Partly or No."), field=key)
        kept[key] = number
    if all(v is None for v in kept.values()):
        raise ValidationError(N_("Please answer at least one question."), field=KEYS[0])
    return kept


@dataclass(frozen=True, slots=True)
class Tally:
    """One question's answers from one side of the room."""

    yes: int = 0
    partly: int = 0
    no: int = 0

    @property
    def answered(self) -> int:
        return self.yes + self.partly + self.no

    @property
    def yes_share(self) -> float:
        return self.yes / self.answered if self.answered else 0.0


@dataclass(frozen=True, slots=True)
class CheckoutSummary:
    people: dict[Side, int]  # check-outs from each side
    tallies: dict[Side, dict[str, Tally]]  # side → question → tally
    everyone: dict[str, Tally]

    @property
    def total(self) -> int:
        return sum(self.people.values())

    def shown_people(self) -> dict[Side, int | None]:
        """Each side's count, None where it must read "fewer than 3" (and its results hidden)."""
        return suppress_breakdown(self.people)

    def shown(self, key: str) -> Protected[Side]:
        """What of one question's answers may be shown: parents and carers and staff each on
        their own unless fewer than 3 of them answered it, and everyone's together unless that,
        less the sides shown, would leave the answers of fewer than 3 to be worked out (then
        everyone's is held back rather than a side: the sides are what the room compares).
        "Everyone else" is never shown on its own, only within everyone's."""
        return protect({side: self.tallies[side][key].answered for side in Side},
                       (Side.PARENTS, Side.STAFF))


def summarise(answers: Iterable[CheckoutAnswer]) -> CheckoutSummary:
    people = dict.fromkeys(Side, 0)
    counts: dict[Side, dict[str, list[int]]] = {s: {k: [0, 0, 0] for k in KEYS} for s in Side}
    for answer in answers:
        side = side_of(answer.group)
        people[side] += 1
        for key in KEYS:
            value = answer.answers.get(key)
            if value is not None:
                counts[side][key][value] += 1

    def tally(c: list[int]) -> Tally:
        return Tally(yes=c[YES], partly=c[PARTLY], no=c[NO])

    tallies = {s: {k: tally(counts[s][k]) for k in KEYS} for s in Side}
    everyone = {k: tally([sum(counts[s][k][i] for s in Side) for i in range(3)]) for k in KEYS}
    return CheckoutSummary(people, tallies, everyone)
