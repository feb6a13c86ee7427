""""You said, we did" on a phone: what became of what people raised, since last time and all.

For phones signed in to the session. It shows what the bulletin shows, with the same care: only
outcomes whose source may leave the room, and the names of people who did not agree to be named
replaced, as in every export (`export.redact`). People's words are escaped by Jinja2.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from coprod_desktop.domain.outcomes import Outcome, OutcomeStatus
from coprod_desktop.export.redact import redact, redacting
from coprod_desktop.export.said_did import ORDER
from coprod_desktop.web.context import Visit
from coprod_desktop.web.pages_join import not_signed_in
from coprod_desktop.web.phone_messages import N_
from coprod_desktop.web.views import find_here

GROUP_TITLES = {
    OutcomeStatus.DONE: N_("Done"),
    OutcomeStatus.DOING: N_("Happening now"),
    OutcomeStatus.PLANNED: N_("Planned"),
    OutcomeStatus.PASSED: N_("Passed to someone who can act on it"),
    OutcomeStatus.CANT: N_("What we can’t do, and why"),
    OutcomeStatus.COME_BACK: N_("Still to come back to"),
}
LINE_LABELS = {
    OutcomeStatus.DONE: N_("We did:"),
    OutcomeStatus.DOING: N_("We are:"),
    OutcomeStatus.PLANNED: N_("We plan:"),
    OutcomeStatus.PASSED: N_("Passed to:"),
    OutcomeStatus.CANT: N_("Why not:"),
    OutcomeStatus.COME_BACK: N_("So far:"),
}


@dataclass(frozen=True)
class Item:
    said: str
    label: str
    line: str
    status: str


def _item(visit: Visit, outcome: Outcome) -> Item:
    if outcome.status is OutcomeStatus.CANT:
        line = outcome.reason
    elif outcome.status is OutcomeStatus.PASSED:
        line = outcome.passed_to + (f". {outcome.what_happened}" if outcome.what_happened else "")
    else:
        line = outcome.what_happened
    return Item(redact(outcome.said), visit.t(LINE_LABELS[outcome.status]), redact(line),
                outcome.status.value)


async def said_did(request: Request) -> Response:
    visit = Visit(request)
    here = find_here(visit.ctx, visit.known_token)
    if here is None:
        return not_signed_in(visit)
    reader = visit.ctx.reader
    read = reader.outcomes
    with redacting(reader):
        outcomes = read.outcomes(shareable_only=True)
        recent = [_item(visit, o) for o in read.since_last_time(here.session.id)]
        groups = [(visit.t(GROUP_TITLES[status]),
                   [_item(visit, o) for o in outcomes if o.status is status])
                  for status in ORDER]
    return visit.render("said_did.html", title=N_("You said, we did"),
                        session_title=here.session.title, recent=recent,
                        groups=[(t, items) for t, items in groups if items],
                        empty=not outcomes)


routes = [Route("/said", said_did, methods=["GET"])]
