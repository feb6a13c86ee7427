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
    is_small,
    shown_count,
    suppress_breakdown,
)
from coprod_desktop.export.text import group_count, group_many
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
    """Who came, by group, as it may be printed.

    Groups big enough to print on their own come with their numbers; a group too small is
    "fewer than 3". A group held back only so that a smaller one cannot be worked out from the
    total (see domain.small_numbers) may be 4 or 40 strong, so it is never called "fewer than
    3": then every held-back group is counted together instead, a number the reader could work
    out from the total anyway.
    """

    shown: tuple[tuple[Group, int], ...]
    small: tuple[Group, ...]  # each printed as "fewer than 3 ..."
    pooled: int  # people in the held-back groups counted together; 0 when they are not
    hidden_total: int  # everyone not printed with a number of their own

    def words(self) -> list[str]:
        """'40 parents or carers', 'fewer than 3 young people', or '6 people in the smaller
        groups together'."""
        words = [group_count(group, n) for group, n in self.shown]
        words += [fewer_than_group(group) for group in self.small]
        if self.pooled:
            words.append(people_count(self.pooled, POOLED_PEOPLE))
        return words

    def parts(self) -> list[tuple[int, str]]:
        """(number, colour) for a stacked chart: the printed groups, then everyone held back as
        one part (a part of its own would tell a small group's number by its height)."""
        held_back = self.hidden_total
        parts = [(n, group.colour) for group, n in self.shown]
        return parts + ([(held_back, POOLED_COLOUR)] if held_back else [])


def group_breakdown(counts: Mapping[Group, int]) -> GroupBreakdown:
    present = {g: n for g, n in counts.items() if n}
    printable = suppress_breakdown(present)
    shown = tuple((g, n) for g, n in printable.items() if n is not None)
    hidden = [g for g, n in printable.items() if n is None]
    hidden_total = sum(present[g] for g in hidden)
    if all(is_small(present[g]) for g in hidden):
        return GroupBreakdown(shown, tuple(hidden), 0, hidden_total)
    return GroupBreakdown(shown, (), hidden_total, hidden_total)


def fewer_than_group(group: Group) -> str:
    """'fewer than 3 young people'."""
    return _("fewer than {n} {people}").format(n=number(SMALL_NUMBER_THRESHOLD),
                                               people=group_many(group))


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
