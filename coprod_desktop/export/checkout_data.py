"""The check-out in the exports: per session, each side of the room's answers to the four
questions, with the programme report's small-number rules.

A side with fewer than 3 check-outs is not shown (and where that would leave one hidden side to
be worked out from the session's total, the next smallest is hidden too); a question answered by
fewer than 3 on a side shows no figures. Only the share saying Yes and how many answered leave
the laptop, as in the report: never a count of No or Partly, never who, never when.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from coprod_desktop.domain.checkout import KEYS, QUESTIONS, Side, summarise
from coprod_desktop.domain.small_numbers import SMALL_NUMBER_THRESHOLD, shown_count
from coprod_desktop.store.checkout_reader import CheckoutReader
from coprod_desktop.store.reader import Reader

STATEMENTS = dict(QUESTIONS)


def checkout_rows(reader: Reader) -> Iterable[dict[str, Any]]:
    """One row per session, side and question, for sessions with any check-out."""
    read = CheckoutReader(reader.db)
    sessions = {s.id for s in reader.sessions()}
    for session_id in read.sessions():
        if session_id not in sessions:
            continue
        summary = summarise(read.answers(session_id))
        people = summary.shown_people()
        total = shown_count(summary.total)
        for side in Side:
            for key in KEYS:
                tally = summary.tallies[side][key]
                shown = people[side] is not None and tally.answered >= SMALL_NUMBER_THRESHOLD
                yield {"session_id": session_id, "check_outs": total, "side": side.value,
                       "side_check_outs": people[side], "question": key,
                       "statement": STATEMENTS[key], "shown": shown,
                       "answered": tally.answered if shown else None,
                       "yes_share": round(tally.yes_share, 4) if shown else None}
