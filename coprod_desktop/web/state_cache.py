"""What the phone pages read, kept until a change touches the tables it was read from.

Every committed change is published on the services' bus by the writer, naming the tables it
touched (services/changes.py). Each kept answer names the tables it came from, and a change to any
of them retires it: a page is answered from memory only while the file still says the same, and
state is read once per change instead of once per request (a note posted from a phone touches the
note table, so the agenda, the vote and the story queue stay kept).

Whether a phone is still signed in to an open room (`PhoneReader.signed_in`) is kept the same
way, with the tables that rule reads: letting a phone go, signing a person out or closing the
room touches one of them, so the phone's next request reads the file again and is refused. The
writer never relies on it: before any change a phone asks for, the service reads the rule from
the file itself (`PhoneService.here`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar, cast

from coprod_desktop.services.changes import ChangeSet

T = TypeVar("T")

# The tables each kind of kept answer is read from (tests/web/test_state_cache.py checks these
# against what SQLite reports the readers actually read).
PERSON_TABLES = frozenset({"attendee"})
SESSION_TABLES = frozenset({"session"})
ROOM_TABLES = frozenset({"phone_room"})  # a join link's room
SIGNED_IN_TABLES = frozenset({"phone_device", "phone_room", "attendance"})
HERE_TABLES = SIGNED_IN_TABLES | PERSON_TABLES | SESSION_TABLES  # web/views.py find_here
AGENDA_TABLES = frozenset({"session", "activity", "runner"})
VOTE_TABLES = frozenset({"vote_round"})
VOTE_ITEM_TABLES = frozenset({"vote_round", "note", "cluster"})  # an open round's items
POLL_TABLES = frozenset({"poll"})
STORY_TABLES = frozenset({"story", "activity", "runner", "phone_room", "session"})
PRIVACY_TABLES = frozenset({"setting", "programme"})
LIVE_TABLES = AGENDA_TABLES | VOTE_TABLES | POLL_TABLES  # web/views.py live_state


class StateCache:
    """Answers kept with the generation of each table they were read from."""

    def __init__(self, keep: int = 16_384) -> None:
        self.keep = keep
        self.hits = 0
        self.misses = 0
        self._generation: dict[str, int] = {}
        self._changes = 0  # every change counted: an answer kept since the last one is current
        self._order: dict[frozenset[str], tuple[str, ...]] = {}
        self._kept: OrderedDict[Hashable, _Kept] = OrderedDict()
        self._lock = threading.Lock()

    def changed(self, change: ChangeSet) -> None:
        """The bus listener: runs on the writer's thread once the change is committed."""
        with self._lock:
            self._changes += 1
            for table in change.rows:
                self._generation[table] = self._generation.get(table, 0) + 1

    def _stamp(self, tables: frozenset[str]) -> tuple[int, ...]:
        order = self._order.get(tables)
        if order is None:
            order = self._order[tables] = tuple(sorted(tables))
        generation = self._generation
        return tuple([generation.get(t, 0) for t in order])

    def get(self, key: Hashable, tables: frozenset[str], compute: Callable[[], T]) -> T:
        """The kept answer for `key`, or `compute()` kept now. The stamp is taken before reading,
        so a change committed while computing retires the answer at the next look."""
        with self._lock:
            found = self._kept.get(key)
            if found is not None and found.tables == tables:
                if found.changes != self._changes:  # something changed: was it what we read?
                    stamp = self._stamp(tables)
                    if found.stamp != stamp:
                        found = None
                    else:
                        found.changes = self._changes
                if found is not None:
                    self.hits += 1
                    self._kept.move_to_end(key)
                    return cast(T, found.value)
            self.misses += 1
            changes, stamp = self._changes, self._stamp(tables)
        value = compute()
        with self._lock:
            self._kept[key] = _Kept(tables, stamp, changes, value)
            self._kept.move_to_end(key)
            while len(self._kept) > self.keep:
                self._kept.popitem(last=False)
        return value


class _Kept:
    """One kept answer: the tables it was read from and their generations then."""

    __slots__ = ("changes", "stamp", "tables", "value")

    def __init__(self, tables: frozenset[str], stamp: tuple[int, ...], changes: int,
                 value: Any) -> None:
        self.tables, self.stamp, self.changes, self.value = tables, stamp, changes, value
