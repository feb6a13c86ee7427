"""The "about you" page is one form with one button: choices, counted answers and "keep me for
next time" are saved together, and a refusal shows everything typed and chosen again."""

from __future__ import annotations

import re

from coprod_desktop.store.phone_reader import PhoneReader
from coprod_desktop.store.programme_reader import ProgrammeReader
from tests.web.phone_helpers import PhoneEnv, csrf_of


def _joined(env: PhoneEnv, name: str):
    client = env.client()
    page = client.get(f"/j/{env.token}")
    assert client.post(f"/j/{env.token}", data={"csrf": csrf_of(page.text), "name": name,
                                                "name_in_handouts": "no"}).status_code == 303
    return client


def _tally(env: PhoneEnv) -> dict[str, dict[str, int]]:
    return env.run(lambda: PhoneReader(env.services.file.db).equalities_tally())


def _person(env: PhoneEnv, name: str):
    return next(p for p in env.run(env.services.read.attendees) if p.name == name)


def _kept(env: PhoneEnv) -> list[int]:
    return env.run(lambda: list(ProgrammeReader(env.services.file.db).kept_for_next()))


def test_the_page_has_one_form_and_one_button(phone_env: PhoneEnv) -> None:
    client = _joined(phone_env, "Ola")
    page = client.get("/about-you").text
    main = page[page.index("<main"):]
    assert len(re.findall(r"<form\b", main)) == 1, "every part of the page is in one form"
    assert len(re.findall(r'<button type="submit"', main)) == 1
    assert 'action="/about-you"' in main
    for name in ('name="access_needs"', 'name="contact_details"', 'name="age"', 'name="keep"'):
        assert name in main, name


def test_a_refusal_keeps_everything_typed_and_chosen_and_saves_nothing(phone_env: PhoneEnv
                                                                       ) -> None:
    client = _joined(phone_env, "Ola")
    csrf = csrf_of(client.get("/about-you").text)
    data = {"csrf": csrf, "group": "parent_carer", "photos": "yes", "words": "anonymous",
            "contact": "yes", "contact_details": "", "access_needs": "A quiet corner, please",
            "age": "35_49", "carer": "yes", "keep": "yes"}
    refused = client.post("/about-you", data=data)
    assert refused.status_code == 400
    text = refused.text
    assert "phone number or email" in text and "A quiet corner, please" in text
    assert 'name="age" value="35_49" checked' in text
    assert 'name="carer" value="yes" checked' in text
    assert 'name="keep" value="yes" checked' in text
    assert 'name="group" value="parent_carer" checked' in text
    # Nothing was saved: no answers counted, not kept, no access needs.
    assert _tally(phone_env) == {} and _kept(phone_env) == []
    assert _person(phone_env, "Ola").access_needs == ""
    # Given the contact details, one press saves all three parts together.
    done = client.post("/about-you", data={**data, "contact_details": "07700 900123",
                                           "csrf": csrf_of(text)})
    assert done.status_code == 303 and done.headers["location"] == "/home?m=thanks"
    person = _person(phone_env, "Ola")
    assert person.access_needs == "A quiet corner, please"
    assert person.contact_details == "07700 900123" and person.consent.contact
    assert _tally(phone_env) == {"age": {"35_49": 1}, "carer": {"yes": 1}}
    assert _kept(phone_env) == [person.id]
    again = client.get("/about-you").text
    assert "already answered these questions today" in again and 'name="age"' not in again


def test_choices_without_answers_leave_the_questions_for_later(phone_env: PhoneEnv) -> None:
    client = _joined(phone_env, "Ola")
    csrf = csrf_of(client.get("/about-you").text)
    done = client.post("/about-you", data={"csrf": csrf, "group": "staff", "contact": "no",
                                           "access_needs": "Step-free access", "keep": "no"})
    assert done.status_code == 303 and done.headers["location"] == "/home?m=about"
    assert "Your choices are saved" in client.get("/home?m=about").text
    assert _person(phone_env, "Ola").access_needs == "Step-free access"
    assert _tally(phone_env) == {}
    assert 'name="age"' in client.get("/about-you").text  # still there to answer later


def test_a_phone_no_longer_signed_in_is_shown_what_it_typed(phone_env: PhoneEnv) -> None:
    client = _joined(phone_env, "Ola")
    csrf = csrf_of(client.get("/about-you").text)
    assert client.post("/leave", data={"csrf": csrf_of(client.get("/home").text)}
                       ).status_code in (200, 303)
    refused = client.post("/about-you", data={"csrf": csrf, "group": "staff",
                                              "contact_details": "ola@example.org",
                                              "access_needs": "Large print"})
    assert refused.status_code == 403
    assert "Large print" in refused.text and "ola@example.org" in refused.text
