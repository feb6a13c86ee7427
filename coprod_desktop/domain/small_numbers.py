"""Small numbers: counts about people that leave the console never single anyone out.

A count of 1 or 2 in a group ("2 young carers came") can point at a person, more so after that
person has been erased. Anything shown outside the console (handouts, the programme report,
exports, the bulletin) shows such a count as "fewer than 3" instead.

Hiding one cell is not enough when the total is printed beside it: the hidden number is the
total minus the others. So when exactly one count in a breakdown is hidden, the next smallest
one is hidden too (secondary suppression), and the total stays true.

Where the total itself can go (the projector's "Everyone" bar, the counts printed beside a share),
`protect` hides it instead of a group: the room keeps the parents' answers beside two hidden
staff, and loses only the figure that would give the staff's away.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

SMALL_NUMBER_THRESHOLD = 3


def fewer_than() -> str:
    """'fewer than 3', in the current language (the console's, or a PDF's while it is made)."""
    from coprod_desktop.i18n import _, number

    return _("fewer than {n}").format(n=number(SMALL_NUMBER_THRESHOLD))


def held_back() -> str:
    """'not shown': a count held back, small itself or held back so a smaller one beside it
    cannot be worked out from the total (where telling the two apart would give it away)."""
    from coprod_desktop.i18n import _

    return _("not shown")


K = TypeVar("K")


def is_small(count: int, threshold: int = SMALL_NUMBER_THRESHOLD) -> bool:
    """True for a count that could single someone out: 1 up to threshold - 1 (0 singles out nobody)."""
    return 0 < count < threshold


def shown_count(count: int, threshold: int = SMALL_NUMBER_THRESHOLD) -> int | None:
    """The count to show, or None where it must read "fewer than {threshold}"."""
    return None if is_small(count, threshold) else count


def suppress_breakdown(
    counts: Mapping[K, int], threshold: int = SMALL_NUMBER_THRESHOLD
) -> dict[K, int | None]:
    """Each group's count to show, None for hidden ones, with secondary suppression.

    The order of `counts` is kept. Zero counts are shown as 0.
    """
    shown: dict[K, int | None] = {key: shown_count(n, threshold) for key, n in counts.items()}
    hidden = [key for key, value in shown.items() if value is None]
    if len(hidden) == 1:
        others = sorted(
            (n, index, key)
            for index, (key, n) in enumerate(counts.items())
            if shown[key] is not None and n > 0
        )
        if others:
            shown[others[0][2]] = None
    return shown


class Held(StrEnum):
    """Why a figure is not shown."""

    SMALL = "small"  # it is about fewer than 3 people itself
    PROTECTS = "protects"  # it would let a smaller group's figure be worked out


@dataclass(frozen=True, slots=True)
class Protected(Generic[K]):
    """What may be shown of a breakdown and its total: for each group shown on its own, None
    where it is shown or why it is held back; the same for the total."""

    groups: dict[K, Held | None]
    total: Held | None

    def shown(self, key: K) -> bool:
        return self.groups.get(key) is None


def protect(counts: Mapping[K, int], shown_alone: Collection[K] | None = None, *,
            total_needed: bool = False,
            threshold: int = SMALL_NUMBER_THRESHOLD) -> Protected[K]:
    """Which of a breakdown's groups, and its total, may be shown.

    `counts`: every group in the total, including any never shown on its own (the check-out's
    "everyone else"); `shown_alone`: the groups that would be shown on their own (all when
    None). A group of fewer than `threshold` is held back (SMALL). Then the total minus the
    groups shown is what a reader can work out; where that is fewer than `threshold` (but not
    0), one more thing is held back (PROTECTS): the total, which costs the room least, or, where
    the total must stay (`total_needed`), the smallest group shown, and again until it is safe.
    A total of fewer than `threshold` is itself held back (SMALL).
    """
    alone = [key for key in counts if shown_alone is None or key in shown_alone]
    groups: dict[K, Held | None] = {
        key: Held.SMALL if is_small(counts[key], threshold) else None for key in alone}
    everyone = sum(counts.values())
    total: Held | None = Held.SMALL if is_small(everyone, threshold) else None
    while total is None:
        left = everyone - sum(counts[key] for key in alone if groups[key] is None)
        if not is_small(left, threshold):
            break
        if not total_needed:
            total = Held.PROTECTS
            break
        # The total is not small and more than what is left, so some group shown has people.
        order = {key: index for index, key in enumerate(alone)}
        smallest = min((key for key in alone if groups[key] is None and counts[key] > 0),
                       key=lambda key: (counts[key], order[key]))
        groups[smallest] = Held.PROTECTS
    return Protected(groups, total)


Option = tuple[int, ...]


def pinned(options: Sequence[Collection[Option]], total: Option,
           features: Sequence[Callable[[Option], int]]) -> bool:
    """Whether a reader who knows `total` (the sum of some hidden figures, worked out as a shown
    total less the parts shown) can tell any one hidden figure's `features` for certain.

    `options[i]`: every value the i-th hidden figure could have, as far as a reader can tell
    (for "fewer than 3 people": 1 or 2). A figure is pinned when, of its options that the
    others can make up the rest of the total for, all give one value of some feature: two
    hidden groups of "fewer than 3" making 4 must both be 2; answers making "all said Yes" tell
    each group's. Exact for one sum, worked out by adding up the others' possible sums.
    """
    zero: Option = tuple(0 for _ in total)

    def add(a: Option, b: Option) -> Option:
        return tuple(x + y for x, y in zip(a, b, strict=True))

    for index, mine in enumerate(options):
        sums = {zero}
        for other, choices in enumerate(options):
            if other != index:
                sums = {add(s, c) for s in sums for c in choices
                        if all(v <= t for v, t in zip(add(s, c), total, strict=True))}
        rest = [tuple(t - v for t, v in zip(total, option, strict=True)) for option in mine]
        possible = [option for option, left in zip(mine, rest, strict=True) if left in sums]
        for feature in features:
            if len({feature(option) for option in possible}) <= 1:
                return True
    return False
