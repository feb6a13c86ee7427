"""The big screen on a phone at 320×568: it follows the room by polling, announces changes in a
polite live region, and works without JavaScript through its refresh link."""

from __future__ import annotations

import json
from pathlib import Path

from coprod_desktop.store.room_question_reader import RoomQuestionReader
from tests.e2e.test_phone_browser import AXE, CHROMIUM, _sign_in, browser, served  # noqa: F401
from tests.e2e.test_room_questions_browser import _phone


def _ask_and_release(env, page, base: str, text: str) -> None:
    page.goto(base + "/questions")
    page.get_by_label("Your question").fill(text)
    page.get_by_role("button", name="Send my question").click()
    page.wait_for_url("**/questions?m=asked")
    newest = max(q.id for q in env.run(
        lambda: RoomQuestionReader(env.services.file.db).all(env.session_id)))
    env.run(lambda: env.services.room_questions.release(newest))


def test_big_screen_follows_the_room(browser, served, artifacts: Path) -> None:  # noqa: F811
    env, url = served
    base = url.split("/j/")[0]
    env.run(lambda: env.services.agenda.add_activity(
        env.session_id, "Welcome and introductions", 10,
        instructions="Say your name and one thing you hope for today."))
    env.run(lambda: env.services.agenda.add_activity(env.session_id, "What matters most", 20))
    page = _phone(browser, bypass_csp=True)
    _sign_in(page, url, "Dev")
    page.goto(base + "/home")
    page.get_by_role("link", name="The big screen on your phone").click()
    page.wait_for_url("**/screen")
    activity = page.locator("#screen-activity")
    assert activity.text_content() == "No activity is running just now."
    env.run(lambda: env.services.runner.start(env.session_id))
    page.wait_for_function(
        "document.getElementById('screen-activity').textContent === 'Welcome and introductions'",
        timeout=15_000)
    announce = page.locator("#screen-announce")
    assert announce.get_attribute("aria-live") == "polite"
    assert "Now: Welcome and introductions" in (announce.text_content() or "")
    assert page.locator("#screen-instructions").text_content() == (
        "Say your name and one thing you hope for today.")
    assert page.locator("#screen-timer").is_visible()
    _ask_and_release(env, page, base, "Will there be <em>minutes</em>?")
    page.goto(base + "/screen")
    assert page.locator("#screen-questions li").first.text_content() == (
        "Will there be <em>minutes</em>? (0 votes)")
    env.run(lambda: env.services.runner.next(env.session_id))
    page.wait_for_function(
        "document.getElementById('screen-activity').textContent === 'What matters most'",
        timeout=15_000)
    assert page.locator("#screen-instructions").is_hidden()
    assert page.problems == []
    page.screenshot(path=str(artifacts / "phone-big-screen-320x568.png"), full_page=True)
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa']})"
                          ".then(r => r.violations.map(v => [v.id, v.nodes.length]))")
    assert found == [], json.dumps(found)


def test_big_screen_without_javascript(browser, served) -> None:  # noqa: F811
    env, url = served
    env.run(lambda: env.services.agenda.add_activity(env.session_id, "Tea break", 15))
    page = _phone(browser, js=False)
    _sign_in(page, url, "Eli")
    page.goto(url.split("/j/")[0] + "/screen")
    assert page.locator("#screen-activity").text_content() == (
        "No activity is running just now.")
    env.run(lambda: env.services.runner.start(env.session_id))
    page.get_by_role("link", name="Refresh this page").click()
    page.wait_for_load_state()
    assert page.locator("#screen-activity").text_content() == "Tea break"


def test_big_screen_says_whose_turn_and_the_focus(browser, served, artifacts: Path) -> None:  # noqa: F811
    env, url = served
    page = _phone(browser, bypass_csp=True)
    _sign_in(page, url, "Rosa <b>Silva</b>")  # a name is text, never markup
    page.goto(url.split("/j/")[0] + "/screen")
    assert page.locator("#screen-turn-line").is_hidden()
    assert page.locator("#screen-focus-line").is_hidden()
    made = env.run(lambda: env.services.levelling.create_round(env.session_id, "Check-in"))
    round_id = int(made.new_id or 0)
    env.run(lambda: env.services.levelling.start_round(round_id))
    page.wait_for_function(
        "document.getElementById('screen-turn').textContent === 'Rosa <b>Silva</b>'",
        timeout=15_000)
    assert page.locator("#screen-turn-line").is_visible()
    assert "Speaking now: Rosa <b>Silva</b>" in (page.locator("#screen-announce").text_content()
                                                or "")
    env.run(lambda: env.services.board.votes.choose_focus(
        env.session_id, "Waiting times for assessment"))
    page.wait_for_function(
        "document.getElementById('screen-focus').textContent === 'Waiting times for assessment'",
        timeout=15_000)
    assert "Our focus: Waiting times for assessment" in (
        page.locator("#screen-announce").text_content() or "")
    env.run(lambda: env.services.levelling.next_turn(round_id))  # the round's only turn ends
    page.wait_for_function("document.getElementById('screen-turn-line').hidden === true",
                           timeout=15_000)
    page.goto(url.split("/j/")[0] + "/screen")  # and without the script, the page itself says it
    assert page.locator("#screen-focus").text_content() == "Waiting times for assessment"
    assert page.problems == []
    page.screenshot(path=str(artifacts / "phone-big-screen-focus-320x568.png"), full_page=True)
