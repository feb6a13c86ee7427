"""The big screen on a phone shows the open poll's question and, once revealed, its results; it
follows by polling and says the change politely; without JavaScript the refresh link does it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.test_phone_browser import AXE, _sign_in, browser, served  # noqa: F401
from tests.e2e.test_room_questions_browser import _phone


def test_big_screen_shows_the_poll_and_its_revealed_results(
        browser, served, artifacts: Path) -> None:  # noqa: F811
    env, url = served
    base = url.split("/j/")[0]
    pid = int(env.run(lambda: env.services.polls.create(
        env.session_id, "single", "Which evening suits you?",
        options=["Tuesday", "<b>Thursday</b>"])).new_id)
    page = _phone(browser, bypass_csp=True)
    _sign_in(page, url, "Dev")
    page.goto(base + "/screen")
    assert page.locator("#screen-poll-question").text_content() == "Which evening suits you?"
    assert page.locator("#screen-poll-answer").is_visible()
    assert page.locator("#screen-poll-results").is_hidden(), "nothing before the reveal"
    page.goto(base + "/poll")
    page.get_by_label("<b>Thursday</b>").check()
    page.get_by_role("button", name="Send my answer").click()
    page.wait_for_url("**/poll?m=saved")
    page.goto(base + "/screen")
    env.run(lambda: env.services.polls.reveal(pid))
    page.wait_for_function(
        "!document.getElementById('screen-poll-results').hidden", timeout=15_000)
    rows = page.locator("#screen-poll-results li").all_text_contents()
    assert rows == ["Tuesday: 0 answers", "<b>Thursday</b>: 1 answer"]
    assert "The poll results are on the screen." in (
        page.locator("#screen-announce").text_content() or "")
    assert page.problems == []
    page.screenshot(path=str(artifacts / "phone-big-screen-poll-320x568.png"), full_page=True)
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa']})"
                          ".then(r => r.violations.map(v => [v.id, v.nodes.length]))")
    assert found == [], json.dumps(found)


def test_big_screen_poll_without_javascript(browser, served) -> None:  # noqa: F811
    env, url = served
    base = url.split("/j/")[0]
    page = _phone(browser, js=False)
    _sign_in(page, url, "Eve")
    page.goto(base + "/screen")
    assert page.locator("#screen-poll").is_hidden()
    pid = int(env.run(lambda: env.services.polls.create(
        env.session_id, "scale", "How safe did you feel?", low_label="Not at all",
        high_label="Very")).new_id)
    env.run(lambda: env.services.polls.reveal(pid))
    page.get_by_role("link", name="Refresh this page").click()
    assert page.locator("#screen-poll-question").text_content() == "How safe did you feel?"
    assert page.locator("#screen-poll-results li").first.text_content() == (
        "1 – Not at all: 0 answers")
