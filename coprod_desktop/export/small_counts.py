"""Counts about people, as printed: under 3 becomes "fewer than 3" (see domain.small_numbers).

Handouts, the programme report and every other export leave the laptop; a "1 young person"
beside a list of names, or one person's share of the talk, can single someone out, more so once
that person has been erased. The console, which only the facilitator sees, shows true counts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from coprod_desktop.domain.records import Group
from coprod_desktop.domain.small_numbers import (
    SMALL_NUMBER_THRESHOLD,
    fewer_than,
    shown_count,
    suppress_breakdown,
)
from coprod_desktop.export.text import group_count
from coprod_desktop.facilitation.speaking import GroupShare
from coprod_desktop.i18n import Nn_, _, count, number

FEWER = f"fewer than {SMALL_NUMBER_THRESHOLD}"  # English, for PDFs not yet translated
NOT_SHOWN = (f"Groups with {FEWER} people in the room are not shown on their own, so that no "
             "one can be picked out.")
POOLED = "Smaller groups together"
PEOPLE = Nn_("{n} person", "{n} people")
MORE_PEOPLE = Nn_("{n} more person", "{n} more people")
DIFFERENT_PEOPLE = Nn_("{n} different person", "{n} different people")


def fewer() -> str:
    """'fewer than 3', in the PDF's language."""
    return fewer_than()


def not_shown() -> str:
    return _("Groups with fewer than {n} people in the room are not shown on their own, so that "
             "no one can be picked out.").format(n=number(SMALL_NUMBER_THRESHOLD))


def pooled_label() -> str:
    return _("Smaller groups together")


def people_count(value: int, forms: tuple[str, str] = PEOPLE) -> str:
    """'14 people', or 'fewer than 3 people' (`forms`: a marked pair with {n}, see i18n.Nn_)."""
    shown = shown_count(value)
    if shown is None:  # the plural form for the threshold: 'fewer than 3 people'
        return _("fewer than {people}").format(people=count(*forms, SMALL_NUMBER_THRESHOLD))
    return count(*forms, shown)


POOLED_PEOPLE = Nn_("{n} person in the smaller groups together",
                    "{n} people in the smaller groups together")
POOLED_COLOUR = "#D4D4D4"  # lighter than the "other" group's grey, in charts with it


@dataclass(frozen=True)
class GroupBreakdown:
    """Who came, by group, as it may be printed: the groups big enough to print on their own
    with their numbers, then everyone in the groups held back counted together, unnamed.

    Held back are the groups under 3 and, where only one would be, the next smallest too (see
    domain.small_numbers). Naming them one by one ("fewer than 3 young people, fewer than 3
    staff") lets a reader with the total work out each ("12 came, 10 parents": 1 and 1), and a
    group held back for another's sake may be 4 or 40 strong, so never "fewer than 3" on its
    own: together they are a number the total gives anyway.
    """

    shown: tuple[tuple[Group, int], ...]
    pooled: int  # people in the held-back groups, together; 0 when none is held back

    def words(self) -> list[str]:
        """'40 parents or carers', '6 staff', '6 people in the smaller groups together'; where
        every group is held back (10 parents beside 2 young people, with the total printed),
        that they are not shown, rather than calling everyone 'the smaller groups'."""
        if self.pooled and not self.shown:
            return [_("not shown by group, so that no one can be picked out")]
        words = [group_count(group, n) for group, n in self.shown]
        if self.pooled:
            words.append(people_count(self.pooled, POOLED_PEOPLE))
        return words

    def parts(self) -> list[tuple[int, str]]:
        """(number, colour) for a stacked chart: the printed groups, then the held-back ones as
        one part (a part of its own would tell a small group's number by its height)."""
        parts = [(n, group.colour) for group, n in self.shown]
        return parts + ([(self.pooled, POOLED_COLOUR)] if self.pooled else [])


def group_breakdown(counts: Mapping[Group, int]) -> GroupBreakdown:
    present = {g: n for g, n in counts.items() if n}
    printable = suppress_breakdown(present)
    return GroupBreakdown(tuple((g, n) for g, n in printable.items() if n is not None),
                          sum(present[g] for g, n in printable.items() if n is None))


@dataclass(frozen=True)
class PooledShare:
    """Groups too small to print on their own, counted together."""

    people: int
    room_share: float
    talk_s: float
    talk_share: float


def shares_to_print(shares: Sequence[GroupShare]) -> tuple[list[GroupShare], PooledShare | None,
                                                            bool]:
    """The speaking shares to print: each group big enough on its own; the small ones pooled
    (None when even together they are under 3); and whether any group was held back."""
    present = [s for s in shares if s.people]
    shown = suppress_breakdown({s.group: s.people for s in present})
    kept = [s for s in present if shown[s.group] is not None]
    small = [s for s in present if shown[s.group] is None]
    if not small:
        return kept, None, False
    pooled = PooledShare(sum(s.people for s in small), sum(s.room_share for s in small),
                         sum(s.talk_s for s in small), sum(s.talk_share for s in small))
    return kept, (pooled if shown_count(pooled.people) is not None else None), True


def names_line(named: int, unnamed: int, erased: int = 0) -> str | None:
    """The sentence under the names printed, right for every mix of answers.

    `named`: people printed by name; `unnamed`: the others who came, `erased` of them erased
    since (who did not choose anything about their name: their record is gone)."""
    if not unnamed:
        return None
    chose = unnamed - erased
    if not named:
        if not erased:
            return _("Everyone who came chose not to have their name printed.")
        return _("No names are printed here.")
    more = people_count(unnamed, MORE_PEOPLE)
    more = more[0].upper() + more[1:]
    if not erased:
        return _("{people} came and chose not to have their name printed.").format(people=more)
    if not chose:
        return _("{people} came whose details have since been erased.").format(people=more)
    return _("{people} came whose names are not printed here.").format(people=more)
