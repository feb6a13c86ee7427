"""The story queue from a phone: "I'd like to tell a story", and "take me off the list"."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from coprod_desktop.web.context import Visit
from coprod_desktop.web.pages_join import not_signed_in, write_then_go
from coprod_desktop.web.pages_room import home_page
from coprod_desktop.web.views import find_here


async def join_queue(request: Request) -> Response:
    visit = Visit(request)
    form = await visit.form()
    here = find_here(visit.ctx, visit.known_token)
    if here is None:
        return not_signed_in(visit, form.get("title", ""))
    title, choice = form.get("title", ""), form.get("consent", "")
    stories = visit.ctx.services.phone_stories
    return await write_then_go(
        visit, lambda: stories.join_queue(visit.known_token, title=title, consent=choice),
        lambda exc: home_page(visit, here, status=400, error=exc.message, error_field="story",
                              story_title=title, story_choice=choice),
        "/home?m=story#story-card", kept=title)


async def leave_queue(request: Request) -> Response:
    visit = Visit(request)
    await visit.form()
    here = find_here(visit.ctx, visit.known_token)
    if here is None:
        return not_signed_in(visit)
    stories = visit.ctx.services.phone_stories
    return await write_then_go(
        visit, lambda: stories.leave_queue(visit.known_token),
        lambda exc: home_page(visit, here, status=400, error=exc.message, error_field="story"),
        "/home?m=story_off#main")


routes = [
    Route("/story", join_queue, methods=["POST"]),
    Route("/story/leave", leave_queue, methods=["POST"]),
]
