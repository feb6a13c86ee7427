"""Issue 17 in a real phone browser (Debian's Chromium): sign-in on one screen, a second tap that
changes nothing, nothing typed lost (sign-in closed, a restart, the laptop gone), the short code.

A slow network is made by holding the browser's requests (page.route) until the test lets them
go: the first tap's post is still on its way when the second tap comes.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from coprod_desktop.domain.short_codes import shown
from coprod_desktop.store.phone_reader import PhoneReader
from coprod_desktop.web.phone_web import PhoneWeb
from tests.e2e.test_phone_browser import AXE, CHROMIUM, _fits, browser, served  # noqa: F401

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed "
                       "(scripts/system-deps.sh test installs it)"),
]
SIZES = {"320x568": {"width": 320, "height": 568}, "412x915": {"width": 412, "height": 915}}
LANGUAGES = {"en": ("en-GB", "Your name or nickname", "Join"),
             "pl": ("pl-PL", "Imię lub pseudonim", "Dołącz")}


def _phone(browser, size: str = "320x568", locale: str = "en-GB", js: bool = True,  # noqa: F811
           zoom: int = 1):
    viewport = {k: v // zoom for k, v in SIZES[size].items()}
    context = browser.new_context(viewport=viewport, device_scale_factor=2 * zoom,
                                  is_mobile=True, has_touch=True, locale=locale,
                                  java_script_enabled=js, bypass_csp=True)
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: page.problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    return page


def _base(url: str) -> str:
    return url.split("/j/")[0]


def _axe(page) -> list:
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    return page.evaluate("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa']})"
                         ".then(r => r.violations.map(v => [v.id, v.nodes.length]))")


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_sign_in_fits_one_screen(browser, served, artifacts: Path, lang: str) -> None:  # noqa: F811
    _env, url = served
    locale, label, join = LANGUAGES[lang]
    for size, viewport in SIZES.items():
        page = _phone(browser, size, locale)
        page.goto(url)
        button = page.get_by_role("button", name=join, exact=True)
        box = button.bounding_box()
        assert box is not None and box["y"] + box["height"] <= viewport["height"], (size, box)
        assert page.get_by_label(label).is_visible() and _fits(page)
        assert page.locator("input[type=radio]").count() == 2
        page.screenshot(path=str(artifacts / f"phone17-signin-{lang}-{size}.png"))
        assert _axe(page) == []
        page.context.close()
    # Joining puts what the room is doing first: here, the note box, on the first screen of
    # the smallest phone; what is on now straight after it.
    page = _phone(browser, "320x568", locale)
    page.goto(url)
    page.get_by_label(label).fill("Ewa Kowalczyk" if lang == "pl" else "Ewa")
    page.get_by_role("button", name=join, exact=True).click()
    page.wait_for_url("**/home?m=welcome")
    first = page.evaluate("[...document.querySelectorAll('main section:not([hidden])')]"
                          ".slice(0, 2).map(s => s.id)")
    assert first == ["note-card", "now"]
    note = page.locator("#text").bounding_box()
    assert note is not None and note["y"] < 568
    page.screenshot(path=str(artifacts / f"phone17-home-after-join-{lang}.png"))
    assert _axe(page) == [] and page.problems == []


class SlowWifi:
    """Every answer to a post, and to the script's "are you there?", takes two seconds: the
    venue Wi-Fi the issue measured. Counts the posts that reach the laptop."""

    def __init__(self, app) -> None:
        self.app, self.posts = app, 0

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and (scope["method"] == "POST" or scope["path"] == "/ping"):
            self.posts += scope["method"] == "POST"
            await asyncio.sleep(2)
        await self.app(scope, receive, send)


def _slow(env) -> SlowWifi:
    slow = SlowWifi(env.web.app)
    port = env.web.server.port
    env.web.server.stop()
    env.web.server.app = slow
    env.web.server.start("127.0.0.1", port)
    return slow


def _double_tap(page, button) -> None:
    button.click(no_wait_after=True)
    page.wait_for_function("document.querySelector('form[data-sending]') !== null")
    taken = page.locator("form[data-sending] button")
    assert taken.inner_text() == "Sending…" and taken.get_attribute("aria-disabled") == "true"
    page.wait_for_timeout(700)  # the person taps again 0.7 s later, the first still on its way
    taken.click(no_wait_after=True, force=True)  # force: it says it is busy, people tap anyway


def test_a_second_tap_changes_nothing_and_shows_it_was_taken(browser, served) -> None:  # noqa: F811
    env, url = served
    slow = _slow(env)
    page = _phone(browser)
    page.goto(url)
    page.get_by_label("Your name or nickname").fill("Twice")
    _double_tap(page, page.get_by_role("button", name="Join", exact=True))
    page.wait_for_url("**/home?m=welcome")
    page.get_by_label("Your note").fill("Only once")
    _double_tap(page, page.get_by_role("button", name="Put it on the board"))
    page.wait_for_url("**/home?m=note#main")
    assert slow.posts == 2  # one per form: the script sent each once
    assert [p.name for p in env.run(env.services.read.attendees)] == ["Twice"]
    assert [n.text for n in env.notes()] == ["Only once"]
    assert page.problems == []


def test_without_javascript_the_form_key_stops_a_resend(browser, served) -> None:  # noqa: F811
    env, url = served
    slow = _slow(env)
    page = _phone(browser, js=False)
    page.goto(url)
    page.get_by_label("Your name or nickname").fill("No script")
    page.get_by_role("button", name="Join", exact=True).click()
    page.wait_for_url("**/home?m=welcome")
    page.get_by_label("Your note").fill("Sent, then sent again")
    form = page.locator("form", has=page.get_by_role("button", name="Put it on the board"))
    fields = form.evaluate("f => Object.fromEntries(new FormData(f))")
    action = form.evaluate("f => f.action")
    page.get_by_role("button", name="Put it on the board").focus()
    page.keyboard.press("Enter")  # two taps: the second before the first has an answer
    page.keyboard.press("Enter")
    page.wait_for_url("**/home?m=note#main")
    # Chromium sometimes drops the second Enter itself, so the same form is also sent again
    # as a browser resends it ("Confirm form resubmission"): same cookie, same one-time key.
    again = page.context.request.post(action, form=fields, max_redirects=0)
    assert again.status in (200, 303)
    assert slow.posts >= 3  # the join, then the note at least twice reached the laptop
    assert [n.text for n in env.notes()] == ["Sent, then sent again"]
    assert [p.name for p in env.run(env.services.read.attendees)] == ["No script"]


def test_closing_sign_in_mid_form_keeps_what_was_typed(browser, served,  # noqa: F811
                                                     artifacts: Path) -> None:
    env, url = served
    member = _phone(browser)
    member.goto(url)
    member.get_by_label("Your name or nickname").fill("Already in")
    member.get_by_role("button", name="Join", exact=True).click()
    member.wait_for_url("**/home?m=welcome")
    late = _phone(browser)
    late.goto(url)
    late.get_by_label("Your name or nickname").fill("Late arrival")
    env.run(lambda: env.services.phones.close_sign_in(env.session_id))
    with late.expect_navigation():  # the script asks /ping first, then sends
        late.get_by_role("button", name="Join", exact=True).click()
    assert late.get_by_role("heading", name="Sign-in is closed just now").is_visible()
    assert late.get_by_text("Sign-in for this session is closed").is_visible()
    assert late.get_by_label("Your name or nickname").input_value() == "Late arrival"
    late.screenshot(path=str(artifacts / "phone17-signin-closed-kept.png"))
    assert _axe(late) == []
    # People already in keep their pages: a note still goes on the board.
    member.get_by_label("Your note").fill("Still in the room")
    member.get_by_role("button", name="Put it on the board").click()
    member.wait_for_url("**/home?m=note#main")
    assert [n.text for n in env.notes()] == ["Still in the room"]
    # Ending the session for phones closes the room; a note typed then is shown back.
    env.run(lambda: env.services.phones.end_for_phones(env.session_id))
    member.get_by_label("Your note").fill("Typed as it ended")
    with member.expect_navigation():
        member.get_by_role("button", name="Put it on the board").click()
    assert member.locator("#kept").input_value() == "Typed as it ended"
    assert _axe(member) == []


def test_a_restart_mid_form_breaks_nothing(browser, served) -> None:  # noqa: F811
    env, url = served
    page = _phone(browser)
    page.goto(url)
    page.get_by_label("Your name or nickname").fill("Across a restart")
    page.get_by_role("button", name="Join", exact=True).click()
    page.wait_for_url("**/home?m=welcome")
    page.get_by_label("Your note").fill("Typed before the restart")
    port = env.web.server.port
    env.web.close()  # the app closes...
    env.web = PhoneWeb(env.services, env.bridge, env.clock)  # ...and opens the file again
    env.web.server.start("127.0.0.1", port)
    page.get_by_role("button", name="Put it on the board").click()
    page.wait_for_url("**/home?m=note#main")
    assert [n.text for n in env.notes()] == ["Typed before the restart"]


def test_the_laptop_gone_away_is_said_plainly(browser, served, artifacts: Path) -> None:  # noqa: F811
    env, url = served
    page = _phone(browser)
    page.goto(url)
    page.get_by_label("Your name or nickname").fill("Left behind")
    page.get_by_role("button", name="Join", exact=True).click()
    page.wait_for_url("**/home?m=welcome")
    page.get_by_label("Your note").fill("Nobody is listening")
    env.web.server.stop()
    page.get_by_role("button", name="Put it on the board").click(no_wait_after=True)
    gone = page.locator("#gone")
    gone.wait_for(state="visible", timeout=20_000)
    assert "cannot be reached" in gone.inner_text()
    assert page.locator("#text").input_value() == "Nobody is listening"
    assert page.get_by_role("button", name="Put it on the board").get_attribute(
        "aria-disabled") is None
    page.screenshot(path=str(artifacts / "phone17-laptop-gone.png"))
    assert env.notes() == []


def test_the_short_code_is_typed_in_either_case(browser, served, artifacts: Path) -> None:  # noqa: F811
    env, url = served
    room = env.run(lambda: PhoneReader(env.services.file.db).room(env.session_id))
    assert len(room.short_code) == 6 and not set(room.short_code) & set("O0I1L")
    page = _phone(browser)
    typed = shown(room.short_code).lower()  # as read off the screen, with its space
    page.goto(f"{_base(url)}/{typed.replace(' ', '%20')}")
    page.wait_for_url(url)
    assert page.get_by_role("button", name="Join", exact=True).is_visible()
    page.goto(f"{_base(url)}/{room.short_code[::-1]}X")
    assert page.get_by_role("heading", name="Page not found").is_visible()


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_no_sideways_scroll_at_200_percent_on_a_320_phone(browser, served, lang: str) -> None:  # noqa: F811
    env, url = served
    locale, label, join = LANGUAGES[lang]
    env.run(lambda: env.services.phone_stories.set_stories_open(env.session_id, True))
    page = _phone(browser, "320x568", locale, zoom=2)
    page.goto(url)
    assert _fits(page)
    page.get_by_label(label).fill("Grandparent with a very long name indeed")
    page.get_by_role("button", name=join, exact=True).click()
    page.wait_for_url("**/home?m=welcome")
    widths = {}
    for path in ("/home?m=welcome", "/about-you", "/vote"):
        page.goto(_base(url) + path)
        widths[path] = page.evaluate("document.documentElement.scrollWidth")
        small = page.evaluate("""Array.from(document.querySelectorAll(
            'button, .button, .choice, input[type=text], main a'))
            .filter(e => e.offsetParent !== null)
            .filter(e => e.getBoundingClientRect().height < 44).map(e => e.textContent.trim())""")
        assert small == [], (path, small)
    assert all(w <= 160 for w in widths.values()), json.dumps(widths)


class Paths:
    """Records each path the laptop is asked for."""

    def __init__(self, app) -> None:
        self.app, self.seen = app, []

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            self.seen.append(scope["path"])
        await self.app(scope, receive, send)


def test_static_files_are_cached_under_versioned_names(browser, served) -> None:  # noqa: F811
    env, url = served
    paths = Paths(env.web.app)
    port = env.web.server.port
    env.web.server.stop()
    env.web.server.app = paths
    env.web.server.start("127.0.0.1", port)
    page = _phone(browser)
    answers = []
    page.on("response", lambda r: answers.append((r.url, r.headers.get("cache-control"))))
    page.goto(url)
    static = [(u, c) for u, c in answers if "/static/" in u]
    assert {u.rsplit("/", 1)[1] for u, _ in static} >= {"phone.css", "phone.js"}
    assert all(c and "immutable" in c for _, c in static), static
    paths.seen.clear()
    page.goto(url)
    # The style and the script are kept: no round trip for them at all. (The browser asks for
    # the icon on its own schedule.)
    assert paths.seen and [p for p in paths.seen if p.endswith((".css", ".js"))] == []


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_axe_finds_nothing_on_any_page_state(browser, served, artifacts: Path,  # noqa: F811
                                             lang: str) -> None:
    env, url = served
    locale, label, join = LANGUAGES[lang]
    base = _base(url)
    cluster = env.run(lambda: env.services.board.clusters.create_cluster(
        env.session_id, "Waiting lists")).new_id
    env.run(lambda: env.services.board.votes.open_vote(env.session_id, dots_per_person=2))
    env.run(lambda: env.services.phone_stories.set_stories_open(env.session_id, True))
    page = _phone(browser, "412x915", locale)
    found: dict[str, list] = {}

    def check(name: str) -> None:
        found[name] = _axe(page)
        page.screenshot(path=str(artifacts / f"phone17-state-{lang}-{name}.png"), full_page=True)

    page.goto(url)
    page.get_by_label(label).fill("")
    with page.expect_navigation():
        page.get_by_role("button", name=join, exact=True).click()
    check("sign-in-error")
    page.get_by_label(label).fill("Ewa")
    page.get_by_role("button", name=join, exact=True).click()
    page.wait_for_url("**/home?m=welcome")
    check("home-welcome")
    page.locator("#text").fill(" ")
    with page.expect_navigation():
        page.locator("#note-card button[type=submit]").click()
    check("home-note-error")
    page.goto(base + "/about-you")
    page.locator("input[name=contact][value=yes]").check()
    with page.expect_navigation():
        page.locator("form[action='/about-you'] button[type=submit]").click()
    check("about-you-error")
    page.goto(base + "/vote")
    check("vote")
    assert cluster
    page.goto(base + "/no-such-page")
    check("not-found")
    page.goto(url)  # the same phone at the join link again: straight home
    page.goto(url + "?new=1")
    check("sign-in-someone-else")
    stranger = _phone(browser, "412x915", locale)
    stranger.goto(base + "/home")
    found["not-signed-in"] = _axe(stranger)
    page.goto(base + "/home")
    with page.expect_navigation():
        page.locator("form[action='/leave'] button").click()
    check("signed-out")
    page.goto(url)
    check("welcome-back")
    assert all(v == [] for v in found.values()), json.dumps(found)
