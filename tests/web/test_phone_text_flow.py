"""People's words on the phone pages flow as text: a name inside a button stays one line of words
with its space, and people's own text is laid out by its own direction (dir="auto")."""

from __future__ import annotations

import re

from tests.web.phone_helpers import PhoneEnv, csrf_of


def test_sign_in_as_name_is_one_run_of_text_in_the_button(phone_env: PhoneEnv) -> None:
    client = phone_env.signed_in("Priya")
    client.post("/leave", data={"csrf": csrf_of(client.get("/home").text)})
    for language in ("en-GB", "ar"):
        page = client.get(f"/j/{phone_env.token}", headers={"Accept-Language": language}).text
        button = re.search(r'<button type="submit">(.*?)</button>', page, re.S)
        assert button, language
        inside = button.group(1)
        # The button (display:inline-flex) has exactly one child box: the words and the name
        # inside it are inline text, so the space before the name is kept and the line wraps.
        assert inside.startswith('<span class="button-text">') and inside.endswith("</span>")
        assert inside.count('<span class="button-text">') == 1
        assert '<span dir="auto" class="user-text">Priya</span>' in inside


_USER_TEXT = re.compile(r'<[a-z0-9]+\b[^>]*\bclass="[^"]*\buser-text\b[^"]*"[^>]*>')


def _without_direction(html: str) -> list[str]:
    return [tag for tag in _USER_TEXT.findall(html) if 'dir="auto"' not in tag]


def test_poll_and_big_screen_text_is_laid_out_by_its_own_direction(phone_env: PhoneEnv) -> None:
    """On an Arabic page, an English poll question, option or result keeps its own order."""
    services, sid = phone_env.services, phone_env.session_id
    made = phone_env.run(lambda: services.polls.create(
        sid, "single", "Which day suits you?", options=["Monday", "Tuesday evening"]))
    poll_id = int(made.new_id or 0)
    phone = phone_env.signed_in("Priya")
    arabic = {"Accept-Language": "ar"}
    page = phone.get("/poll", headers=arabic).text
    assert 'dir="rtl"' in page
    assert '<legend id="poll-question" dir="auto"' in page
    assert '<span dir="auto" class="user-text">Tuesday evening</span>' in page
    assert _without_direction(page) == []
    phone.post("/poll", data={"csrf": csrf_of(page), "poll": str(poll_id), "choice": "1"})
    phone_env.run(lambda: services.polls.reveal(poll_id))
    shown = phone.get("/poll", headers=arabic).text
    assert '<span dir="auto" class="user-text result-label">Tuesday evening</span>' in shown
    assert _without_direction(shown) == []
    screen = phone.get("/screen", headers=arabic).text
    assert '<p id="screen-poll-question" dir="auto"' in screen
    assert _without_direction(screen) == []
    home = phone.get("/home", headers=arabic).text
    assert '<p id="now-activity" dir="auto"' in home
    assert re.findall(r"<dd[^>]*>", phone.get("/about-you", headers=arabic).text) == [
        '<dd dir="auto">'] * 4


def test_no_template_shows_peoples_text_without_dir_auto() -> None:
    from pathlib import Path

    templates = Path(__file__).parents[2] / "resources" / "web" / "templates"
    for path in sorted(templates.glob("*.html")):
        assert _without_direction(path.read_text(encoding="utf-8")) == [], path.name
