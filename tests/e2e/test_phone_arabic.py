"""Phone pages in Arabic, laid out right to left, in headless Chromium on a 320×568 phone.

A phone set to Arabic gets Arabic pages with <html dir="rtl">: the layout mirrors (text starts at
the right, the coloured bar of "You said, we did" sits on the right). Names and notes people type
are marked dir="auto", so a Hebrew name in an English page, or an English name in an Arabic page,
reads in its own direction. Screenshots go to artifacts/ for a person to look at.
"""

from __future__ import annotations

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
SMALL_PHONE = {"width": 320, "height": 568}


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
        env.web.server.start("127.0.0.1", 0)
        yield env, env.web.join_url("127.0.0.1", env.token)


def _page(browser, language: str):
    context = browser.new_context(viewport=SMALL_PHONE, is_mobile=True, has_touch=True,
                                  locale=language,
                                  extra_http_headers={"Accept-Language": language})
    page = context.new_page()
    page.problems = []
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    return page


def _fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_an_arabic_phone_gets_right_to_left_arabic_pages(browser, served, artifacts: Path):
    env, url = served
    page = _page(browser, "ar")
    page.goto(url)
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("document.documentElement.lang") == "ar"
    assert page.title().startswith("تسجيل الدخول")
    page.screenshot(path=str(artifacts / "phone-ar-1-signin.png"), full_page=True)
    # The heading starts at the right edge of the screen, as Arabic reads.
    box = page.get_by_role("heading").first.bounding_box()
    assert box is not None and box["x"] + box["width"] > SMALL_PHONE["width"] - 40
    page.get_by_label("اسمك أو لقبك").fill("فاطمة Fatima")
    page.get_by_role("button", name="انضم").click()
    page.wait_for_url("**/home?m=welcome")
    assert page.get_by_role("heading", name="مرحبًا، فاطمة Fatima").is_visible()
    page.screenshot(path=str(artifacts / "phone-ar-2-home.png"), full_page=True)
    env.run(lambda: env.services.phones.set_notes_open(env.session_id, True))
    page.reload()
    page.get_by_label("ملاحظتك").fill("الانتظار طويل جدا")
    page.get_by_role("button", name="ضعها على اللوحة").click()
    page.wait_for_url("**/home?m=note#main")
    assert page.get_by_text("ملاحظتك على اللوحة. شكرًا لك.").is_visible()
    page.screenshot(path=str(artifacts / "phone-ar-3-note-posted.png"), full_page=True)
    assert _fits(page) and page.problems == []
    [note] = env.notes()
    assert note.text == "الانتظار طويل جدا"


def test_attendee_text_reads_in_its_own_direction_in_an_english_page(browser, served,
                                                                      artifacts: Path):
    _env, url = served
    page = _page(browser, "en-GB")
    page.goto(url)
    assert page.evaluate("document.documentElement.dir") == ""
    page.get_by_label("Your name or nickname").fill("נועה כהן")
    page.get_by_role("button", name="Join").click()
    page.wait_for_url("**/home?m=welcome")
    name = page.locator("h1 .user-text")
    assert name.get_attribute("dir") == "auto"
    # dir="auto" gives the Hebrew name its own right-to-left direction inside the English heading.
    assert name.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert page.evaluate("getComputedStyle(document.querySelector('h1')).direction") == "ltr"
    page.screenshot(path=str(artifacts / "phone-en-hebrew-name.png"), full_page=True)
    assert _fits(page) and page.problems == []
