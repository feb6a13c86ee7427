"""Questions for the room in a real phone browser at 320×568: ask without a name, the console
lets it through, another phone upvotes (a double tap counts once) and takes the vote back."""

from __future__ import annotations

import json
from pathlib import Path

from coprod_desktop.store.room_question_reader import RoomQuestionReader
from tests.e2e.test_phone_browser import AXE, CHROMIUM, _fits, _sign_in, browser, served  # noqa: F401

SMALL = {"width": 320, "height": 568}


def _phone(browser, js: bool = True, bypass_csp: bool = False):  # noqa: F811
    context = browser.new_context(viewport=SMALL, is_mobile=True, has_touch=True,
                                  java_script_enabled=js, bypass_csp=bypass_csp,
                                  locale="en-GB")
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: page.problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    return page


def _questions(env) -> list:
    return env.run(lambda: RoomQuestionReader(env.services.file.db).all(env.session_id))


def test_ask_let_through_upvote_once_and_take_back(browser, served, artifacts: Path) -> None:  # noqa: F811
    env, url = served
    base = url.split("/j/")[0]
    asker = _phone(browser)
    _sign_in(asker, url, "Asha")
    asker.goto(base + "/home")
    asker.get_by_role("link", name="Ask or vote").click()
    asker.wait_for_url("**/questions")
    asker.get_by_label("Your question").fill("Why are <b>annual reviews</b> late?")
    asker.get_by_label("No, ask without my name").check()
    asker.get_by_role("button", name="Send my question").click()
    asker.wait_for_url("**/questions?m=asked")
    assert asker.get_by_text("The facilitator will read your question").is_visible()
    # Held back: nobody sees it yet, the asker included.
    assert asker.get_by_text("No questions have been let through yet.").is_visible()
    [question] = _questions(env)
    assert question.text == "Why are <b>annual reviews</b> late?" and question.anonymous
    env.run(lambda: env.services.room_questions.release(question.id))

    voter = _phone(browser)
    _sign_in(voter, url, "Ben")
    voter.goto(base + "/questions")
    item = voter.locator(f"#q{question.id}")
    assert item.get_by_text("Why are <b>annual reviews</b> late?").is_visible()  # verbatim
    assert item.get_by_text("0 votes").is_visible()
    voter.screenshot(path=str(artifacts / "phone-questions-320x568.png"), full_page=True)
    item.get_by_role("button", name="Vote for this").dblclick()  # a double tap
    voter.wait_for_url("**/questions?m=upvoted*")
    assert voter.locator(f"#q{question.id}").get_by_text("1 vote").is_visible()
    assert [q.votes for q in _questions(env)] == [1]
    assert _fits(voter) and voter.problems == []
    voter.screenshot(path=str(artifacts / "phone-questions-voted-320x568.png"), full_page=True)
    voter.locator(f"#q{question.id}").get_by_role("button", name="Take back my vote").click()
    voter.wait_for_url("**/questions?m=unvoted*")
    assert [q.votes for q in _questions(env)] == [0]


def test_named_question_and_upvote_without_javascript(browser, served) -> None:  # noqa: F811
    env, url = served
    page = _phone(browser, js=False)
    _sign_in(page, url, "Carys")
    page.goto(url.split("/j/")[0] + "/questions")
    page.get_by_label("Your question").fill("Can we have the papers a week before?")
    page.get_by_label("Yes, the facilitator may see my name").check()
    page.get_by_role("button", name="Send my question").click()
    page.wait_for_url("**/questions?m=asked")
    [question] = _questions(env)
    assert question.author_name == "Carys"
    env.run(lambda: env.services.room_questions.release(question.id))
    page.get_by_role("link", name="Refresh the list").click()
    page.get_by_role("button", name="Vote for this").click()
    page.wait_for_url("**/questions?m=upvoted*")
    assert [q.votes for q in _questions(env)] == [1]


def test_axe_finds_nothing_on_the_questions_page(browser, served) -> None:  # noqa: F811
    env, url = served
    page = _phone(browser, bypass_csp=True)  # only so the test can inject axe
    _sign_in(page, url, "Axe")
    page.goto(url.split("/j/")[0] + "/questions")
    page.get_by_label("Your question").fill("Is there parking?")
    page.get_by_role("button", name="Send my question").click()
    page.wait_for_url("**/questions?m=asked")
    [question] = _questions(env)
    env.run(lambda: env.services.room_questions.release(question.id))
    page.goto(url.split("/j/")[0] + "/questions")
    assert page.get_by_role("button", name="Vote for this").is_visible()
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa']})"
                          ".then(r => r.violations.map(v => [v.id, v.nodes.length]))")
    assert found == [], json.dumps(found)
