"""The phone's "You said, we did" page in Debian's Chromium at 412×839: it fits the screen,
axe-core finds nothing, and a screenshot is saved to artifacts/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coprod_desktop.domain.outcomes import SourceKind
from tests.e2e.test_phone_browser import AXE, CHROMIUM, _fits, _page, _sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed "
                       "(scripts/system-deps.sh test installs it)"),
]


def _outcomes(env) -> None:
    def make() -> None:
        s, sid = env.services, env.session_id
        for text, status, fields in (
                ("A quiet room to wait in", "done", {"what_happened": "Room 4 is kept quiet."}),
                ("Evening meetings, not daytime", "cant", {"reason": (
                    "The building closes at six and we have no other room free yet.")}),
                ("Help with school transport forms", "passed",
                 {"passed_to": "The council's travel assistance team"})):
            note = s.notes.add_note(sid, text).new_id
            oid = s.outcomes.come_back_to(SourceKind.NOTE, note).new_id
            s.outcomes.set_outcome(oid, status, **fields)
    env.run(make)


def test_said_did_page_reads_well_on_a_phone(browser, served, artifacts: Path) -> None:
    env, url = served
    _outcomes(env)
    page = _page(browser, bypass_csp=True)  # only so the test can inject axe
    _sign_in(page, url, "Phone reader")
    home = url.split("/j/")[0] + "/home"
    page.goto(home)
    page.get_by_role("link", name="See what became of what people said").click()
    page.wait_for_url("**/said")
    assert page.get_by_role("heading", name="Since last time").is_visible()
    assert page.get_by_text("The building closes at six").count() == 2  # since last time, and why
    assert page.get_by_text("The building closes at six").first.is_visible()
    assert _fits(page)
    page.screenshot(path=str(artifacts / "phone-said-did.png"), full_page=True)
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa']})"
                          ".then(r => r.violations.map(v => [v.id, v.nodes.length]))")
    assert found == [], json.dumps(found)
    assert page.problems == []
