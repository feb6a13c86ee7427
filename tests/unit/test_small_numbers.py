"""Small-number suppression: no count of 1 or 2 leaves the console, nor can be worked out."""

from __future__ import annotations

from coprod_desktop.domain.small_numbers import is_small, shown_count, suppress_breakdown


def test_one_and_two_are_small_but_zero_and_three_are_not() -> None:
    assert [is_small(n) for n in range(5)] == [False, True, True, False, False]
    assert shown_count(2) is None
    assert shown_count(7) == 7
    assert shown_count(0) == 0


def test_a_single_hidden_group_takes_the_next_smallest_with_it() -> None:
    # Total 13 printed beside: hiding only "carer" (2) would leave 13 - 8 - 3 = 2 readable.
    shown = suppress_breakdown({"parent": 8, "staff": 3, "carer": 2})
    assert shown == {"parent": 8, "staff": None, "carer": None}
    assert list(shown) == ["parent", "staff", "carer"]


def test_two_hidden_groups_are_enough_on_their_own() -> None:
    shown = suppress_breakdown({"parent": 8, "staff": 1, "carer": 2, "young": 0})
    assert shown == {"parent": 8, "staff": None, "carer": None, "young": 0}


def test_nothing_small_changes_nothing() -> None:
    assert suppress_breakdown({"a": 3, "b": 10}) == {"a": 3, "b": 10}


def test_a_lone_small_group_with_only_zeros_beside_it_stays_hidden() -> None:
    assert suppress_breakdown({"a": 1, "b": 0}) == {"a": None, "b": 0}
