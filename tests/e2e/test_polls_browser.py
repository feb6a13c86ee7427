"""Quick polls in a real phone browser at 320×568: each kind answered (and changed), one answer
per phone however often it is sent, results only once revealed, a page that works without
JavaScript, and axe-core on the poll page."""

from __future__ import annotations

import json
from pathlib import Path

from coprod_desktop.domain.polls import PollKind
from coprod_desktop.store.poll_reader import PollReader
from tests.e2e.test_phone_browser import AXE, _fits, _sign_in, browser, served  # noqa: F401
from tests.e2e.test_room_questions_browser import _phone


def _make(env, kind: str, question: str, **extra) -> int:
    change = env.run(lambda: env.services.polls.create(env.session_id, kind, question, **extra))
    return int(change.new_id)


def _answers(env, poll_id: int) -> list:
    return env.run(lambda: PollReader(env.services.file.db).answers(poll_id))


def test_scale_answered_changed_and_revealed(browser, served, artifacts: Path) -> None:  # noqa: F811
    env, url = served
    base = url.split("/j/")[0]
    pid = _make(env, "scale", "How much were you listened to?", low=0, high=10,
                low_label="Not at all", high_label="Completely")
    page = _phone(browser)
    _sign_in(page, url, "Asha")
    page.goto(base + "/home")
    page.get_by_role("link", name="Answer a quick poll").click()
    page.wait_for_url("**/poll")
    assert page.get_by_role("group", name="How much were you listened to?").is_visible()
    page.get_by_label("0 – Not at all").check()
    page.screenshot(path=str(artifacts / "phone-poll-scale-320x568.png"), full_page=True)
    page.get_by_role("button", name="Send my answer").dblclick()  # a double tap
    page.wait_for_url("**/poll?m=saved")
    assert [a.value for a in _answers(env, pid)] == [0]
    assert page.get_by_text("The results are shown when the facilitator is ready.").is_visible()
    assert page.locator("#poll-results").count() == 0, "no results before the reveal"
    page.get_by_label("10 – Completely").check()
    with page.expect_navigation(url="**/poll?m=saved"):
        page.get_by_role("button", name="Change my answer").click()
    assert [a.value for a in _answers(env, pid)] == [10], "changed in place, still one"
    env.run(lambda: env.services.polls.reveal(pid))
    page.get_by_role("link", name="Refresh this page").click()
    results = page.locator("#poll-results")
    assert results.locator("li").count() == 11
    assert results.locator("li").last.inner_text().startswith("10")
    assert "1 answer" in results.locator("li").last.inner_text()
    assert _fits(page) and page.problems == []
    page.screenshot(path=str(artifacts / "phone-poll-scale-results-320x568.png"),
                    full_page=True)


def test_single_and_multiple_choice(browser, served, artifacts: Path) -> None:  # noqa: F811
    env, url = served
    base = url.split("/j/")[0]
    page = _phone(browser)
    _sign_in(page, url, "Ben")
    single = _make(env, "single", "Which evening suits you?", options=["Tuesday", "Thursday"])
    page.goto(base + "/poll")
    page.get_by_role("button", name="Send my answer").click()  # nothing chosen
    assert page.get_by_role("alert").inner_text() == "Please choose from the options."
    page.problems.clear()  # the browser logs the refusal's 400, which was the point
    page.get_by_label("Thursday").check()
    page.get_by_role("button", name="Send my answer").click()
    page.wait_for_url("**/poll?m=saved")
    assert [a.choices for a in _answers(env, single)] == [(1,)]
    multiple = _make(env, "multiple", "What would help you come?",
                     options=["Childcare", "Travel paid", "<i>Food</i>"])
    page.goto(base + "/poll")
    page.get_by_label("Childcare").check()
    page.get_by_label("<i>Food</i>").check()  # people's text, verbatim
    page.screenshot(path=str(artifacts / "phone-poll-multiple-320x568.png"), full_page=True)
    with page.expect_navigation(url="**/poll?m=saved"):
        page.get_by_role("button", name="Send my answer").click()
    assert [a.choices for a in _answers(env, multiple)] == [(0, 2)]
    assert page.get_by_label("<i>Food</i>").is_checked(), "the answer is shown back"
    assert _fits(page) and page.problems == []


def test_word_cloud_without_javascript(browser, served, artifacts: Path) -> None:  # noqa: F811
    env, url = served
    base = url.split("/j/")[0]
    pid = _make(env, "words", "One word for how today felt")
    page = _phone(browser, js=False)
    _sign_in(page, url, "Carys")
    page.goto(base + "/poll")
    page.get_by_label("Word 1").fill("Heard")
    page.get_by_label("Word 3").fill("tired")
    page.get_by_role("button", name="Send my answer").click()
    page.wait_for_url("**/poll?m=saved")
    assert [a.words for a in _answers(env, pid)] == [("Heard", "tired")]
    other = _phone(browser)
    _sign_in(other, url, "Dev")
    other.goto(base + "/poll")
    other.get_by_label("Word 1").fill("heard")
    other.get_by_role("button", name="Send my answer").click()
    other.wait_for_url("**/poll?m=saved")
    env.run(lambda: env.services.polls.reveal(pid))
    page.goto(base + "/poll")
    first = page.locator("#poll-results li").first.inner_text()
    assert first.startswith("Heard") and "2 answers" in first, first
    page.screenshot(path=str(artifacts / "phone-poll-words-320x568.png"), full_page=True)


def test_axe_finds_nothing_on_the_poll_page(browser, served) -> None:  # noqa: F811
    env, url = served
    page = _phone(browser, bypass_csp=True)  # only so the test can inject axe
    _sign_in(page, url, "Axe")
    for kind, extra in ((PollKind.SCALE, {}), (PollKind.MULTIPLE, {"options": ["A", "B"]}),
                        (PollKind.WORDS, {})):
        pid = _make(env, kind.value, f"A {kind.value} poll", **extra)
        env.run(lambda pid=pid: env.services.polls.reveal(pid))
        page.goto(url.split("/j/")[0] + "/poll")
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
        found = page.evaluate("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa']})"
                              ".then(r => r.violations.map(v => [v.id, v.nodes.length]))")
        assert found == [], (kind, json.dumps(found))
