"""The "about you" step after joining: group and choices, anonymous questions, next time.

All of it may be skipped and done later from the home page; joining needs only a name.
"""

from __future__ import annotations

from collections.abc import Mapping

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from coprod_desktop.domain.equalities import QUESTIONS, clean_answers
from coprod_desktop.domain.errors import CoprodError, ValidationError
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.money import pounds
from coprod_desktop.domain.phones import device_hash
from coprod_desktop.domain.records import Consent, WordsUse
from coprod_desktop.services.phones import PHONE
from coprod_desktop.web.context import CannotSave, Visit
from coprod_desktop.web.pages_join import not_signed_in, privacy_lines, write_then_go
from coprod_desktop.web.phone_messages import N_
from coprod_desktop.web.security import PASTE_MAX
from coprod_desktop.web.views import FLASH, Here, find_here

QUESTION_KEYS = tuple(q.key for q in QUESTIONS)
CHOICE_FIELDS = ("group", "photos", "words", "contact", "contact_details", "access_needs",
                 "paid")


def _about_page(visit: Visit, here: Here, *, error: str = "", error_field: str | None = None,
                status: int = 200, form: dict[str, str] | None = None) -> Response:
    person = here.person
    kept = visit.ctx.phones.kept_for_next(person.id)
    if form is None:
        consent = person.consent
        form = {"group": person.group.value if person.group is not Group.OTHER else "",
                "photos": "yes" if consent.photos else "no",
                "words": consent.words.value, "contact": "yes" if consent.contact else "no",
                "contact_details": person.contact_details, "access_needs": person.access_needs,
                "paid": "yes" if consent.paid else "no", "keep": "yes" if kept else "no"}
    questions = [(q.key, visit.t(q.text), [(value, visit.t(label)) for value, label in q.choices])
                 for q in QUESTIONS]
    rate = visit.ctx.reader.payments.rate()
    return visit.render(
        "about.html", status=status, title=N_("About you"), session_title=here.session.title,
        questions=questions, error=error, error_field=error_field, form=form,
        groups=[(g.value, visit.t(g.label)) for g in Group],
        words=[(w.value, visit.t(w.label)) for w in WordsUse],
        paste_max=PASTE_MAX, pay_rate=pounds(rate) if rate else "",
        kept=kept, answered=_answered(visit, here), privacy=privacy_lines(visit),
        flash=FLASH.get(visit.request.query_params.get("m", ""), ""))


async def about_you(request: Request) -> Response:
    """The one "about you" form: the choices, the counted questions and "keep me for next time"
    saved by one button, so nothing typed in one part is lost by pressing another part's button.
    Anything refused shows the page again with everything chosen and typed still there, and
    nothing saved."""
    visit = Visit(request)
    here = find_here(visit.ctx, visit.known_token)
    if request.method == "GET":
        return not_signed_in(visit) if here is None else _about_page(visit, here)
    form = await visit.form()
    if here is None:
        return not_signed_in(visit, _typed(form))
    kept = {k: form.get(k, "") for k in (*CHOICE_FIELDS, *QUESTION_KEYS, "keep")}

    def refuse(message: str, field: str | None = None, status: int = 400) -> Response:
        return _about_page(visit, here, status=status, error=message, form=kept,
                           error_field=field)

    try:
        answers = clean_answers({k: form.get(k, "") for k in QUESTION_KEYS})
    except ValidationError as exc:
        return refuse(exc.message, exc.field)
    if answers and _answered(visit, here):
        return refuse(N_("You have already answered these questions today. Thank you."))
    keep = form.get("keep", "")
    if keep not in ("", "yes", "no"):
        return refuse(N_("Please choose yes or no."), "next")
    phones, team = visit.ctx.services.phones, visit.ctx.services.team
    consent, group = _consent_of(form, here), form.get("group") or Group.OTHER.value
    change_keep = keep != "" and (keep == "yes") != visit.ctx.phones.kept_for_next(here.person.id)

    def save() -> None:  # the choices are checked first; the answers and keep cannot be refused
        phones.update_choices(visit.known_token, group=group, consent=consent,
                              contact_details=form.get("contact_details", ""),
                              access_needs=form.get("access_needs", ""))
        if answers:
            phones.record_equalities(visit.known_token, answers)
        if change_keep:
            team.set_keep_for_next(here.person.id, keep == "yes", initiator=PHONE)

    return await write_then_go(
        visit, save,
        lambda exc: refuse(exc.message, getattr(exc, "field", None)),
        "/home?m=thanks" if answers else "/home?m=about", kept=_typed(form))


def _typed(form: Mapping[str, str]) -> str:
    """What the person typed on the about-you page, to show back if the phone is not signed in."""
    return "\n".join(t for t in (form.get("contact_details", "").strip(),
                                 form.get("access_needs", "").strip()) if t)


def _answered(visit: Visit, here: Here) -> bool:
    """Has this phone already answered the counted questions at this session?"""
    found = visit.ctx.reader.phones.signed_in(device_hash(visit.known_token))
    return found is not None and found[0].equalities_session == here.room.session_id


def _consent_of(form: Mapping[str, str], here: Here) -> Consent:
    try:
        words = WordsUse(form.get("words", ""))
    except ValueError:
        words = WordsUse.ANONYMOUS
    return Consent(photos=form.get("photos") == "yes",
                   name_in_handouts=here.person.consent.name_in_handouts,
                   contact=form.get("contact") == "yes", words=words,
                   paid=form.get("paid") == "yes")


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
        return _about_page(visit, here, error=exc.message,
                           status=503 if isinstance(exc, CannotSave) else 400)
    return visit.redirect("/about-you?m=kept#next")


routes = [
    Route("/about-you", about_you, methods=["GET", "POST"]),
    Route("/about-you/choices", about_you, methods=["POST"]),  # pages drawn before one form
    Route("/about-you/next", keep_for_next, methods=["POST"]),
]
