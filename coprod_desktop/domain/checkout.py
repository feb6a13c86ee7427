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
from coprod_desktop.domain.small_numbers import (
    SMALL_NUMBER_THRESHOLD,
    Held,
    Protected,
    is_small,
    pinned,
    protect,
)
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


COMPARED = (Side.PARENTS, Side.STAFF)  # the sides whose answers are also given programme-wide


@dataclass(frozen=True, slots=True)
class ProgrammeCheckout:
    """Every check-out figure that may leave the laptop, decided for all the exports together
    (the programme report, the CSV and JSON tables): None where a figure may be shown, or why it
    is held back. Each export prints only what is allowed here, so that no figure about fewer
    than 3 people can be read in any of them, or worked out by taking the figures of one from
    another's (a total less its parts, across sessions or sides, across files).

    The figures: the programme's check-outs (`total`); each session's (`session_totals`); each
    side's in a session (`sides`); each side's answers to a question in a session, how many
    answered with the share saying Yes (`answers`); and the programme-wide answers of parents
    and carers and of staff to each question (`across`). A side or a session's answers are held
    back only when about fewer than 3 people; a figure that adds others up (a session's or the
    programme's check-outs, the programme-wide answers) is held back instead wherever it would
    let a hidden one be worked out, or would tell that every hidden person answered alike. The
    programme's check-outs in all are shown only where every session's are.
    """

    sessions: dict[int, CheckoutSummary]
    total: Held | None
    session_totals: dict[int, Held | None]
    sides: dict[tuple[int, Side], Held | None]
    answers: dict[tuple[int, Side, str], Held | None]
    across: dict[tuple[Side, str], Held | None]

    @property
    def people(self) -> int:
        return sum(summary.total for summary in self.sessions.values())

    def across_tally(self, side: Side, key: str) -> Tally:
        """The programme-wide answers of one side to one question."""
        tallies = [summary.tallies[side][key] for summary in self.sessions.values()]
        return Tally(sum(t.yes for t in tallies), sum(t.partly for t in tallies),
                     sum(t.no for t in tallies))


_FEWER = range(1, 3)  # what a reader knows of a count shown as "fewer than 3": 1 or 2


def programme_checkout(sessions: Mapping[int, CheckoutSummary]) -> ProgrammeCheckout:
    """What of the check-out may be shown, for the whole programme at once (see
    ProgrammeCheckout). `sessions`: each session with any check-out, by its id."""
    sides = {(s, side): Held.SMALL if is_small(summary.people[side]) else None
             for s, summary in sessions.items() for side in Side}

    def counts_pinned(hidden: list[int]) -> bool:
        # Each hidden side is "fewer than 3" (1 or 2) to a reader; their sum is known.
        return bool(hidden) and pinned([[(n,) for n in _FEWER]] * len(hidden), (sum(hidden),),
                                       [lambda o: o[0]])

    def small_total(total: int, hidden: list[int]) -> Held | None:
        if is_small(total):
            # "Fewer than 3" in all beside two hidden groups (each 1 or 2) says both are 1:
            # then it reads "not shown", which says nothing of its size.
            return Held.PROTECTS if len(hidden) > 1 else Held.SMALL
        return Held.PROTECTS if counts_pinned(hidden) else None

    session_totals: dict[int, Held | None] = {}
    for s, summary in sessions.items():
        hidden = [summary.people[side] for side in Side if sides[(s, side)] is not None]
        session_totals[s] = small_total(summary.total, hidden)
    everyone = sum(summary.total for summary in sessions.values())
    # The programme's check-outs in all, only where every session's are shown (then they tell
    # nothing new). Less the sessions' shown and the sides shown, they would leave the hidden
    # sides of the sessions held back: worked out with the programme-wide answers (how many
    # answered is at most how many there are) even a sum that tells no side alone could.
    hidden = [summary.people[side] for s, summary in sessions.items()
              if session_totals[s] is not None for side in Side if sides[(s, side)] is not None]
    total = small_total(everyone, hidden)
    if total is None and any(held is not None for held in session_totals.values()):
        total = Held.PROTECTS

    answers: dict[tuple[int, Side, str], Held | None] = {}
    for s, summary in sessions.items():
        for side in Side:
            for key in KEYS:
                small = sides[(s, side)] is not None or is_small(
                    summary.tallies[side][key].answered)
                answers[(s, side, key)] = Held.SMALL if small else None

    across: dict[tuple[Side, str], Held | None] = {}
    for side in COMPARED:
        for key in KEYS:
            cells = [(s, summary) for s, summary in sessions.items()
                     if answers[(s, side, key)] is not None]
            answered = sum(summary.tallies[side][key].answered for summary in sessions.values())
            if is_small(answered):
                across[(side, key)] = Held.SMALL
                continue
            if not cells:
                across[(side, key)] = None
                continue
            # The hidden answers, worked out as the programme's less the sessions' shown: about
            # the people of the hidden sides (3 or more needed), answered by 3 or more, and no
            # hidden side's count, Yes count or "all said the same" to be told for certain.
            people = sum(summary.people[side] for _s, summary in cells)
            hidden_answered = sum(summary.tallies[side][key].answered for _s, summary in cells)
            hidden_yes = sum(summary.tallies[side][key].yes for _s, summary in cells)
            options = [[(a, y) for a in range(0 if sides[(s, side)] is not None else 1, 3)
                        for y in range(a + 1)] for s, _summary in cells]
            safe = (people >= SMALL_NUMBER_THRESHOLD and hidden_answered >= SMALL_NUMBER_THRESHOLD
                    and not pinned(options, (hidden_answered, hidden_yes),
                                   [lambda o: o[0], lambda o: o[1], lambda o: o[0] - o[1]]))
            across[(side, key)] = None if safe else Held.PROTECTS
    return ProgrammeCheckout(dict(sessions), total, session_totals, sides, answers, across)
