"""Joining: the page behind the QR code, signing in, coming back, and the optional questions."""

from __future__ import annotations

from collections.abc import Callable

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from coprod_desktop.domain.equalities import QUESTIONS
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.limits import NAME_MAX, NOTE_MAX, VENUE_MAX
from coprod_desktop.domain.money import pounds
from coprod_desktop.domain.phones import device_hash
from coprod_desktop.domain.privacy import NoticeLines
from coprod_desktop.domain.records import Consent, WordsUse
from coprod_desktop.services.phones import PHONE, LinkNotValid, NotSignedIn
from coprod_desktop.store.payments_reader import PaymentsReader
from coprod_desktop.store.privacy_reader import PrivacyReader
from coprod_desktop.web.context import Visit
from coprod_desktop.web.phone_messages import N_
from coprod_desktop.web.views import FLASH, Here, find_here

SIGN_IN_FIELDS = ("name", "group", "photos", "name_in_handouts", "words", "contact",
                  "contact_details", "access_needs", "paid", "keep_for_next")


def message(visit: Visit, title: str, *lines: str, status: int = 200, link: str = "",
            link_text: str = "", forget: bool = False) -> Response:
    return visit.render("message.html", status=status, title=title, lines=lines, link=link,
                        link_text=link_text, forget=forget)


def link_refused(visit: Visit, exc: CoprodError) -> Response:
    return message(visit, N_("This link is not working"), exc.message, status=404)


async def index(request: Request) -> Response:
    return Visit(request).render("index.html", title=N_("Join the session"))


def _join_page(visit: Visit, token: str, *, form: dict[str, str] | None = None,
               error: str = "", error_field: str | None = None, returning: str = "",
               status: int = 200) -> Response:
    room = visit.ctx.phones.room_for_token(token)
    session_title = visit.ctx.reader.session(room.session_id).title if room else ""
    rate = PaymentsReader(visit.ctx.read_db()).rate()
    notice = PrivacyReader(visit.ctx.read_db()).notice_lines()
    privacy = NoticeLines(*(visit.t(part) for part in (notice.holder, notice.why,
                                                        notice.how_long, notice.contact)))
    return visit.render(
        "join.html", status=status, title=N_("Sign in"), session_title=session_title,
        token=token, form=form or {}, error=error, error_field=error_field, returning=returning,
        groups=[(g.value, visit.t(g.label)) for g in Group],
        words=[(w.value, visit.t(w.label)) for w in WordsUse],
        name_max=NAME_MAX, contact_max=VENUE_MAX, needs_max=NOTE_MAX,
        pay_rate=pounds(rate) if rate else "", privacy=privacy)


async def join(request: Request) -> Response:
    visit = Visit(request)
    token = request.path_params["token"]
    try:
        room = _check_link(visit, token)
    except LinkNotValid as exc:
        return link_refused(visit, exc)
    someone_else = request.query_params.get("new") == "1"  # a second person on one phone
    here = find_here(visit.ctx, visit.known_token)
    if here is not None and here.room.session_id == room and not someone_else:
        return visit.redirect("/home")
    returning = ""
    if visit.known_token and not someone_else:
        device = visit.ctx.phones.device(device_hash(visit.known_token))
        if device is not None:
            returning = visit.ctx.reader.attendee(device.attendee_id).name
    return _join_page(visit, token, returning=returning)


def _check_link(visit: Visit, token: str) -> int:
    """The session id behind a join link, read without troubling the writer."""
    room = visit.ctx.phones.room_for_token(token) if 0 < len(token) <= 64 else None
    if room is None:
        raise LinkNotValid(N_("This link does not work any more. Please scan the code on the "
                              "screen again."))
    if not room.signin_open:
        raise LinkNotValid(N_("Sign-in for this session is closed. Please ask the facilitator."))
    return room.session_id


