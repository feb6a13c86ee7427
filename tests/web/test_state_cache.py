"""Kept answers: retired by a change to a table they name, and never kept across a change made
while they were being read."""

from __future__ import annotations

from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.web.state_cache import StateCache


def _change(*tables: str) -> ChangeSet:
    return ChangeSet("change", "console", {t: frozenset({1}) for t in tables})


def test_an_answer_is_kept_until_a_table_it_names_changes() -> None:
    cache, reads = StateCache(), []

    def read() -> int:
        reads.append(1)
        return len(reads)

    assert cache.get("k", frozenset({"vote_round"}), read) == 1
    assert cache.get("k", frozenset({"vote_round"}), read) == 1
    cache.changed(_change("note", "history"))  # a note from a phone: not what this came from
    assert cache.get("k", frozenset({"vote_round"}), read) == 1
    cache.changed(_change("vote_round"))
    assert cache.get("k", frozenset({"vote_round"}), read) == 2


def test_a_change_made_while_reading_retires_what_was_read() -> None:
    cache = StateCache()

    def read_while_the_writer_commits() -> str:
        cache.changed(_change("attendee"))  # committed after the read began
        return "maybe stale"

    assert cache.get("p", frozenset({"attendee"}), read_while_the_writer_commits) == "maybe stale"
    assert cache.get("p", frozenset({"attendee"}), lambda: "fresh") == "fresh"
    assert cache.get("p", frozenset({"attendee"}), lambda: "again") == "fresh"


def test_the_cache_keeps_at_most_its_size() -> None:
    cache = StateCache(keep=2)
    for key in "abc":
        cache.get(key, frozenset({"t"}), lambda key=key: key)
    assert cache.get("a", frozenset({"t"}), lambda: "read again") == "read again"
    assert cache.get("c", frozenset({"t"}), lambda: "read again") == "c"
