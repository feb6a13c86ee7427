"""The phone sign-in page's people parts: the payment question (only when the programme pays) and
the first answers going into the person's consent history."""

from __future__ import annotations

from coprod_desktop.domain.consent_history import HeardVia
from coprod_desktop.domain.privacy import PrivacyNotice
from coprod_desktop.store.people_reader import PeopleReader
from tests.web.phone_helpers import PhoneEnv, csrf_of
from tests.web.test_join_routes import parse


def test_payment_question_only_when_the_programme_pays(phone_env: PhoneEnv) -> None:
    client = phone_env.signed_in("Femi")
    assert "paid for your time" not in client.get("/about-you").text
    phone_env.run(lambda: phone_env.services.payments.set_rate("17.50"))
    page = client.get("/about-you")
    assert "Would you like to be paid for your time?" in page.text
    assert "We pay £17.50 an hour" in page.text
    response = client.post("/about-you/choices", data={
        "csrf": csrf_of(page.text), "group": "parent_carer", "paid": "yes"})
    assert response.status_code == 303
    person = phone_env.run(phone_env.services.read.attendees)[0]
    assert person.consent.paid
    history = phone_env.run(lambda: PeopleReader(phone_env.services.file.db)
                            .consent_history(person.id))
    paid = [e for e in history if e.choice == "paid"]
    # Asked first on joining (every choice, all "no"), then "yes" to pay on "about you".
    assert len(paid) == 2 and [e.value for e in paid] == ["no", "yes"]
    assert paid[1].via is HeardVia.PHONE


def test_sign_in_page_shows_the_organisations_privacy_notice(phone_env: PhoneEnv) -> None:
    client = phone_env.client()
    page = client.get(f"/j/{phone_env.token}")
    assert "Your information" in page.text and "Who holds it" in page.text
    assert "Until the programme ends" in page.text  # the standard words, no date set yet
    services = phone_env.services

    def edit() -> None:
        services.privacy.set_notice(PrivacyNotice(
            holder="Ashbrook Parent <Carer> Forum", contact="Ring Dee on 01632 960123"))
        services.privacy.set_retention("2027-06-30")

    phone_env.run(edit)
    page = client.get(f"/j/{phone_env.token}")
    assert "Ashbrook Parent &lt;Carer&gt; Forum" in page.text  # escaped, never markup
    assert "Until 30 June 2027" in page.text and "Ring Dee on 01632 960123" in page.text
    fields = parse(page.text)
    assert fields.unlabelled() == [] and not fields.inline_style


def test_returning_phone_sees_the_notice_too(phone_env: PhoneEnv) -> None:
    client = phone_env.signed_in("Priya")
    services, sid = phone_env.services, phone_env.session_id
    priya = phone_env.run(services.read.attendees)[0].id
    phone_env.run(lambda: services.people.sign_out_attendee(sid, priya))
    page = client.get(f"/j/{phone_env.token}")
    assert "Welcome back" in page.text and "Your information" in page.text


def test_the_notice_headings_follow_the_phones_language(phone_env: PhoneEnv) -> None:
    client = phone_env.client()
    contact = "Ask Dee, our data lead, on 01632 960123"
    phone_env.run(lambda: phone_env.services.privacy.set_notice(PrivacyNotice(contact=contact)))
    page = client.get(f"/j/{phone_env.token}", headers={"accept-language": "pl-PL,pl;q=0.9"})
    assert "Twoje dane" in page.text and "Kto je przechowuje" in page.text
    # The organisation's own words are shown as written; the standard words are translated.
    assert contact in page.text and "Do końca programu." in page.text
    assert "Until the programme ends" not in page.text
