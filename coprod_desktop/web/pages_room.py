"""A signed-in phone's pages: what is happening now, add a note, ask a question, leave."""

from __future__ import annotations

import contextlib
from functools import cache

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from coprod_desktop.domain.limits import COLOURS, DEFAULT_NOTE_COLOUR
from coprod_desktop.domain.records import WordsUse
from coprod_desktop.services.phones import NotSignedIn
from coprod_desktop.web import phone_i18n
from coprod_desktop.web.context import Visit
from coprod_desktop.web.page_cache import Fixed
from coprod_desktop.web.pages_join import message, not_signed_in, signed_in_page, write_then_go
from coprod_desktop.web.phone_messages import N_
from coprod_desktop.web.security import PASTE_MAX
from coprod_desktop.web.views import FLASH, Here, find_here, live_state, story_place


@cache
def home_fixed(language: str) -> Fixed:
    """What the home page shows the same to everyone in one language: made once."""
    return Fixed({
        "colours": COLOURS,
        "colour_names": {c: phone_i18n.colour_name(language, c) for c in COLOURS},
        "paste_max": PASTE_MAX,
        "words": [(w.value, phone_i18n.translate(language, w.label)) for w in WordsUse]})


def home_page(visit: Visit, here: Here, *, status: int = 200, error: str = "",
          error_field: str | None = None, note_text: str = "", question_text: str = "",
          colour: str = DEFAULT_NOTE_COLOUR, story_title: str = "",
          story_choice: str = "") -> Response:
    story = story_place(visit.ctx, here)
    state = live_state(visit.ctx, here, story)
    said = visit.request.query_params.get("m", "")
    return visit.render(
        "home.html", status=status, fixed=home_fixed(visit.language), title=N_("Now"),
        session_title=here.session.title,
        person=here.person.name, activity=state["activity"], timer=state["timer"],
        notes_open=state["notes_open"], vote_open=state["vote_open"],
        poll_open=state["poll_open"], checkout_open=state["checkout_open"],
        colour=colour, error=error, error_field=error_field, note_text=note_text,
        question_text=question_text, story=story, story_title=story_title,
        story_choice=story_choice or here.person.consent.words.value,
        token=here.room.token, handout=state["handout"], welcome=said == "welcome",
        flash=FLASH.get(said, ""))


home = signed_in_page(home_page)


async def post_note(request: Request) -> Response:
    visit = Visit(request)
    form = await visit.form()
    here = find_here(visit.ctx, visit.known_token)
    text = form.get("text", "")
    if here is None:
        return not_signed_in(visit, text)
    colour = form.get("colour", DEFAULT_NOTE_COLOUR)
    if colour not in COLOURS:
        colour = DEFAULT_NOTE_COLOUR
    phones = visit.ctx.services.phones
    return await write_then_go(
        visit, lambda: phones.post_note(visit.known_token, text, colour),
        lambda exc: home_page(visit, here, status=400, error=exc.message, error_field="text",
                              note_text=text, colour=colour),
        "/home?m=note#main", kept=text)


async def ask(request: Request) -> Response:
    visit = Visit(request)
    form = await visit.form()
    here = find_here(visit.ctx, visit.known_token)
    text = form.get("question", "")
    if here is None:
        return not_signed_in(visit, text)
    phones = visit.ctx.services.phones
    return await write_then_go(
        visit, lambda: phones.ask_question(visit.known_token, text),
        lambda exc: home_page(visit, here, status=400, error=exc.message, error_field="question",
                              question_text=text),
        "/home?m=question#main", kept=text)


async def leave(request: Request) -> Response:
    visit = Visit(request)
    await visit.form()
    here = find_here(visit.ctx, visit.known_token)
    phones = visit.ctx.services.phones
    try:
        await visit.ctx.write(lambda: phones.leave(visit.known_token))
    except NotSignedIn:
        return not_signed_in(visit)
    notes = here is not None and here.room.handout_published
    return message(visit, N_("You have signed out"),
                   N_("Thank you for coming and for what you shared."),
                   forget=True, link=f"/j/{here.room.token}/notes" if notes and here else "",
                   link_text=N_("Download today’s notes (PDF)") if notes else "")


async def forget(request: Request) -> Response:
    visit = Visit(request)
    await visit.form()
    phones = visit.ctx.services.phones
    with contextlib.suppress(NotSignedIn):
        await visit.ctx.write(lambda: phones.forget_phone(visit.known_token))
    return message(visit, N_("This phone has forgotten you"),
                   N_("Next time, sign in with your name as if you were new."))


async def state(request: Request) -> Response:
    visit = Visit(request)
    return JSONResponse(live_state(visit.ctx, find_here(visit.ctx, visit.known_token)))


routes = [
    Route("/home", home, methods=["GET"]),
    Route("/note", post_note, methods=["POST"]),
    Route("/question", ask, methods=["POST"]),
    Route("/leave", leave, methods=["POST"]),
    Route("/forget", forget, methods=["POST"]),
    Route("/state.json", state, methods=["GET"]),
]
