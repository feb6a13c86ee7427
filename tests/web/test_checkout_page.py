"""The phone's check-out page asks its questions only once the check-out has begun: before, it
says plainly when it will open, with no form whose answers would only be refused."""

from __future__ import annotations

from tests.web.phone_helpers import PhoneEnv, csrf_of


def test_before_it_begins_the_page_says_so_and_has_no_form(phone_env: PhoneEnv) -> None:
    services, sid = phone_env.services, phone_env.session_id
    phone = phone_env.signed_in("Priya")
    early = phone.get("/checkout")
    assert early.status_code == 200
    assert "The check-out opens near the end of the session. It will show on your page then." \
        in early.text
    assert 'action="/checkout"' not in early.text and 'name="listened"' not in early.text
    assert 'href="/home"' in early.text  # the way back
    # A post from a page drawn before (or typed in) is refused with the answers kept.
    refused = phone.post("/checkout", data={"csrf": csrf_of(phone.get("/home").text),
                                            "listened": "2"})
    assert refused.status_code == 400 and 'name="listened" value="2" checked' in refused.text
    phone_env.run(lambda: services.checkout.add_to_agenda(sid))
    phone_env.run(lambda: services.runner.start(sid))  # the check-out is the activity now
    begun = phone.get("/checkout").text
    assert 'action="/checkout"' in begun and 'name="listened"' in begun
    assert "opens near the end" not in begun
    done = phone.post("/checkout", data={"csrf": csrf_of(begun), "listened": "2"})
    assert done.status_code == 303
