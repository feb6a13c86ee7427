"""The phone sign-in page's people parts: the payment question (only when the programme pays) and
the first answers going into the person's consent history."""

from __future__ import annotations

from coprod_desktop.domain.consent_history import ConsentKind, HeardVia
from coprod_desktop.store.people_reader import PeopleReader
from tests.web.phone_helpers import PhoneEnv, csrf_of


def test_payment_question_only_when_the_programme_pays(phone_env: PhoneEnv) -> None:
    client = phone_env.client()
    assert "paid for your time" not in client.get(f"/j/{phone_env.token}").text
    phone_env.run(lambda: phone_env.services.payments.set_rate("17.50"))
    page = client.get(f"/j/{phone_env.token}")
    assert "Would you like to be paid for your time?" in page.text
    assert "We pay £17.50 an hour" in page.text
    response = client.post(f"/j/{phone_env.token}", data={
        "csrf": csrf_of(page.text), "name": "Femi", "group": "parent_carer", "paid": "yes"})
    assert response.status_code == 303
    person = phone_env.run(phone_env.services.read.attendees)[0]
    assert person.consent.paid
    history = phone_env.run(lambda: PeopleReader(phone_env.services.file.db)
                            .consent_history(person.id))
    paid = [e for e in history if e.choice == "paid"]
    assert len(history) == 5 and paid[0].value == "yes"
    assert paid[0].kind is ConsentKind.GIVEN and paid[0].via is HeardVia.PHONE
