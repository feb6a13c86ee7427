"""The big screen on a phone (320×568) follows what the projector shows, from the file: a change
of view, a word explained, a vote's dots put up, a black-out; announced politely; attendee text
as typed; and without JavaScript, on refresh."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.test_phone_browser import AXE, CHROMIUM, _sign_in, browser, served  # noqa: F401
from tests.e2e.test_room_questions_browser import _phone

WAIT = 15_000


def _said(page) -> str:
    return page.locator("#screen-announce").text_content() or ""


def _closed_vote_on(env, text: str) -> int:
    services, sid = env.services, env.session_id
    note = int(services.notes.add_note(sid, text).new_id or 0)
    other = int(services.notes.add_note(sid, "More time with the SENCo").new_id or 0)
    round_id = int(services.board.votes.open_vote(sid, target_kind="note").new_id or 0)
    services.board.votes.cast_vote(round_id, note)
    services.board.votes.cast_vote(round_id, note)
    services.board.votes.cast_vote(round_id, other)
    services.board.votes.close_vote(round_id)
    return round_id


def test_the_phone_follows_the_projector(browser, served, artifacts: Path) -> None:  # noqa: F811
    env, url = served
    base = url.split("/j/")[0]
    sid = env.session_id
    shown = env.services.projector_view
    env.run(lambda: shown.show(sid, view="agenda"))
    page = _phone(browser, bypass_csp=True)
    _sign_in(page, url, "Mo")
    page.goto(base + "/screen")
    assert page.locator("#screen-view").text_content() == "The agenda and the timer"
    assert page.locator("#screen-term-box").is_hidden()
    assert page.locator("#screen-dots-box").is_hidden()

    env.run(lambda: shown.show(sid, view="jargon", term="EHCP <i>plan</i>",
                               explanation="A plan for a child's support & care."))
    page.wait_for_function(
        "document.getElementById('screen-term').textContent === 'EHCP <i>plan</i>'",
        timeout=WAIT)
    assert page.locator("#screen-term-box").is_visible()
    assert page.locator("#screen-explanation").text_content() == (
        "A plan for a child's support & care.")
    assert page.locator("#screen-view").text_content() == "A word explained"
    said = _said(page)
    assert "On the big screen now: A word explained" in said
    assert "A word explained: EHCP <i>plan</i>. A plan for a child's support & care." in said
    assert page.locator("#screen-announce").get_attribute("aria-live") == "polite"
    page.screenshot(path=str(artifacts / "phone-big-screen-word-320x568.png"), full_page=True)

    round_id = env.run(lambda: _closed_vote_on(env, "A quiet room <b>please</b>"))
    env.run(lambda: shown.show(sid, view="board", dots_round_id=round_id))
    page.wait_for_function("document.getElementById('screen-dots-box').hidden === false",
                           timeout=WAIT)
    assert page.locator("#screen-term-box").is_hidden()  # the word is no longer on the screen
    rows = page.locator("#screen-dots li").all_text_contents()
    assert rows == ["Place 1 A quiet room <b>please</b>: 2 dots",
                    "Place 2 More time with the SENCo: 1 dot"]
    assert "The vote results are on the big screen." in _said(page)
    assert page.locator("#screen-view").text_content() == "The board"
    page.screenshot(path=str(artifacts / "phone-big-screen-dots-320x568.png"), full_page=True)
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa']})"
                          ".then(r => r.violations.map(v => [v.id, v.nodes.length]))")
    assert found == [], json.dumps(found)

    env.run(lambda: shown.show(sid, dots_round_id=None))  # results put away
    page.wait_for_function("document.getElementById('screen-dots-box').hidden === true",
                           timeout=WAIT)
    env.run(lambda: shown.show(sid, blank=True))
    page.wait_for_function("document.getElementById('screen-blank').hidden === false",
                           timeout=WAIT)
    assert "The big screen is blank just now." in _said(page)
    assert page.locator("#screen-view-line").is_hidden()
    assert page.problems == []


def test_without_javascript_a_refresh_shows_the_projector(browser, served) -> None:  # noqa: F811
    env, url = served
    page = _phone(browser, js=False)
    _sign_in(page, url, "Ade")
    page.goto(url.split("/j/")[0] + "/screen")
    assert page.locator("#screen-view-line").is_hidden()
    assert page.locator("#screen-projector").is_hidden()  # nothing known: no empty card
    env.run(lambda: env.services.projector_view.show(
        env.session_id, view="jargon", term="SENCo",
        explanation="The teacher in charge of special needs at a school."))
    page.get_by_role("link", name="Refresh this page").click()
    page.wait_for_load_state()
    assert page.locator("#screen-term").text_content() == "SENCo"
    assert page.locator("#screen-projector").is_visible()
    assert page.locator("#screen-view").text_content() == "A word explained"


def test_the_home_poll_card_follows_the_room(browser, served, artifacts: Path) -> None:  # noqa: F811
    env, url = served
    base = url.split("/j/")[0]
    live = _phone(browser)
    _sign_in(live, url, "Kit")
    live.goto(base + "/home")
    still = _phone(browser, js=False)
    _sign_in(still, url, "Lou")
    still.goto(base + "/home")
    assert live.locator("#poll-card").is_hidden() and still.locator("#poll-card").is_hidden()
    made = env.run(lambda: env.services.polls.create(env.session_id, "single", "Tea or coffee?",
                                                     options=["Tea", "Coffee"]))
    live.locator("#poll-card").wait_for(state="visible", timeout=WAIT)
    live.screenshot(path=str(artifacts / "phone-home-poll-card-320x568.png"))
    still.get_by_role("link", name="Refresh this page").click()
    still.wait_for_load_state()
    assert still.locator("#poll-card").is_visible()
    env.run(lambda: env.services.polls.close(int(made.new_id or 0)))
    live.locator("#poll-card").wait_for(state="hidden", timeout=WAIT)
    assert live.problems == []
