"""Small numbers: counts about people that leave the console never single anyone out.

A count of 1 or 2 in a group ("2 young carers came") can point at a person, more so after that
person has been erased. Anything shown outside the console (handouts, the programme report,
exports, the bulletin) shows such a count as "fewer than 3" instead.

Hiding one cell is not enough when the total is printed beside it: the hidden number is the
total minus the others. So when exactly one count in a breakdown is hidden, the next smallest
one is hidden too (secondary suppression), and the total stays true.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

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
