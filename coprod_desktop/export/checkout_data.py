"""The check-out in the exports: per session, each side of the room's answers to the four
questions, with the programme report's small-number rule: nothing about fewer than 3 people can be
read, or worked out from the other figures in the table.

A side with fewer than 3 check-outs is not shown; a question fewer than 3 on a side answered
shows no figures. The figures that add up are a session's check-outs and its sides': where the
session's check-outs less the sides shown would count a small side (10 parents and carers beside
2 staff: 12 - 10 = 2), the session's check-outs are held back, not the parents and carers
(domain.small_numbers.protect, as on the projector and in the report). A side's answers to a
question are never added up across sides or sessions in the table, so nothing can be taken from
a total to give a hidden side's answers. Only the share saying Yes and how many answered leave
the laptop: never a count of No or Partly, never who, never when.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from coprod_desktop.domain.checkout import KEYS, QUESTIONS, Side, summarise
from coprod_desktop.domain.small_numbers import SMALL_NUMBER_THRESHOLD, protect
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
        # Every side is a row of its own, so every side counts as shown alone; the session's
        # check-outs are the total, held back (rather than a side) where they would give a
        # small side away.
        people = protect(summary.people)
        for side in Side:
            side_shown = people.groups[side] is None
            for key in KEYS:
                tally = summary.tallies[side][key]
                # answered is not compared with anything that adds up to it (there is no
                # everyone's row), so fewer than 3 answering is the only reason to hold back.
                shown = side_shown and tally.answered >= SMALL_NUMBER_THRESHOLD
                # Nobody on a side shown answering is said (0), with no share.
                none = side_shown and tally.answered == 0
                yield {"session_id": session_id,
                       "check_outs": summary.total if people.total is None else None,
                       "check_outs_held_back": people.total.value if people.total else None,
                       "side": side.value,
                       "side_check_outs": summary.people[side] if side_shown else None,
                       "question": key, "statement": STATEMENTS[key], "shown": shown,
                       "answered": tally.answered if shown or none else None,
                       "yes_share": round(tally.yes_share, 4) if shown else None}
