"""The page for a form this browser's token does not match (it lost its cookie, a private tab, a
QR app's own viewer): plain words, no "cookie", the way back, and what was typed given back."""

from __future__ import annotations

from tests.web.phone_helpers import PhoneEnv, csrf_of


def test_a_refused_sign_in_says_how_to_open_the_link_and_leads_back(phone_env: PhoneEnv
                                                                     ) -> None:
    token = phone_env.token
    stranger = phone_env.client()  # never fetched the page: no cookie, no token of its own
    for language in ("en-GB", "pl", "ar"):
        refused = stranger.post(f"/j/{token}", data={"csrf": "0" * 40, "name": "Zofia K."},
                                headers={"Accept-Language": language})
        assert refused.status_code == 403, language
        assert "cookie" not in refused.text.lower() and "ciasteczk" not in refused.text.lower()
        assert f'href="/j/{token}"' in refused.text, language
        assert 'id="kept"' in refused.text and "Zofia K.</textarea>" in refused.text, language
    en = stranger.post(f"/j/{token}", data={"csrf": "0" * 40, "name": "Zofia"}).text
    assert "normal browser" in en and "private tab" in en and "Try again" in en
    assert phone_env.run(phone_env.services.read.attendees) == []


def test_a_refused_note_gives_the_text_back(phone_env: PhoneEnv) -> None:
    phone_env.run(lambda: phone_env.services.phones.set_notes_open(phone_env.session_id, True))
    phone = phone_env.signed_in()
    csrf = csrf_of(phone.get("/home").text)
    other = phone_env.signed_in("Bo", address="10.0.0.2")
    note = "We waited 18 months\nfor an assessment"
    refused = other.post("/note", data={"csrf": csrf, "text": note})  # another phone's token
    assert refused.status_code == 403
    text = refused.text
    assert "cookie" not in text.lower() and "reload the page" in text
    assert "We waited 18 months\nfor an assessment</textarea>" in text
    assert 'href="/home"' in text
    assert phone_env.notes() == []
    asked = other.post("/question", data={"csrf": "bad", "question": "What is a SENCo?"})
    assert asked.status_code == 403 and "What is a SENCo?</textarea>" in asked.text
