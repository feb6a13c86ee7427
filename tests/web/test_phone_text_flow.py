"""People's words on the phone pages flow as text: a name inside a button stays one line of words
with its space, and people's own text is laid out by its own direction (dir="auto")."""

from __future__ import annotations

import re

from tests.web.phone_helpers import PhoneEnv, csrf_of


def test_sign_in_as_name_is_one_run_of_text_in_the_button(phone_env: PhoneEnv) -> None:
    client = phone_env.signed_in("Priya")
    client.post("/leave", data={"csrf": csrf_of(client.get("/home").text)})
    for language in ("en-GB", "ar"):
        page = client.get(f"/j/{phone_env.token}", headers={"Accept-Language": language}).text
        button = re.search(r'<button type="submit">(.*?)</button>', page, re.S)
        assert button, language
        inside = button.group(1)
        # The button (display:inline-flex) has exactly one child box: the words and the name
        # inside it are inline text, so the space before the name is kept and the line wraps.
        assert inside.startswith('<span class="button-text">') and inside.endswith("</span>")
        assert inside.count('<span class="button-text">') == 1
        assert '<span dir="auto" class="user-text">Priya</span>' in inside
