"""Joining from a phone, in process: links, sign-in, bad input, CSRF, cookies, escaping."""

from __future__ import annotations

from html.parser import HTMLParser

from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.records import WordsUse
from coprod_desktop.web.security import PHONE_COOKIE
from tests.web.phone_helpers import PhoneEnv, csrf_of


class _Fields(HTMLParser):
    """Collect form controls and the labels that name them."""

    def __init__(self) -> None:
        super().__init__()
        self.controls: list[dict[str, str | None]] = []
        self.label_for: set[str] = set()
        self._label_depth = 0
        self.inline_script = self.inline_style = False
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if "style" in a:
            self.inline_style = True
        if tag == "style":
            self.inline_style = True
        if tag == "script":
            self._in_script = True
            if not a.get("src"):
                self.inline_script = True
        if tag == "label":
            self._label_depth += 1
            if a.get("for"):
                self.label_for.add(str(a["for"]))
        if tag in ("input", "textarea", "select") and a.get("type") != "hidden":
            self.controls.append({**a, "wrapped": "yes" if self._label_depth else None})

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self._label_depth -= 1
        if tag == "script":
            self._in_script = False

    def unlabelled(self) -> list[str]:
        return [str(c.get("name")) for c in self.controls
                if not c["wrapped"] and c.get("id") not in self.label_for]


def parse(html: str) -> _Fields:
    fields = _Fields()
    fields.feed(html)
    return fields


def test_join_page_labels_every_field_and_sets_a_safe_cookie(phone_env: PhoneEnv) -> None:
    client = phone_env.client()
    page = client.get(f"/j/{phone_env.token}")
    assert page.status_code == 200
    assert "Discovery workshop" in page.text and "Your name or nickname" in page.text
    fields = parse(page.text)
    # One screen: a name and the one choice needed now (two radio buttons), then Join.
    assert len(fields.controls) == 3 and fields.unlabelled() == []
    assert "Can we take photos" not in page.text
    assert not fields.inline_script and not fields.inline_style
    cookie = page.headers["set-cookie"]
    assert cookie.startswith(f"{PHONE_COOKIE}=") and "HttpOnly" in cookie
    assert "SameSite=lax" in cookie or "SameSite=Lax" in cookie
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp and "unsafe-inline" not in csp
    assert "default-src 'none'" in csp and page.headers["referrer-policy"] == "no-referrer"
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["cache-control"] == "no-store"


def test_sign_in_saves_the_person_and_their_choices(phone_env: PhoneEnv) -> None:
    client = phone_env.client()
    page = client.get(f"/j/{phone_env.token}")
    response = client.post(f"/j/{phone_env.token}", data={
        "csrf": csrf_of(page.text), "name": "Priya", "name_in_handouts": "yes"})
    assert response.status_code == 303 and response.headers["location"] == "/home?m=welcome"
    people = phone_env.run(phone_env.services.read.attendees)
    assert [p.name for p in people] == ["Priya"] and people[0].consent.name_in_handouts
    assert not people[0].consent.photos and people[0].group is Group.OTHER
    home = client.get("/home?m=welcome")
    assert 'href="/about-you"' in home.text
    about = client.get("/about-you")
    saved = client.post("/about-you/choices", data={
        "csrf": csrf_of(about.text), "group": "parent_carer", "photos": "yes",
        "words": "named", "contact": "yes", "contact_details": "priya@example.org",
        "access_needs": "Hearing loop"})
    assert saved.status_code == 303
    person = phone_env.run(phone_env.services.read.attendees)[0]
    assert person.group is Group.PARENT_CARER
    assert person.consent.photos and person.consent.name_in_handouts
    assert person.consent.words == WordsUse.NAMED and person.consent.contact
    assert person.contact_details == "priya@example.org" and person.access_needs == "Hearing loop"
    # The same phone going back to the link is taken straight to its home page.
    again = client.get(f"/j/{phone_env.token}")
    assert again.status_code == 303 and again.headers["location"] == "/home"
    assert client.get("/home").status_code == 200


def test_bad_and_rotated_links(phone_env: PhoneEnv) -> None:
    client = phone_env.client()
    bad = client.get("/j/not-the-right-token-at-all")
    assert bad.status_code == 404 and "scan the code" in bad.text
    assert "Traceback" not in bad.text
    old = phone_env.token
    member = phone_env.signed_in("Kai", "young_person")
    phone_env.run(lambda: phone_env.services.phones.rotate_link(phone_env.session_id))
    assert client.get(f"/j/{old}").status_code == 404
    page = client.get(f"/j/{phone_env.token}")
    assert page.status_code == 200
    late = client.post(f"/j/{old}", data={"csrf": csrf_of(page.text), "name": "Late",
                                          "group": "staff"})
    assert late.status_code == 404
    assert member.get("/home").status_code == 200  # already in: still in


