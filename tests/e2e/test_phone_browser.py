"""A real phone browser: headless Chromium (Debian's) on a phone-sized screen, over loopback.

It signs in, skips the optional questions, posts a note, then the test reads the file. It also
signs in with JavaScript off, checks the live script, looks at 200% zoom, runs axe-core, and saves
screenshots to artifacts/ for a person to look at.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from coprod_desktop.clock import FakeClock
from tests.web.phone_helpers import PhoneEnv, make_env

CHROMIUM = shutil.which("chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed "
                       "(scripts/system-deps.sh test installs it)"),
]
PHONE = {"width": 412, "height": 839}
ZOOMED = {"width": 206, "height": 420}  # 200% zoom: half the CSS pixels, twice the density
AXE = Path(__file__).parent / "vendor" / "axe.min.js"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield chromium
        chromium.close()


@pytest.fixture
def served(programme_path: Path, clock: FakeClock) -> Iterator[tuple[PhoneEnv, str]]:
    for env in make_env(programme_path, clock):
        env.run(lambda e=env: e.services.phones.set_notes_open(e.session_id, True))
        env.web.server.start("127.0.0.1", 0)
        yield env, env.web.join_url("127.0.0.1", env.token)


def _page(browser, *, zoomed: bool = False, js: bool = True, bypass_csp: bool = False):
    context = browser.new_context(
        viewport=ZOOMED if zoomed else PHONE, device_scale_factor=2 if zoomed else 1,
        java_script_enabled=js, bypass_csp=bypass_csp, is_mobile=True, has_touch=True,
        locale="en-GB")
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: page.problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    return page


def _fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def _sign_in(page, url: str, name: str, shots: Path | None = None, tag: str = "") -> None:
    page.goto(url)
    assert page.title().startswith("Sign in")
    if shots:
        page.screenshot(path=str(shots / f"phone-1-signin{tag}.png"), full_page=True)
    page.get_by_label("Your name or nickname").fill(name)
    page.get_by_role("button", name="Join").click()
    page.wait_for_url("**/home?m=welcome")
    page.get_by_role("link", name="About you", exact=True).click()
    page.wait_for_url("**/about-you")
    page.get_by_label("Parent or carer").check()
    page.get_by_role("group", name="Can we take photos").get_by_label("Yes").check()
    page.get_by_label("Share without my name").check()
    if shots:
        page.screenshot(path=str(shots / f"phone-2-about-you{tag}.png"), full_page=True)
    page.get_by_role("button", name="Save and go to the session").click()
    page.wait_for_url("**/home?m=about")


def test_sign_in_post_a_note_and_check_the_file(browser, served, artifacts: Path) -> None:
    env, url = served
    page = _page(browser)
    _sign_in(page, url, "Jo <script>", artifacts)
    page.goto(url.split("/j/")[0] + "/home")
    assert page.get_by_role("heading", name="Hello, Jo <script>").is_visible()
    page.screenshot(path=str(artifacts / "phone-3-home.png"), full_page=True)
    page.get_by_label("Your note").fill("Waiting lists are too long\nand nobody tells us why")
    page.get_by_label("Blue").check()
    page.get_by_role("button", name="Put it on the board").click()
    page.wait_for_url("**/home?m=note#main")
    assert page.get_by_text("Your note is on the board").is_visible()
    page.screenshot(path=str(artifacts / "phone-4-note-posted.png"), full_page=False)
    assert _fits(page) and page.problems == []
    [note] = env.notes()
    assert note.text == "Waiting lists are too long\nand nobody tells us why"
    assert note.colour == "blue"
    person = env.run(lambda: env.services.read.attendee(note.author_id))
    assert person.name == "Jo <script>" and person.consent.photos
    assert [a.via for a in env.run(lambda: env.services.read.attendance(env.session_id))] == ["phone"]


def test_live_script_shows_the_note_form_when_the_board_opens(browser, served) -> None:
    env, url = served
    env.run(lambda: env.services.phones.set_notes_open(env.session_id, False))
    page = _page(browser)
    _sign_in(page, url, "Ravi")
    page.goto(url.split("/j/")[0] + "/home")
    assert page.locator("#note-card").is_hidden()
    env.run(lambda: env.services.phones.set_notes_open(env.session_id, True))
    page.locator("#note-card").wait_for(state="visible", timeout=12_000)
    assert page.locator("#no-notes").is_hidden() and page.problems == []


def test_sign_in_works_without_javascript(browser, served) -> None:
    env, url = served
    page = _page(browser, js=False)
    _sign_in(page, url, "No Script")
    page.goto(url.split("/j/")[0] + "/home")
    page.get_by_label("Your note").fill("Works without JavaScript")
    page.get_by_role("button", name="Put it on the board").click()
    page.wait_for_url("**/home?m=note#main")
    assert [n.text for n in env.notes()] == ["Works without JavaScript"]


def test_pages_at_200_percent_zoom(browser, served, artifacts: Path) -> None:
    _env, url = served
    page = _page(browser, zoomed=True)
    page.goto(url)
    assert _fits(page)
    page.screenshot(path=str(artifacts / "phone-zoom200-1-signin.png"))
    _sign_in(page, url, "Grandparent with a very long name indeed")
    page.goto(url.split("/j/")[0] + "/home")
    assert _fits(page)
    page.screenshot(path=str(artifacts / "phone-zoom200-2-home.png"), full_page=True)
    page.locator("#text").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "phone-zoom200-3-note.png"))
    small = page.evaluate("""Array.from(document.querySelectorAll('button, .choice, input[type=text]'))
        .filter(e => e.offsetParent !== null)
        .filter(e => e.getBoundingClientRect().height < 44).length""")
    assert small == 0  # every tap target at least 44 CSS pixels high


def test_axe_finds_no_accessibility_problems(browser, served) -> None:
    _env, url = served
    page = _page(browser, bypass_csp=True)  # only so the test can inject axe
    axe = AXE.read_text(encoding="utf-8")
    found = {}
    for name, go in (("sign-in", lambda: page.goto(url)),
                     ("about-you", lambda: (_sign_in(page, url, "Axe"),
                                            page.goto(url.split("/j/")[0] + "/about-you"))),
                     ("home", lambda: page.goto(url.split("/j/")[0] + "/home"))):
        go()
        page.add_script_tag(content=axe)
        result = page.evaluate("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa']})"
                               ".then(r => r.violations.map(v => [v.id, v.nodes.length]))")
        found[name] = result
    assert found == {"sign-in": [], "about-you": [], "home": []}, json.dumps(found)


def test_vote_with_dots(browser, served, artifacts: Path) -> None:
    env, url = served
    clusters = env.services.board.clusters
    titles = ("Waiting times for assessment", "Nobody explains the plan", "School transport")
    ids = [int(env.run(lambda t=t: clusters.create_cluster(env.session_id, t)).new_id or 0)
           for t in titles]
    round_id = int(env.run(lambda: env.services.board.votes.open_vote(
        env.session_id, dots_per_person=3, title="What should we work on first?")).new_id or 0)
    page = _page(browser)
    _sign_in(page, url, "Voter")
    page.goto(url.split("/j/")[0] + "/home")
    page.get_by_role("link", name="Spend your dots").click()
    page.wait_for_url("**/vote")
    # Each tap waits for its page: a second tap on a button still "Sending…" is ignored.
    for item in ("Waiting times for assessment", "Waiting times for assessment",
                 "School transport"):
        with page.expect_navigation(url="**/vote?m=dot"):
            page.get_by_role("button", name=f"Add a dot: {item}").click()
    assert page.get_by_text("You have 0 of 3 dots left").is_visible()
    assert page.get_by_role("button", name="Add a dot: Nobody explains the plan").is_disabled()
    page.screenshot(path=str(artifacts / "phone-5-vote.png"), full_page=True)
    assert _fits(page) and page.problems == []
    zoomed = _page(browser, zoomed=True)
    _sign_in(zoomed, url, "Zoomed voter")
    zoomed.goto(url.split("/j/")[0] + "/vote")
    assert _fits(zoomed)
    zoomed.screenshot(path=str(artifacts / "phone-zoom200-4-vote.png"))
    rows = env.run(lambda: list(env.services.file.db.query(
        "SELECT target_id FROM vote WHERE round_id = ? AND via = 'phone' ORDER BY id",
        [round_id])))
    assert [r["target_id"] for r in rows] == [ids[0], ids[0], ids[2]]
