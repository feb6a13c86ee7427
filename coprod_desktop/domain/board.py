"""The sticky-note board: clusters, dot-vote rounds, results and the board's settings.

Plain records and the pure rules about them (grid layout, ranking with ties). No Qt, SQL or I/O.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from coprod_desktop.i18n import N_, SOURCE, _, current, number

# A note's standard size on the board, in board units (the console shows them at this size at 100%).
NOTE_W = 220.0
NOTE_H = 150.0
GAP = 20.0
# Room inside a cluster frame: a title bar at the top and a margin around the notes.
CLUSTER_TITLE_H = 100.0
CLUSTER_PAD = 20.0
COLLAPSED_W = 560.0


class BoardScope(StrEnum):
    """Whether a session has one board, or one per activity."""

    SESSION = "session"
    ACTIVITY = "activity"


class TargetKind(StrEnum):
    """What people put their dots on."""

    NOTE = "note"
    CLUSTER = "cluster"

    @property
    def plural(self) -> str:
        return N_("notes") if self is TargetKind.NOTE else N_("clusters")


@dataclass(frozen=True, slots=True)
class Cluster:
    id: int
    session_id: int
    activity_id: int | None
    title: str
    colour: str
    x: float
    y: float
    w: float
    h: float
    collapsed: bool
    created_at: datetime


@dataclass(frozen=True, slots=True)
class VoteRound:
    id: int
    session_id: int
    activity_id: int | None
    title: str
    target_kind: TargetKind
    target_ids: tuple[int, ...]  # empty: everything of that kind on the board
    dots_per_person: int
    cap_per_item: int | None  # the most dots one person may put on one item
    is_open: bool
    opened_at: datetime
    closed_at: datetime | None


@dataclass(frozen=True, slots=True)
class RankedItem:
    """One line of a closed vote's results. Tied items share a place."""

    target_id: int
    label: str
    dots: int
    place: int
    tied: bool

    @property
    def place_text(self) -> str:
        """'1st', '=5th' in English; another language writes the place as its catalogue says
        (Polish '1.', '=5.'), in the language current where it is shown."""
        shown = _ordinal(self.place) if current() == SOURCE else _("{n}.").format(
            n=number(self.place))
        return f"={shown}" if self.tied else shown


@dataclass(frozen=True, slots=True)
class VoteProgress:
    """What may be shown while a vote is open: how many dots, never where they went."""

    round_id: int
    dots_cast: int
    voters: int  # named voters; dots the facilitator adds for nobody in particular are not counted


@dataclass(frozen=True, slots=True)
class BoardSettings:
    session_id: int
    scope: BoardScope
    silent_writing: bool
    show_author_groups: bool
    focus: str
    focus_round_id: int | None


def rank(counts: Mapping[int, int], labels: Mapping[int, str]) -> list[RankedItem]:
    """Order items by dots, most first; equal counts share a place ("=2nd") and the next is skipped.

    Items with the same count are listed in label order so the list does not jump about.
    """
    ordered = sorted(counts, key=lambda t: (-counts[t], labels.get(t, "").casefold(), t))
    tally: dict[int, int] = {}
    for target in ordered:
        tally[counts[target]] = tally.get(counts[target], 0) + 1
    out: list[RankedItem] = []
    place = 0
    previous: int | None = None
    for index, target in enumerate(ordered, start=1):
        if counts[target] != previous:
            place, previous = index, counts[target]
        out.append(RankedItem(target, labels.get(target, ""), counts[target], place,
                              tally[counts[target]] > 1))
    return out


def winners(results: Sequence[RankedItem]) -> list[RankedItem]:
    """The items in first place (more than one when there is a tie), none if nobody voted."""
    return [r for r in results if r.place == 1 and r.dots > 0]


def grid_columns(count: int, *, aspect: float = 1.6) -> int:
    """How many columns make a grid of `count` notes roughly `aspect` times wider than tall."""
    if count <= 1:
        return 1
    cell_ratio = (NOTE_H + GAP) / (NOTE_W + GAP)
    return max(1, min(count, round(math.sqrt(count * aspect * cell_ratio))))


def grid_positions(origin: tuple[float, float], note_ids: Sequence[int],
                   heights: Mapping[int, float] | None = None,
                   columns: int | None = None) -> tuple[dict[int, tuple[float, float]], float, float]:
    """Lay notes out in rows inside a cluster frame at `origin`.

    Returns each note's position and the frame's width and height. A row is as tall as its
    tallest note, so taller notes (long text) never overlap the row below.
    """
    cols = columns or grid_columns(len(note_ids))
    x0 = origin[0] + CLUSTER_PAD
    y = origin[1] + CLUSTER_TITLE_H
    positions: dict[int, tuple[float, float]] = {}
    for start in range(0, len(note_ids), cols):
        row = note_ids[start:start + cols]
        for index, note_id in enumerate(row):
            positions[note_id] = (x0 + index * (NOTE_W + GAP), y)
        y += max((heights or {}).get(n, NOTE_H) for n in row) + GAP
    used_cols = min(cols, max(1, len(note_ids)))
    width = 2 * CLUSTER_PAD + used_cols * NOTE_W + (used_cols - 1) * GAP
    height = max(y - origin[1] - GAP + CLUSTER_PAD, CLUSTER_TITLE_H + NOTE_H / 2)
    return positions, width, height


def reading_order(points: Iterable[tuple[int, float, float]]) -> list[int]:
    """Ids sorted top to bottom, then left to right (rows are half a note tall)."""
    return [i for i, _, _ in sorted(points, key=lambda p: (round(p[2] / (NOTE_H / 2)), p[1], p[0]))]


def _ordinal(n: int) -> str:
    """English ordinals: '1st', '12th', '22nd'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