def test_closed_sign_in(phone_env: PhoneEnv) -> None:
    client = phone_env.signed_in()
    token = phone_env.token
    phone_env.run(lambda: phone_env.services.phones.close_sign_in(phone_env.session_id))
    late = phone_env.client()
    page = late.get(f"/j/{token}")
    assert page.status_code == 403 and "<h1>Sign-in is closed just now</h1>" in page.text
    assert "This link is not working" not in page.text
    assert "Discovery workshop" in page.text  # the session it is for
    assert f'<a class="button" href="/j/{token}">Try again</a>' in page.text
    assert 'name="name"' not in page.text  # nothing to fill in until it opens again
    # A form sent just after sign-in closed comes back with the name and the choice kept.
    phone_env.run(lambda: phone_env.services.phones.open_sign_in(phone_env.session_id))
    csrf = csrf_of(late.get(f"/j/{token}").text)
    phone_env.run(lambda: phone_env.services.phones.close_sign_in(phone_env.session_id))
    refused = late.post(f"/j/{token}", data={"csrf": csrf, "name": "Late Lola",
                                            "name_in_handouts": "yes"})
    assert refused.status_code == 403 and "Sign-in is closed just now" in refused.text
    assert 'value="Late Lola"' in refused.text
    assert 'name="name_in_handouts" value="yes" checked' in refused.text
    assert [p.name for p in phone_env.run(phone_env.services.read.attendees)] == ["Priya"]
    # Closing sign-in stops new arrivals only: people already in keep their pages.
    assert client.get("/home").status_code == 200
    phone_env.run(lambda: phone_env.services.phones.end_for_phones(phone_env.session_id))
    assert client.get("/home").status_code == 403


def test_bad_input_is_explained_and_nothing_typed_is_lost(phone_env: PhoneEnv) -> None:
    client = phone_env.client()
    token = phone_env.token
    csrf = csrf_of(client.get(f"/j/{token}").text)
    for name, expected in (("", "empty"), ("B" * 61, "the most is 60"),
                           ("Bo\x00", "cannot be saved")):
        response = client.post(f"/j/{token}", data={"csrf": csrf, "name": name,
                                                    "name_in_handouts": "yes"})
        assert response.status_code == 400, name
        assert expected in response.text and 'value="yes" checked' in response.text, name
    assert phone_env.run(phone_env.services.read.attendees) == []
    # The "about you" step: a refusal shows the page again with everything typed still there.
    member = phone_env.signed_in("Bo", "staff")
    csrf = csrf_of(member.get("/about-you").text)
    for data, expected in (({"group": "martians"}, "Please choose a group"),
                           ({"group": "staff", "contact": "yes"}, "phone number or email")):
        data = {"csrf": csrf, "access_needs": "Kept: step-free access", **data}
        response = member.post("/about-you/choices", data=data)
        assert response.status_code == 400, data
        assert expected in response.text and "Kept: step-free access" in response.text, data


def test_csrf_is_required_and_tied_to_the_phone(phone_env: PhoneEnv) -> None:
    token = phone_env.token
    alice = phone_env.client()
    alice_csrf = csrf_of(alice.get(f"/j/{token}").text)
    mallory = phone_env.client()
    mallory.get(f"/j/{token}")
    data = {"name": "Bo", "group": "staff"}
    assert alice.post(f"/j/{token}", data=data).status_code == 403
    assert alice.post(f"/j/{token}", data={**data, "csrf": "0" * 40}).status_code == 403
    assert mallory.post(f"/j/{token}", data={**data, "csrf": alice_csrf}).status_code == 403
    no_cookie = phone_env.client()
    refused = no_cookie.post(f"/j/{token}", data={**data, "csrf": alice_csrf})
    assert refused.status_code == 403 and "normal browser" in refused.text
    assert phone_env.run(phone_env.services.read.attendees) == []


def test_names_are_escaped_everywhere(phone_env: PhoneEnv) -> None:
    evil = "<script>alert(1)</script>"
    client = phone_env.signed_in(name=evil)
    home = client.get("/home")
    assert evil not in home.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in home.text
    # ...and stored exactly as typed.
    assert [p.name for p in phone_env.run(phone_env.services.read.attendees)] == [evil]
    welcome = client.post("/leave", data={"csrf": csrf_of(home.text)})
    assert welcome.status_code == 200
    back = client.get(f"/j/{phone_env.token}")
    assert evil not in back.text and "Welcome back" in back.text


def test_returning_phone_signs_in_with_one_tap(phone_env: PhoneEnv) -> None:
    client = phone_env.signed_in("Sam", "staff")
    client.post("/leave", data={"csrf": csrf_of(client.get("/home").text)})
    page = client.get(f"/j/{phone_env.token}")
    assert "Welcome back, <span dir=\"auto\" class=\"user-text\">Sam</span>" in page.text
    response = client.post(f"/j/{phone_env.token}/again", data={"csrf": csrf_of(page.text)})
    assert response.status_code == 303 and response.headers["location"] == "/home?m=welcome"
    assert len(phone_env.run(phone_env.services.read.attendees)) == 1
    assert "You are signed in" in client.get("/home?m=welcome").text
    # Someone else on the same phone gets the empty form.
    assert "Your name or nickname" in client.get(f"/j/{phone_env.token}?new=1").text


def test_about_you_counts_answers_and_can_be_skipped(phone_env: PhoneEnv) -> None:
    client = phone_env.signed_in()
    page = client.get("/about-you")
    assert page.status_code == 200 and 'href="/home"' in page.text and parse(page.text).unlabelled() == []
    bad = client.post("/about-you", data={"csrf": csrf_of(page.text), "age": "999"})
    assert bad.status_code == 400 and "Please pick one" in bad.text
    done = client.post("/about-you", data={"csrf": csrf_of(page.text), "age": "35_49",
                                           "carer": "yes", "gender": ""})
    assert done.status_code == 303
    from coprod_desktop.store.phone_reader import PhoneReader

    tally = phone_env.run(lambda: PhoneReader(phone_env.services.file.db).equalities_tally())
    assert tally == {"age": {"35_49": 1}, "carer": {"yes": 1}}
    again = client.post("/about-you", data={"csrf": csrf_of(page.text), "age": "35_49"})
    assert again.status_code == 400 and "already answered" in again.text
    assert phone_env.client().get("/about-you").status_code == 403
