"""The check-out from a phone: four questions on how the session felt, answered without a name.

The file keeps the answers and the person's group, nothing else: not who, not which phone, not
when. So that a phone is not asked twice, this browser keeps a cookie saying which sessions it has
checked out of; clearing it only lets the same person answer again (the page says so honestly).
Works without JavaScript; one-time keys; post, then redirect.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from coprod_desktop.domain.checkout import ANSWER_WORDS, KEYS, NO, PARTLY, YES, CheckoutNotStarted
from coprod_desktop.web.context import Visit
from coprod_desktop.web.pages_join import not_signed_in, signed_in_page, write_then_go
from coprod_desktop.web.phone_messages import N_
from coprod_desktop.web.views import Here, find_here

DONE_COOKIE = "coprod_checkout"
DONE_MAX_AGE = 60 * 60 * 24 * 120  # the programme's length, about
STATEMENTS = {  # the same four as domain/checkout.py QUESTIONS, for the phone catalogue
    "listened": N_("I felt listened to"),
    "could_say": N_("I could say what I wanted to"),
    "understood": N_("I understood the words people used"),
    "come_again": N_("I would come again"),
}
WORDS = {YES: N_("Yes"), PARTLY: N_("Partly"), NO: N_("No")}
REFUSED = N_("Please answer at least one question.")
NOT_STARTED = N_("The check-out opens near the end of the session, and it will show on your "
                 "page then. Nothing was sent yet: please answer again when it opens.")
NOT_YET = N_("The check-out opens near the end of the session. It will show on your page then.")


def _done_sessions(visit: Visit) -> set[str]:
    return set(visit.request.cookies.get(DONE_COOKIE, "").split("."))


def checkout_page(visit: Visit, here: Here, *, status: int = 200, error: str = "",
                  chosen: dict[str, str] | None = None) -> Response:
    done = str(here.room.session_id) in _done_sessions(visit)
    # Before it begins the questions are not shown (they would only be refused), unless a
    # refusal is showing back what the person chose.
    begun = bool(chosen) or visit.ctx.reader.checkout.started(here.room.session_id)
    questions = [(key, visit.t(STATEMENTS[key])) for key in KEYS]
    choices = [(value, visit.t(WORDS[value])) for value in sorted(ANSWER_WORDS, reverse=True)]
    return visit.render(
        "checkout.html", status=status, title=N_("Check-out"), session_title=here.session.title,
        done=done, begun=begun, not_yet=visit.t(NOT_YET), questions=questions, choices=choices,
        chosen=chosen or {}, error=error,
        flash=N_("Thank you. Your check-out is in.") if visit.request.query_params.get("m")
        == "done" else "")


show = signed_in_page(checkout_page)


async def answer(request: Request) -> Response:
    visit = Visit(request)
    form = await visit.form()
    here = find_here(visit.ctx, visit.known_token)
    if here is None:
        return not_signed_in(visit)
    values = {key: form.get(key, "") for key in KEYS}
    service = visit.ctx.services.checkout
    response = await write_then_go(
        visit, lambda: service.answer_from_phone(visit.known_token, values),
        lambda exc: checkout_page(
            visit, here, status=400, chosen=values,
            error=NOT_STARTED if isinstance(exc, CheckoutNotStarted) else REFUSED),
        "/checkout?m=done")
    if response.status_code == 303:
        done = sorted(_done_sessions(visit) - {""} | {str(here.room.session_id)})
        response.set_cookie(DONE_COOKIE, ".".join(done), max_age=DONE_MAX_AGE, path="/",
                            httponly=True, samesite="lax")
    return response


routes = [
    Route("/checkout", show, methods=["GET"]),
    Route("/checkout", answer, methods=["POST"]),
]
