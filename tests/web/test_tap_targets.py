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


def test_no_box_drops_pasted_text_without_a_word() -> None:
    """Only the two long boxes have a browser cap, above what the laptop accepts (so an over-long
    paste is refused in words, all kept) and within what one post may carry."""
    from coprod_desktop.domain.limits import NOTE_MAX
    from coprod_desktop.web.security import PASTE_MAX, Limits

    capped = {}
    for path in sorted(TEMPLATES.glob("*.html")):
        for tag in re.findall(r"<(?:input|textarea)\b[^>]*>", path.read_text(encoding="utf-8")):
            if "maxlength" in tag:
                capped[re.search(r'name="([^"]+)"', tag).group(1)] = tag  # type: ignore[union-attr]
    assert sorted(capped) == ["access_needs", "text"]
    assert all('maxlength="{{ paste_max }}"' in tag for tag in capped.values())
    assert PASTE_MAX > NOTE_MAX and Limits().body_bytes >= PASTE_MAX * 12 + 1024