async def sign_in(request: Request) -> Response:
    visit = Visit(request)
    token = request.path_params["token"]
    form = await visit.form()
    kept = {k: form.get(k, "") for k in SIGN_IN_FIELDS}
    try:
        _check_link(visit, token)
        consent = Consent(photos=form.get("photos") == "yes",
                          name_in_handouts=form.get("name_in_handouts") == "yes",
                          contact=form.get("contact") == "yes",
                          words=_words(form.get("words", "")), paid=form.get("paid") == "yes")
        if not form.get("group"):
            return _join_page(visit, token, form=kept, status=400, error_field="group",
                              error=N_("Please choose the group you are here with."))
        services = visit.ctx.services
        keep = form.get("keep_for_next") == "yes"

        def sign_in_and_keep() -> None:
            change = services.phones.sign_in(
                token, visit.phone_token, name=form.get("name", ""), group=form.get("group", ""),
                consent=consent, contact_details=form.get("contact_details", ""),
                access_needs=form.get("access_needs", ""))
            if keep:
                services.team.set_keep_for_next(int(change.new_id or 0), True, initiator=PHONE)

        await visit.ctx.write(sign_in_and_keep)
    except LinkNotValid as exc:
        return link_refused(visit, exc)
    except CoprodError as exc:
        field = getattr(exc, "field", None)
        return _join_page(visit, token, form=kept, status=400, error=exc.message,
                          error_field=field if field in SIGN_IN_FIELDS else None)
    return visit.redirect("/about-you")


def _words(value: str) -> WordsUse:
    try:
        return WordsUse(value)
    except ValueError:
        return WordsUse.ANONYMOUS


async def sign_in_again(request: Request) -> Response:
    visit = Visit(request)
    token = request.path_params["token"]
    await visit.form()
    phones = visit.ctx.services.phones
    try:
        await visit.ctx.write(lambda: phones.sign_in_again(token, visit.known_token))
    except LinkNotValid as exc:
        return link_refused(visit, exc)
    except NotSignedIn:
        return visit.redirect(f"/j/{token}?new=1")
    return visit.redirect("/home?m=welcome")


async def about_you(request: Request) -> Response:
    visit = Visit(request)
    here = find_here(visit.ctx, visit.known_token)
    if here is None:
        return not_signed_in(visit)
    if request.method == "GET":
        return _about_page(visit, here)
    form = await visit.form()
    answers = {q.key: form.get(q.key, "") for q in QUESTIONS}
    phones = visit.ctx.services.phones
    try:
        await visit.ctx.write(lambda: phones.record_equalities(visit.known_token, answers))
    except CoprodError as exc:
        return _about_page(visit, here, error=exc.message, status=400)
    return visit.redirect("/home?m=thanks")


def _about_page(visit: Visit, here: Here, error: str = "", status: int = 200) -> Response:
    questions = [(q.key, visit.t(q.text), [(value, visit.t(label)) for value, label in q.choices])
                 for q in QUESTIONS]
    return visit.render("about.html", status=status, title=N_("About you"),
                        session_title=here.session.title, questions=questions, error=error,
                        kept=visit.ctx.phones.kept_for_next(here.person.id),
                        flash=FLASH.get(visit.request.query_params.get("m", ""), ""))


async def keep_for_next(request: Request) -> Response:
    """"Keep me for next time": the person's own choice, kept with their name."""
    visit = Visit(request)
    form = await visit.form()
    here = find_here(visit.ctx, visit.known_token)
    if here is None:
        return not_signed_in(visit)
    if form.get("keep") not in ("yes", "no"):
        return _about_page(visit, here, status=400, error=N_("Please choose yes or no."))
    keep, team = form.get("keep") == "yes", visit.ctx.services.team
    try:
        await visit.ctx.write(lambda: team.set_keep_for_next(here.person.id, keep,
                                                             initiator=PHONE))
    except CoprodError as exc:
        return _about_page(visit, here, status=400, error=exc.message)
    return visit.redirect("/about-you?m=kept#next")


def not_signed_in(visit: Visit) -> Response:
    return message(visit, N_("You are not signed in"),
                   N_("Please scan the code on the big screen to join the session."), status=403)


async def write_then_go(visit: Visit, change: Callable[[], object],
                        refused: Callable[[CoprodError], Response], done: str) -> Response:
    """Make a signed-in phone's change, then send the phone to `done`. A phone no longer signed in
    is told so; any other refusal goes to `refused`, which shows the page again with the reason."""
    try:
        await visit.ctx.write(change)
    except NotSignedIn:
        return not_signed_in(visit)
    except CoprodError as exc:
        return refused(exc)
    return visit.redirect(done)


routes = [
    Route("/", index),
    Route("/j/{token}", join, methods=["GET"]),
    Route("/j/{token}", sign_in, methods=["POST"]),
    Route("/j/{token}/again", sign_in_again, methods=["POST"]),
    Route("/about-you", about_you, methods=["GET", "POST"]),
    Route("/about-you/next", keep_for_next, methods=["POST"]),
]
