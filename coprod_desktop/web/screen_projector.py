"""The big screen's mirror of the projector: which view is in front, a black-out, the word
explained on it, and a vote's dots once the facilitator has put them up.

The console keeps these in the file (`projector_view`, services/projector_view.py) whenever the
projector's view changes; here they are read through the kept state (retired by any change to
the tables named) and put into words for the phone. The view keys are the projector's own
(`gui/*`), named here as strings because the phone server never imports the GUI; a GUI test
checks every registered view has a name here.
"""

from __future__ import annotations

from typing import Any

from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.domain.projector_view import ProjectorShown
from coprod_desktop.store.board_reader import VoteStillOpen
from coprod_desktop.web import phone_i18n
from coprod_desktop.web.context import WebContext
from coprod_desktop.web.phone_messages import N_

SHOWN_TABLES = frozenset({"projector_view"})
DOTS_TABLES = frozenset({"vote_round", "vote", "note", "cluster"})
DOT_ROWS = 8  # as many as the board's projector view lists (gui/board/projector.py)
JARGON_VIEW = "jargon"
BOARD_VIEW = "board"

VIEW_NAMES = {  # the projector's view keys, in the words a phone shows
    "welcome": N_("Welcome"),
    "agenda": N_("The agenda and the timer"),
    "board": N_("The board"),
    "jargon": N_("A word explained"),
    "room_questions": N_("Questions for the room"),
    "polls": N_("The quick poll"),
    "checkout": N_("How the session felt"),
    "signin": N_("How to join on a phone"),
    "signin.handout": N_("How to get today’s notes"),
    "levelling.round": N_("Turns to speak"),
    "levelling.story": N_("A story"),
    "levelling.balance": N_("Who has had time to speak"),
    "outcomes.since": N_("You said, we did"),
    "programme.tests": N_("What we are trying out"),
    "programme.celebration": N_("Our celebration"),
}


def shown(ctx: WebContext, session_id: int) -> ProjectorShown:
    return ctx.state.get(("projector shown", session_id), SHOWN_TABLES,
                         lambda: ctx.reader.projector_view.shown(session_id))


def _dots(ctx: WebContext, round_id: int) -> list[tuple[int, bool, str, int]]:
    def read() -> list[tuple[int, bool, str, int]]:
        try:
            ranked = ctx.reader.board.results(round_id)
        except (VoteStillOpen, NotFoundError):
            return []
        return [(r.place, r.tied, r.label, r.dots) for r in ranked[:DOT_ROWS]]
    return ctx.state.get(("dots shown", round_id), DOTS_TABLES, read)


def projector_state(ctx: WebContext, session_id: int, language: str) -> dict[str, Any]:
    """What the projector shows, for the page and for `/screen.json`."""
    now = shown(ctx, session_id)
    words = phone_i18n.translations(language)
    name = VIEW_NAMES.get(now.view)
    on_view = not now.blank
    dots: list[dict[str, str]] = []
    if on_view and now.view == BOARD_VIEW and now.dots_round_id is not None:
        for place, tied, label, count in _dots(ctx, now.dots_round_id):
            where = (words.gettext("Joint place %(place)s") if tied
                     else words.gettext("Place %(place)s")) % {"place": place}
            dots.append({"place": where, "label": label, "dots_text": words.ngettext(
                "%(count)s dot", "%(count)s dots", count) % {"count": count}})
    term = on_view and now.view == JARGON_VIEW and bool(now.term)
    dots_key = str(now.dots_round_id) if dots else ""
    return {
        # What the page was drawn with, so the script says a change seen before its first look.
        "keys": {"view": now.view if on_view else "", "blank": "1" if now.blank else "",
                 "term": now.term if term else "", "dots": dots_key},
        "view": now.view,
        "view_name": words.gettext(name) if name and not now.blank else "",
        "blank": now.blank,
        "term": now.term if term else "",
        "explanation": now.explanation if term else "",
        "dots": dots,
    }
