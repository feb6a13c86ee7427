"""The "about you" step after joining: group and choices, anonymous questions, next time.

All of it may be skipped and done later from the home page; joining needs only a name.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from coprod_desktop.domain.equalities import QUESTIONS
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.limits import NOTE_MAX, VENUE_MAX
from coprod_desktop.domain.money import pounds
from coprod_desktop.domain.records import Consent, WordsUse
from coprod_desktop.services.phones import PHONE
from coprod_desktop.web.context import CannotSave, Visit
from coprod_desktop.web.pages_join import not_signed_in, privacy_lines, write_then_go
from coprod_desktop.web.phone_messages import N_
from coprod_desktop.web.views import FLASH, Here, find_here

CHOICE_FIELDS = ("group", "photos", "words", "contact", "contact_details", "access_needs",
                 "paid")


def _about_page(visit: Visit, here: Here, *, error: str = "", error_field: str | None = None,
                status: int = 200, form: dict[str, str] | None = None) -> Response:
    person = here.person
    if form is None:
        consent = person.consent
        form = {"group": person.group.value if person.group is not Group.OTHER else "",
                "photos": "yes" if consent.photos else "no",
                "words": consent.words.value, "contact": "yes" if consent.contact else "no",
                "contact_details": person.contact_details, "access_needs": person.access_needs,
                "paid": "yes" if consent.paid else "no"}
    questions = [(q.key, visit.t(q.text), [(value, visit.t(label)) for value, label in q.choices])
                 for q in QUESTIONS]
    rate = visit.ctx.reader.payments.rate()
    return visit.render(
        "about.html", status=status, title=N_("About you"), session_title=here.session.title,
        questions=questions, error=error, error_field=error_field, form=form,
        groups=[(g.value, visit.t(g.label)) for g in Group],
        words=[(w.value, visit.t(w.label)) for w in WordsUse],
        contact_max=VENUE_MAX, needs_max=NOTE_MAX, pay_rate=pounds(rate) if rate else "",
        kept=visit.ctx.phones.kept_for_next(here.person.id), privacy=privacy_lines(visit),
        flash=FLASH.get(visit.request.query_params.get("m", ""), ""))


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
        return _about_page(visit, here, error=exc.message,
                           status=503 if isinstance(exc, CannotSave) else 400)
    return visit.redirect("/home?m=thanks")


async def choices(request: Request) -> Response:
    """Group, photos, words, contact, pay and access needs: all optional, all changeable."""
    visit = Visit(request)
    form = await visit.form()
    here = find_here(visit.ctx, visit.known_token)
    if here is None:
        return not_signed_in(visit, form.get("access_needs", ""))
    kept = {k: form.get(k, "") for k in CHOICE_FIELDS}
    try:
        words = WordsUse(form.get("words", ""))
    except ValueError:
        words = WordsUse.ANONYMOUS
    consent = Consent(photos=form.get("photos") == "yes",
                      name_in_handouts=here.person.consent.name_in_handouts,
                      contact=form.get("contact") == "yes", words=words,
                      paid=form.get("paid") == "yes")
    group = form.get("group") or Group.OTHER.value
    phones = visit.ctx.services.phones
    return await write_then_go(
        visit, lambda: phones.update_choices(
            visit.known_token, group=group, consent=consent,
            contact_details=form.get("contact_details", ""),
            access_needs=form.get("access_needs", "")),
        lambda exc: _about_page(visit, here, status=400, error=exc.message, form=kept,
                                error_field=getattr(exc, "field", None)),
        "/about-you?m=kept#questions", kept=form.get("access_needs", ""))


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
    Route("/about-you/choices", choices, methods=["POST"]),
    Route("/about-you/next", keep_for_next, methods=["POST"]),
]
