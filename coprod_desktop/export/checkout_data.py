"""The check-out in the exports: per session, each side of the room's answers to the four
questions. What may be shown is decided once for the whole programme and for every export
together (domain.checkout.programme_checkout), so that nothing about fewer than 3 people can be
read here, or worked out from this table and the programme report read side by side.

A side with fewer than 3 check-outs is not shown; a question fewer than 3 on a side answered
shows no figures. A session's check-outs are held back (rather than a side) where, less the
sides shown, they would let a hidden side be worked out (10 parents and carers beside 2 staff:
12 - 10 = 2; or beside 2 staff and 2 young people: 14 - 10 = 4, so both are 2). Only the share
saying Yes and how many answered leave the laptop: never a count of No or Partly, never who,
never when.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from coprod_desktop.domain.checkout import KEYS, QUESTIONS, ProgrammeCheckout, Side, summarise
from coprod_desktop.domain.checkout import programme_checkout as decide
from coprod_desktop.store.checkout_reader import CheckoutReader
from coprod_desktop.store.reader import Reader

STATEMENTS = dict(QUESTIONS)


def programme_checkout(reader: Reader) -> ProgrammeCheckout:
    """The programme's check-out, with what of it may leave the laptop decided for every export
    at once (domain.checkout.programme_checkout): the report and the tables read this."""
    read = CheckoutReader(reader.db)
    sessions = {s.id for s in reader.sessions()}
    return decide({session_id: summarise(read.answers(session_id))
                   for session_id in read.sessions() if session_id in sessions})


def checkout_rows(reader: Reader) -> Iterable[dict[str, Any]]:
    """One row per session, side and question, for sessions with any check-out."""
    figures = programme_checkout(reader)
    for session_id, summary in figures.sessions.items():
        held = figures.session_totals[session_id]
        for side in Side:
            side_shown = figures.sides[(session_id, side)] is None
            for key in KEYS:
                tally = summary.tallies[side][key]
                shown = figures.answers[(session_id, side, key)] is None
                yield {"session_id": session_id,
                       "check_outs": summary.total if held is None else None,
                       "check_outs_held_back": held.value if held else None,
                       "side": side.value,
                       "side_check_outs": summary.people[side] if side_shown else None,
                       "question": key, "statement": STATEMENTS[key],
                       # Nobody on a side shown answering is said (answered 0), with no share.
                       "shown": shown and tally.answered > 0,
                       "answered": tally.answered if shown else None,
                       "yes_share": round(tally.yes_share, 4)
                       if shown and tally.answered else None}
