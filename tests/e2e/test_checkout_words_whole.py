"""The check-out's answers on a 360×740 phone in English, Polish and Arabic: every answer word is
whole on one line (review rev1 item 14: Polish "Częściowo" was broken into "Części / owo"), the
page is no wider than the screen, and each question sits inside its card."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.test_phone_browser import CHROMIUM, _fits, browser, served  # noqa: F401

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed "
                       "(scripts/system-deps.sh test installs it)"),
]
PHONE = {"width": 360, "height": 740}
# Each language's words for Yes, Partly and No, as a reader of that language expects them.
ANSWERS = {"en-GB": ["Yes", "Partly", "No"], "pl": ["Tak", "Częściowo", "Nie"],
           "ar": ["نعم", "إلى حدٍّ ما", "لا"]}

# For every answer label, each word of its text and how many line boxes that word is drawn in.
WORD_LINES = """() => [...document.querySelectorAll('fieldset .choice')].map(label => {
  const words = [];
  for (const node of label.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    for (const m of node.textContent.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      words.push([m[0], range.getClientRects().length]);
    }
  }
  return words;
})"""

# How far below the top of its grey card each question's legend starts (a fieldset draws its
# legend across its top edge, half out of the card: the card's box then starts at the legend).
LEGEND_INSIDE_CARD = """() => [...document.querySelectorAll('fieldset.card')].map(card =>
  card.querySelector('legend').getBoundingClientRect().top - card.getBoundingClientRect().top)"""


@pytest.mark.parametrize("language", list(ANSWERS))
def test_checkout_answers_keep_their_words_whole(browser, served, artifacts: Path,  # noqa: F811
                                                 language: str) -> None:
    env, url = served
    env.run(lambda: env.services.checkout.add_to_agenda(env.session_id))
    env.run(lambda: env.services.runner.start(env.session_id))  # the check-out is running
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True,
                                  locale=language,
                                  extra_http_headers={"Accept-Language": language})
    page = context.new_page()
    page.goto(url)
    page.locator("input[name=name]").fill("Ola")
    page.locator("form:has(input[name=name]) button[type=submit]").click()
    page.wait_for_url("**/home?m=welcome")
    page.goto(url.split("/j/")[0] + "/checkout")
    page.screenshot(path=str(artifacts / f"phone-checkout-360-{language}.png"), full_page=True)
    per_label = page.evaluate(WORD_LINES)
    assert len(per_label) == 4 * 3  # four questions, three answers each
    assert [" ".join(word for word, _lines in words) for words in per_label[:3]] == \
        ANSWERS[language]
    broken = [word for words in per_label for word, lines in words if lines != 1]
    assert broken == [], broken
    assert _fits(page)
    assert min(page.evaluate(LEGEND_INSIDE_CARD)) >= 8  # each question inside its card's padding
    context.close()
