"""Several changes saved in one transaction: one sync of the log to disk for all of them.

The phone server gathers the writes that arrive while the writer is busy and hands them over
together (web/write_groups.py). Each call runs as it would alone, in the order given: its own
`change()` becomes a savepoint inside the group's transaction, so a change that is refused (a
note too long, a vote that has closed) is rolled back by itself and the others stand. The
results are handed back only once the transaction is committed, so whoever is told "saved" is
told so after it is on disk.

Listeners hear of the changes only after the commit, as the bus promises. If the commit fails
(a full or failing disk), every change in the group fails with that error, none is announced,
and the console hears of each failure. If a call's error loses the whole transaction (SQLite
rolls everything back after some disk errors), the calls before it in the group fail with it
and the rest start a new transaction.

A call must not end the transaction itself (no COMMIT, VACUUM or checkpoint): service methods
that write through `change()` never do.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from coprod_desktop.services.changes import ChangeBus, ChangeSet
from coprod_desktop.store.database import ProgrammeDatabase

__all__ = ["Outcome", "run_together"]


@dataclass(frozen=True)
class Outcome:
    """What one call came to: its result, or the exception it raised (or its group's)."""

    result: Any = None
    error: BaseException | None = None


def run_together(db: ProgrammeDatabase, bus: ChangeBus,
                 calls: Sequence[Callable[[], Any]]) -> list[Outcome]:
    """Run `calls` on the writer's connection in as few transactions as the calls allow (one,
    unless one of them loses it); one outcome per call, in order. A lone call runs as usual."""
    if len(calls) == 1:
        return [_alone(calls[0])]
    outcomes: list[Outcome] = []
    while len(outcomes) < len(calls):
        outcomes.extend(_one_transaction(db, bus, calls[len(outcomes):]))
    return outcomes


def _alone(call: Callable[[], Any]) -> Outcome:
    try:
        return Outcome(result=call())
    except Exception as exc:
        return Outcome(error=exc)


def _one_transaction(db: ProgrammeDatabase, bus: ChangeBus,
                     calls: Sequence[Callable[[], Any]]) -> list[Outcome]:
    """Run calls from the start of `calls` in one transaction until they end or one loses it."""
    conn = db.conn
    outcomes: list[Outcome] = []
    with bus.held() as kept:
        conn.execute("BEGIN")
        try:
            for call in calls:
                outcome = _alone(call)
                if not conn.in_transaction:  # the call's error rolled back the whole group
                    lost = outcome.error or sqlite3.OperationalError(
                        "the transaction ended before its commit")
                    return [*_failed(outcomes, lost, kept, bus), outcome]
                outcomes.append(outcome)
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            return _failed(outcomes, exc, kept, bus)
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    for change in kept:
        bus.publish(change)
    return outcomes


def _failed(outcomes: list[Outcome], error: BaseException, kept: list[ChangeSet],
            bus: ChangeBus) -> list[Outcome]:
    """The calls of a transaction that was not committed: those that had succeeded fail with
    its error, and the console hears that each of their changes was not saved."""
    for change in kept:
        bus.report_failure(change.label)
    return [outcome if outcome.error is not None else Outcome(error=error)
            for outcome in outcomes]
