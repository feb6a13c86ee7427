"""The story queue, today's notes and the Polish pages in a real phone browser (Debian's Chromium
at 412×839, over loopback): the test joins and leaves the queue, downloads the published handout
and reads it back, signs in in Polish, runs axe-core, and saves screenshots to artifacts/."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from coprod_desktop.domain.records import WordsUse
from tests.e2e.test_phone_browser import AXE, CHROMIUM, _fits, _page, _sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed "
                       "(scripts/system-deps.sh test installs it)"),
]


def _polish_page(browser):
    context = browser.new_context(viewport={"width": 412, "height": 839}, is_mobile=True,
                                  has_touch=True, locale="pl-PL")
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: page.problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    return page


def _axe(page) -> list:
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    return page.evaluate("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa']})"
                         ".then(r => r.violations.map(v => [v.id, v.nodes.length]))")


def test_join_the_story_queue_and_download_todays_notes(browser, served, artifacts: Path,
                                                        tmp_path: Path) -> None:
    env, url = served
    base = url.split("/j/")[0]
    page = _page(browser)
    _sign_in(page, url, "Amara")
    page.goto(f"{base}/home")
    assert page.locator("#story-card").is_hidden() and page.locator("#handout-card").is_hidden()
    # The facilitator opens the queue and publishes the notes: the open page shows both live.
    env.run(lambda: env.services.phone_stories.set_stories_open(env.session_id, True))
    env.run(lambda: env.services.publishing.publish(env.session_id))
    page.locator("#story-card").wait_for(state="visible", timeout=12_000)
    page.locator("#handout-card").wait_for(state="visible", timeout=12_000)

    page.get_by_label("A short title").fill("The day the letter came")
    page.get_by_label("Share with my name").check()
    page.get_by_role("button", name="I’d like to tell a story").click()
    page.wait_for_url("**/home?m=story*")
    card = page.locator("#story-card")
    assert card.get_by_role("heading", name="You are on the list to tell a story").is_visible()
    assert card.get_by_text("Number 1 on the list").is_visible()
    card.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "phone-6-story-queue.png"))
    [story] = env.run(lambda: env.services.stories.data.stories(env.session_id))
    assert (story.title, story.consent, story.added_via) == (
        "The day the letter came", WordsUse.NAMED, "phone")

    page.locator("#handout-card").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "phone-7-todays-notes.png"))
    with page.expect_download() as info:
        page.get_by_role("link", name="Download today’s notes (PDF)").click()
    download = info.value
    assert download.suggested_filename == "discovery-workshop-2026-03-03.pdf"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF-")
    assert shutil.which("pdftotext"), "poppler-utils is needed: bash scripts/system-deps.sh test"
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(saved), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")
    assert "Discovery workshop" in text and "Ashbrook SEND forum" in text
    assert _fits(page) and page.problems == []

    page.get_by_role("button", name="Take me off the list").click()
    page.wait_for_url("**/home?m=story_off#main")
    assert page.get_by_text("You are off the list").is_visible()
    assert env.run(lambda: env.services.stories.data.stories(env.session_id)) == []


def test_the_notes_page_behind_the_projector_code(browser, served, artifacts: Path) -> None:
    env, url = served
    env.run(lambda: env.services.publishing.publish(env.session_id))
    stranger = _page(browser)
    stranger.goto(f"{url}/notes")
    assert stranger.get_by_role("heading", name="Please sign in first").is_visible()
    stranger.get_by_role("link", name="Sign in").click()
    stranger.wait_for_url(url)
    page = _page(browser, bypass_csp=True)  # only so the test can inject axe
    _sign_in(page, url, "Bo")
    page.goto(f"{url}/notes")
    assert page.get_by_role("link", name="Download today’s notes (PDF)").is_visible()
    page.screenshot(path=str(artifacts / "phone-8-notes-page.png"))
    found = {"notes": _axe(page)}
    env.run(lambda: env.services.phone_stories.set_stories_open(env.session_id, True))
    page.goto(url.split("/j/")[0] + "/home")
    found["home"] = _axe(page)
    assert found == {"notes": [], "home": []}, json.dumps(found)


def test_polish_pages(browser, served, artifacts: Path) -> None:
    env, url = served
    env.run(lambda: env.services.phone_stories.set_stories_open(env.session_id, True))
    page = _polish_page(browser)
    page.goto(url)
    assert page.locator("html").get_attribute("lang") == "pl"
    assert page.title().startswith("Zapisz się")
    page.screenshot(path=str(artifacts / "phone-pl-1-signin.png"))
    page.get_by_label("Imię lub pseudonim").fill("Zofia Wiśniewska")
    page.get_by_role("button", name="Dołącz").click()
    page.wait_for_url("**/home?m=welcome")
    page.get_by_role("link", name="O Tobie", exact=True).click()
    page.wait_for_url("**/about-you")
    assert page.get_by_role("heading", name="O Tobie (możesz to pominąć)").is_visible()
    page.get_by_label("Tak, proszę zachować moje dane na następny raz").check()
    page.get_by_role("button", name="Zapisz i przejdź do spotkania").click()
    page.wait_for_url("**/home?m=*")
    assert page.get_by_role("heading", name="Dzień dobry, Zofia Wiśniewska").is_visible()
    page.get_by_label("Krótki tytuł").fill("Autobus do szkoły")
    page.get_by_role("button", name="Chcę opowiedzieć historię").click()
    page.wait_for_url("**/home?m=story*")
    assert page.get_by_text("Jesteś na liście. Osoba prowadząca powie").is_visible()
    page.screenshot(path=str(artifacts / "phone-pl-2-home.png"))
    page.locator("#story-card").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "phone-pl-3-story-queue.png"))
    assert _fits(page) and page.problems == []
    people = env.run(env.services.read.attendees)
    assert [p.name for p in people] == ["Zofia Wiśniewska"]
    kept = env.run(lambda: env.services.file.db.execute(
        "SELECT keep_for_next FROM attendee").fetchone()[0])
    assert kept == 1
