"""What the phone pages read, kept until a change touches the tables it was read from.

Every committed change is published on the services' bus by the writer, naming the tables it
touched (services/changes.py). Each kept answer names the tables it came from, and a change to any
of them retires it: a page is answered from memory only while the file still says the same, and
state is read once per change instead of once per request (a note posted from a phone touches the
note table, so the agenda, the vote and the story queue stay kept).

Whether a phone is still signed in to an open room is never kept: it is read from the file on
every request (`PhoneReader.signed_in`, store/phone_reader.py), so a phone the facilitator let
go, or a room that was closed, is refused at once.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar

from coprod_desktop.services.changes import ChangeSet

T = TypeVar("T")

# The tables each kind of kept answer is read from (tests/web/test_state_cache.py checks these
# against what SQLite reports the readers actually read).
PERSON_TABLES = frozenset({"attendee"})
SESSION_TABLES = frozenset({"session"})
AGENDA_TABLES = frozenset({"session", "activity", "runner"})
VOTE_TABLES = frozenset({"vote_round"})
POLL_TABLES = frozenset({"poll"})
STORY_TABLES = frozenset({"story", "activity", "runner", "phone_room", "session"})
PRIVACY_TABLES = frozenset({"setting", "programme"})


class StateCache:
    """Answers kept with the generation of each table they were read from."""

    def __init__(self, keep: int = 4096) -> None:
        self.keep = keep
        self.hits = 0
        self.misses = 0
        self._generation: dict[str, int] = {}
        self._kept: OrderedDict[Hashable, tuple[tuple[int, ...], Any]] = OrderedDict()
        self._lock = threading.Lock()

    def changed(self, change: ChangeSet) -> None:
        """The bus listener: runs on the writer's thread once the change is committed."""
        with self._lock:
            for table in change.rows:
                self._generation[table] = self._generation.get(table, 0) + 1

    def _stamp(self, tables: Iterable[str]) -> tuple[int, ...]:
        generation = self._generation
        return tuple(generation.get(t, 0) for t in sorted(tables))

    def get(self, key: Hashable, tables: frozenset[str], compute: Callable[[], T]) -> T:
        """The kept answer for `key`, or `compute()` kept now. The stamp is taken before reading,
        so a change committed while computing retires the answer at the next look."""
        with self._lock:
            stamp = self._stamp(tables)
            found = self._kept.get(key)
            if found is not None and found[0] == stamp:
                self.hits += 1
                self._kept.move_to_end(key)
                return found[1]
            self.misses += 1
        value = compute()
        with self._lock:
            self._kept[key] = (stamp, value)
            self._kept.move_to_end(key)
            while len(self._kept) > self.keep:
                self._kept.popitem(last=False)
        return value
