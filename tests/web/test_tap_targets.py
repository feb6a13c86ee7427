"""Links that take a person somewhere on the phone pages are buttons (at least 3rem tall), not
small words to hit with a thumb."""

from __future__ import annotations

import re
from pathlib import Path

from tests.web.phone_helpers import PhoneEnv

TEMPLATES = Path(__file__).parents[2] / "resources" / "web" / "templates"


def _links(html: str) -> list[str]:
    return re.findall(r"<a\b[^>]*>", html)


def test_back_and_answer_links_are_buttons(phone_env: PhoneEnv) -> None:
    services, sid = phone_env.services, phone_env.session_id
    phone_env.run(lambda: services.polls.create(sid, "scale", "How clear was today?"))
    phone = phone_env.signed_in()
    said = phone.get("/said").text
    assert '<a class="button secondary" href="/home">Back to the session</a>' in said
    screen = phone.get("/screen").text
    assert '<a class="button secondary" href="/poll">Answer the poll</a>' in screen
    notes = (TEMPLATES / "notes.html").read_text(encoding="utf-8")
    assert [a for a in _links(notes) if 'href="/home"' in a] == [
        '<a class="button secondary" href="/home">']


def test_every_back_to_the_session_link_is_a_button() -> None:
    for path in sorted(TEMPLATES.glob("*.html")):
        for link in _links(path.read_text(encoding="utf-8")):
            if 'href="/home"' in link or 'href="/poll"' in link:
                assert 'class="button' in link, (path.name, link)
