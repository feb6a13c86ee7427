"""The check-out in a real phone browser at 320×568: four questions, answered without a name, once
per phone for a session (a double tap counts once), without JavaScript too, and axe-core."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.test_phone_browser import AXE, _fits, _sign_in, browser, served  # noqa: F401
from tests.e2e.test_room_questions_browser import _phone


def _rows(env) -> list[dict]:
    return env.run(lambda: [dict(r) for r in env.services.file.db.query(
        "SELECT * FROM checkout_answer ORDER BY id")])


def test_checkout_from_a_phone_keeps_no_name(browser, served, artifacts: Path) -> None:  # noqa: F811
    env, url = served
    base = url.split("/j/")[0]
    env.run(lambda: env.services.checkout.add_to_agenda(env.session_id))
    page = _phone(browser)
    _sign_in(page, url, "Asha")
    page.goto(base + "/home")
    assert page.locator("#checkout-card").is_hidden()  # not until the check-out runs
    env.run(lambda: env.services.runner.start(env.session_id))  # the check-out is the activity
    # The home page follows without a refresh.
    page.locator("#checkout-card").wait_for(state="visible", timeout=15_000)
    page.get_by_role("link", name="Do the check-out").click()
    page.wait_for_url("**/checkout")
    page.get_by_role("group", name="I felt listened to").get_by_label("Yes").check()
    page.get_by_role("group", name="I would come again").get_by_label("Partly").check()
    page.screenshot(path=str(artifacts / "phone-checkout-320x568.png"), full_page=True)
    assert _fits(page)
    page.get_by_role("button", name="Send my check-out").dblclick()  # a double tap
    page.wait_for_url("**/checkout?m=done")
    assert page.get_by_text("Thank you. You have done the check-out for this session.")\
        .is_visible()
    rows = _rows(env)
    assert [(r["listened"], r["could_say"], r["come_again"], r["via"]) for r in rows] == [
        (2, None, 1, "phone")]
    assert "Asha" not in json.dumps(rows) and "attendee_id" not in rows[0]
    page.goto(base + "/checkout")  # once per session from this phone
    assert page.get_by_role("button", name="Send my check-out").count() == 0
    assert page.problems == []


def test_checkout_without_javascript_and_nothing_chosen(browser, served) -> None:  # noqa: F811
    env, url = served
    page = _phone(browser, js=False)
    _sign_in(page, url, "Ben")
    page.goto(url.split("/j/")[0] + "/checkout")  # typed in before the check-out has begun
    assert page.get_by_text("The check-out opens near the end of the session").is_visible()
    assert page.get_by_role("button", name="Send my check-out").count() == 0  # nothing to lose
    assert _rows(env) == []
    env.run(lambda: env.services.checkout.add_to_agenda(env.session_id))
    env.run(lambda: env.services.runner.start(env.session_id))  # the check-out is the activity
    page.goto(url.split("/j/")[0] + "/checkout")
    page.get_by_role("button", name="Send my check-out").click()
    assert page.get_by_role("alert").inner_text() == "Please answer at least one question."
    page.get_by_role("group", name="I understood the words people used").get_by_label("No")\
        .check()
    page.get_by_role("button", name="Send my check-out").click()
    page.wait_for_url("**/checkout?m=done")
    assert [r["understood"] for r in _rows(env)] == [0]


def test_axe_finds_nothing_on_the_checkout_page(browser, served) -> None:  # noqa: F811
    _env, url = served
    page = _phone(browser, bypass_csp=True)  # only so the test can inject axe
    _sign_in(page, url, "Axe")
    _env.run(lambda: _env.services.checkout.add_to_agenda(_env.session_id))
    _env.run(lambda: _env.services.runner.start(_env.session_id))  # the questions are shown
    page.goto(url.split("/j/")[0] + "/checkout")
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa']})"
                          ".then(r => r.violations.map(v => [v.id, v.nodes.length]))")
    assert found == [], json.dumps(found)
