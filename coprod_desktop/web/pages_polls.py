"""Quick polls from a phone: answer the poll that is open, change the answer, see revealed results.

One answer per phone per poll: sending again replaces it. Results show only once the facilitator
reveals them. Every form works without JavaScript and carries a one-time key (a double tap
counts once); after a post the phone is sent on to the page again (post, then redirect).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.poll_results import WORDS_LISTED, PollResults, results
from coprod_desktop.domain.polls import WORDS_EACH, Answer, Poll, PollKind
from coprod_desktop.web.context import Visit
from coprod_desktop.web.pages_join import not_signed_in, signed_in_page, write_then_go
from coprod_desktop.web.phone_messages import N_
from coprod_desktop.web.security import plain_number
from coprod_desktop.web.views import Here, find_here

DONE = {"saved": N_("Thank you. Your answer is saved. You can change it while the poll is open.")}
# What a phone is told for each kind of refusal (fixed words: no numbers to rebuild).
REFUSED = {
    "value": N_("Please choose one of the numbers."),
    "choices": N_("Please choose from the options."),
    "words": N_("Please write one to three words, each of them short."),
}
CLOSED = N_("This poll has closed. Thank you.")


def result_rows(found: PollResults) -> list[dict[str, Any]]:
    """Bars or words with their counts and a share of the largest, for a text list."""
    top = found.top_count or 1

    def share(count: int) -> int:  # in steps of 5, for the bar's class
        return 5 * round(20 * count / top)
    if found.kind is PollKind.WORDS:
        return [{"label": w.text, "count": w.count, "share": share(w.count)}
                for w in found.words[:WORDS_LISTED]]
    scale = found.kind is PollKind.SCALE
    return [{"label": scale_label(found.poll, int(b.label)) if scale else b.label,
             "count": b.count, "share": share(b.count)} for b in found.bars]


def scale_label(poll: Poll, value: int) -> str:
    if value == poll.low and poll.low_label:
        return f"{value} – {poll.low_label}"
    if value == poll.high and poll.high_label:
        return f"{value} – {poll.high_label}"
    return str(value)


def poll_page(visit: Visit, here: Here, *, status: int = 200, error: str = "",
              kept: Answer | None = None) -> Response:
    reader = visit.ctx.reader.polls
    sid = here.room.session_id
    poll = reader.current(sid)
    shown = poll if poll is not None and poll.revealed else reader.latest_revealed(sid)
    mine = reader.answer_of(poll.id, here.person.id) if poll is not None else None
    answer = kept or (mine[1] if mine else Answer())
    words = list(answer.words) + [""] * (WORDS_EACH - len(answer.words))
    return visit.render(
        "poll.html", status=status, title=N_("Quick poll"), session_title=here.session.title,
        poll=poll, answered=mine is not None, answer=answer, words=words[:WORDS_EACH],
        error=error,
        scale=[(v, scale_label(poll, v)) for v in poll.scale_values] if poll else [],
        shown=shown, rows=result_rows(results(shown, reader.answers(shown.id))) if shown else [],
        flash=DONE.get(visit.request.query_params.get("m", ""), ""))


show = signed_in_page(poll_page)


def _refusal(exc: CoprodError) -> str:
    if "closed" in exc.message:
        return CLOSED
    return REFUSED.get(getattr(exc, "field", None) or "", exc.message)


async def answer(request: Request) -> Response:
    visit = Visit(request)
    form = await visit.form()
    here = find_here(visit.ctx, visit.known_token)
    if here is None:
        return not_signed_in(visit)
    poll_id = plain_number(form.get("poll", ""))
    if poll_id is None:
        return poll_page(visit, here, status=400, error=CLOSED)
    value = plain_number(form.get("value", ""))
    single = plain_number(form.get("choice", ""))
    choices = [single] if single is not None else [
        int(key.removeprefix("choice-")) for key, on in form.items()
        if key.startswith("choice-") and key[7:].isdigit() and on == "yes"]
    words = [form.get(f"word{n}", "") for n in range(1, WORDS_EACH + 1)]
    kept = Answer(value=value, choices=tuple(choices), words=tuple(words))
    service = visit.ctx.services.polls
    return await write_then_go(
        visit, lambda: service.answer(visit.known_token, poll_id, value=value, choices=choices,
                                      words=words),
        lambda exc: poll_page(visit, here, status=400, error=_refusal(exc), kept=kept),
        "/poll?m=saved")


routes = [
    Route("/poll", show, methods=["GET"]),
    Route("/poll", answer, methods=["POST"]),
]
