"""The phone sign-in page's privacy notice and payment question in a real phone browser (Debian's
Chromium on a phone-sized screen): readable, accessible (axe-core), answered, and screenshotted."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.privacy import PrivacyNotice
from coprod_desktop.store.people_reader import PeopleReader
from tests.e2e.test_phone_browser import AXE, CHROMIUM, _fits, _page, browser  # noqa: F401
from tests.web.phone_helpers import PhoneEnv, make_env

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed "
                       "(scripts/system-deps.sh test installs it)"),
]


@pytest.fixture
def served(programme_path: Path, clock: FakeClock) -> Iterator[tuple[PhoneEnv, str]]:
    for env in make_env(programme_path, clock):
        def setup(services=env.services) -> None:
            services.programme.update_programme(title="Ashbrook SEND forum",
                                                organisation="Ashbrook Parent Carer Forum")
            services.privacy.set_notice(PrivacyNotice(
                contact="Ask Dee, our data lead, on 01632 960123 or dee@ashbrook-pcf.org.uk"))
            services.privacy.set_retention("2027-07-31")
            services.payments.set_rate("20")

        env.run(setup)
        env.web.server.start("127.0.0.1", 0)
        yield env, env.web.join_url("127.0.0.1", env.token)


def test_privacy_notice_and_payment_question(browser, served, artifacts: Path) -> None:  # noqa: F811
    env, url = served
    page = _page(browser)
    page.goto(url)
    notice = page.get_by_role("region", name="Your information")
    assert "Ashbrook Parent Carer Forum" in notice.inner_text()
    assert "Until 31 July 2027" in notice.inner_text()
    assert "dee@ashbrook-pcf.org.uk" in notice.inner_text()
    assert _fits(page)
    page.screenshot(path=str(artifacts / "people-phone-privacy-notice.png"), full_page=True)
    page.get_by_label("Your name or nickname").fill("Efua")
    page.get_by_role("button", name="Join").click()
    page.wait_for_url("**/home?m=welcome")
    page.goto(url.split("/j/")[0] + "/about-you")
    page.get_by_label("Parent or carer").check()
    page.get_by_label("Yes, please pay me").check()
    page.get_by_role("button", name="Save and go to the session").click()
    page.wait_for_url("**/home?m=about")
    person = env.run(env.services.read.attendees)[0]
    assert person.consent.paid
    history = env.run(lambda: PeopleReader(env.services.file.db).consent_history(person.id))
    assert {e.via.value for e in history} == {"phone"}
    assert [e.value for e in history if e.choice == "paid"] == ["no", "yes"]
    assert page.problems == []


def test_axe_on_the_sign_in_page_with_notice_and_payment(browser, served) -> None:  # noqa: F811
    _env, url = served
    page = _page(browser, bypass_csp=True)  # only so the test can inject axe
    page.goto(url)
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa']})"
                          ".then(r => r.violations.map(v => [v.id, v.nodes.length]))")
    assert found == [], json.dumps(found)
