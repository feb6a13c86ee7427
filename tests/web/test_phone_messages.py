"""Python-side phone text in Polish: the copied lists still match the code, messages with values
are data (a key and values) from the services down, and pages, errors and flashes come out in
Polish."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from coprod_desktop.domain import validate
from coprod_desktop.domain.equalities import QUESTIONS, clean_answers
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.limits import COLOURS
from coprod_desktop.domain.records import WordsUse
from coprod_desktop.services import Services
from coprod_desktop.web import phone_i18n, phone_messages
from tests.web.phone_helpers import PhoneEnv, csrf_of

ROOT = Path(__file__).resolve().parents[2] / "coprod_desktop"
POLISH = {"Accept-Language": "pl-PL,pl;q=0.9"}


def _strings(*folders: str) -> set[str]:
    """Every string literal in these packages, adjacent literals joined as Python joins them."""
    found: set[str] = set()
    for folder in folders:
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    found.add(node.value)
    return found


def test_copied_labels_match_the_domain() -> None:
    assert tuple(g.label for g in Group) == phone_messages.GROUP_LABELS
    assert tuple(w.label for w in WordsUse) == phone_messages.WORDS_LABELS
    assert tuple(phone_messages.COLOUR_NAMES) == COLOURS
    needed = {q.text for q in QUESTIONS} | {label for q in QUESTIONS for _, label in q.choices}
    assert needed <= set(phone_messages.EQUALITIES)


def test_copied_service_messages_and_field_names_are_still_in_the_code() -> None:
    code = _strings("services", "domain")
    missing = [m for m in phone_messages.SERVICE_MESSAGES + phone_messages.FIELD_NAMES
               + phone_messages.PRIVACY_STANDARD if m not in code]
    assert missing == []


def test_data_message_keys_are_keys_the_code_uses() -> None:
    code = _strings("services", "domain")
    assert [m for m in phone_messages.DATA_MESSAGES if m not in code] == []


def test_english_is_never_read_back() -> None:
    """A message with a value that reaches a phone as plain English (not as data) stays English:
    there is no pattern matching any more. As data, the same message is translated."""
    from coprod_desktop.domain.said import Said

    plain = "Your note is empty. Please write something."
    assert _pl(plain) == plain
    said = Said.of("%(what)s is empty. Please write something.", what="Your note")
    assert said == plain and _pl(said) == "Pole „Twoja notatka” jest puste. Wpisz coś."
    assert not hasattr(phone_messages, "PATTERNS")


def test_a_date_in_a_message_is_data_with_its_month_translated() -> None:
    from datetime import date

    from coprod_desktop.domain.said import Said

    said = Said.of("Until %(date)s. Then names and contact details are deleted; what was said is "
                   "kept without names.", date=date(2027, 3, 5))
    assert said.startswith("Until 5 March 2027.")
    assert _pl(said).startswith("Do 5 marca 2027.")


def _pl(text: str) -> str:
    return phone_i18n.translate("pl", text)


def _refused(call: Callable[[], object]) -> str:
    with pytest.raises(CoprodError) as caught:
        call()
    return caught.value.message


@pytest.mark.parametrize("what", phone_messages.FIELD_NAMES)
def test_text_checks_come_out_in_polish(what: str) -> None:
    empty = _refused(lambda: validate.text("  ", what, 10, field="x"))
    long = _refused(lambda: validate.text("x" * 2001, what, 2000, field="x"))
    odd = _refused(lambda: validate.text("a\x00b", what, 10, field="x"))
    name = _pl(what)
    assert name != what
    assert _pl(empty) == f"Pole „{name}” jest puste. Wpisz coś."
    assert _pl(long) == (f"Tekst w polu „{name}” jest za długi (liczba znaków: 2\u00a0001, a można "
                         "najwyżej 2\u00a0000). Skróć go – nic nie zostało ucięte.")
    assert _pl(odd) == f"W polu „{name}” jest znak, którego nie da się zapisać."
    assert phone_i18n.translate("en_GB", long) == long  # English is shown exactly as written


def test_vote_group_and_question_messages_come_out_in_polish(services: Services,
                                                             session_id: int) -> None:
    person = int(services.people.sign_in_attendee(session_id, name="Ewa",
                                                  group="parent_carer").new_id or 0)
    clusters = services.board.clusters
    first, second = (int(clusters.create_cluster(session_id, t).new_id or 0) for t in "AB")
    votes = services.board.votes
    round_id = int(votes.open_vote(session_id, dots_per_person=3, cap_per_item=1).new_id or 0)
    votes.cast_vote(round_id, first, voter_id=person, via="phone")
    messages = [
        _refused(lambda: votes.cast_vote(round_id, first, voter_id=person, via="phone")),
        _refused(lambda: votes.cast_vote(round_id, second, voter_id=person, dots=3,
                                         via="phone")),
        _refused(lambda: votes.cast_vote(round_id, 999, voter_id=person, via="phone")),
        _refused(lambda: Group.parse("bosses")),
        _refused(lambda: clean_answers({"age": "ancient"})),
    ]
    votes.cast_vote(round_id, second, voter_id=person, via="phone")
    third = int(clusters.create_cluster(session_id, "C").new_id or 0)
    votes.close_vote(round_id)
    all_used = int(votes.open_vote(session_id, dots_per_person=2).new_id or 0)
    votes.cast_vote(all_used, third, voter_id=person, via="phone", dots=2)
    messages.append(_refused(lambda: votes.cast_vote(all_used, first, voter_id=person,
                                                     via="phone")))
    assert [_pl(m) for m in messages] == [
        "Jedna osoba może postawić na jedną rzecz najwyżej tyle kropek: 1.",
        "Pozostało kropek: 2 (każda osoba ma ich 3).",
        "Tej pozycji nie ma w tym głosowaniu.",
        "Wybierz, do której grupy należysz na tym spotkaniu.",
        "Wybierz jedną z odpowiedzi na pytanie „Ile masz lat?”",
        "Wszystkie Twoje kropki są już rozdane (każda osoba ma ich 2). Zabierz jedną, żeby ją "
        "przenieść.",
    ]


@pytest.mark.parametrize(("organisation", "retention"), [("", None), ("Ashbrook PCF", "2027-07-31")])
def test_the_standard_privacy_notice_comes_out_in_polish(organisation: str,
                                                         retention: str | None) -> None:
    from datetime import date

    from coprod_desktop.domain.privacy import standard

    notice = standard(organisation, date.fromisoformat(retention) if retention else None)
    polish = [_pl(part) for part in (notice.holder, notice.why, notice.how_long, notice.contact)]
    assert polish[0].startswith(f"{organisation or 'Organizatorzy tego programu'}, na laptopie")
    assert polish[2].startswith("Do 31 lipca 2027." if retention else "Do końca programu.")
    assert all(p != e for p, e in zip(polish, (notice.holder, notice.why, notice.how_long,
                                               notice.contact), strict=True))


def test_unknown_messages_stay_as_written() -> None:
    assert _pl("Something nobody translated.") == "Something nobody translated."


ENGLISH_LEFT = re.compile(r">[^<>{}]*\b(the|your|you|and|of|is|are|with|please|this)\b[^<>{}]*<",
                          re.IGNORECASE)


def _english_left(html: str) -> list[str]:
    """Visible English words left in a Polish page (people's own text aside)."""
    body = html.split("<main", 1)[1]
    return [m.group(0) for m in ENGLISH_LEFT.finditer(body)]


def test_polish_sign_in_page_and_its_errors(phone_env: PhoneEnv) -> None:
    client = phone_env.client()
    client.headers.update(POLISH)
    page = client.get(f"/j/{phone_env.token}")
    assert '<html lang="pl">' in page.text and "Imię lub pseudonim" in page.text
    assert ">Dołącz<" in page.text
    # The privacy notice's standard words with a name in them reach the page as data.
    assert "na laptopie" in page.text and "on the facilitator's laptop" not in page.text
    assert _english_left(page.text) == []
    english = client.get(f"/j/{phone_env.token}", headers={"Accept-Language": "en-GB"})
    assert len(_english_left(english.text)) > 5  # the check does find English
    too_long = client.post(f"/j/{phone_env.token}", data={
        "csrf": csrf_of(page.text), "name": "E" * 61})
    assert too_long.status_code == 400
    assert "Tekst w polu „Imię lub pseudonim” jest za długi (liczba znaków: 61" in too_long.text
    missing = client.get("/no/such/page")
    assert missing.status_code == 404 and "Nie znaleziono strony" in missing.text
    assert "Wróć do spotkania" in missing.text
    bad_link = client.get("/j/" + "x" * 30)
    assert bad_link.status_code == 404 and "Ten link już nie działa." in bad_link.text
    # The "about you" step after joining, in Polish too.
    member = phone_env.signed_in("Ewa", "staff")
    member.headers.update(POLISH)
    about = member.get("/about-you").text
    assert "Rodzic lub opiekun" in about and "Udostępnij bez mojego imienia" in about
    assert "Tak, proszę zachować moje dane na następny raz" in about
    assert _english_left(about) == []


def test_polish_home_vote_and_flash(phone_env: PhoneEnv) -> None:
    env = phone_env
    env.run(lambda: env.services.phones.set_notes_open(env.session_id, True))
    client = env.signed_in(name="Zofia <b>")
    client.headers.update(POLISH)
    home = client.get("/home?m=welcome").text
    assert "Jesteś na liście obecności. Witamy!" in home
    assert "Żółty" in home and "Fioletowy" in home and ">Yellow<" not in home
    assert 'data-idle="Witamy. Zaraz zaczynamy."' in home
    assert "Zofia &lt;b&gt;" in home
    assert _english_left(home) == []
    csrf = csrf_of(home)
    empty = client.post("/note", data={"csrf": csrf, "text": " "})
    assert "Pole „Twoja notatka” jest puste. Wpisz coś." in empty.text
    clusters = env.services.board.clusters
    for title in ("Transport do szkoły", "Czas oczekiwania <na ocenę>"):
        env.run(lambda t=title: clusters.create_cluster(env.session_id, t))
    env.run(lambda: env.services.board.votes.open_vote(env.session_id, dots_per_person=1))
    vote = client.get("/vote").text
    assert "Zostało Ci 1 z 1 kropki." in vote and "Dodaj kropkę" in vote
    assert 'aria-label="Dodaj kropkę: Czas oczekiwania &lt;na ocenę&gt;"' in vote
    assert _english_left(vote) == []
    form = re.search(r'name="target" value="(\d+)"', vote)
    assert form
    placed = client.post("/vote", data={"csrf": csrf, "target": form.group(1)})
    after = client.get(placed.headers["location"]).text
    assert "Gotowe. Twoje kropki są zapisane." in after and "Zostało Ci 0 z 1 kropki." in after
    again = client.post("/vote", data={"csrf": csrf, "target": form.group(1)})
    assert "Wszystkie Twoje kropki są już rozdane (każda osoba ma ich 1)." in again.text
    assert _english_left(client.get("/about-you").text) == []


def test_a_message_made_as_data_is_translated_from_its_key_not_its_english() -> None:
    from coprod_desktop.domain.errors import ValidationError
    from coprod_desktop.domain.said import Said
    from coprod_desktop.domain.validate import text as check_text
    from coprod_desktop.web.phone_i18n import translations
    from coprod_desktop.web.phone_messages import translate

    polish = translations("pl")
    # English that no pattern could read back: only the key and values can translate it.
    odd = Said("(English wording changed)", "Only %(left)s dots left (each person has %(n)s).",
               left=1, n=3)
    assert translate(odd, polish) == polish.gettext(odd.key) % {"left": "1", "n": "3"}
    try:
        check_text("x" * 1201, "Your note", 1200, field="text", multiline=True)
    except ValidationError as exc:
        assert isinstance(exc.message, Said) and exc.message.params["count"] == 1201
        assert exc.message == ("Your note is 1,201 characters long; the most is 1,200. Please "
                               "shorten it (nothing has been cut).")
        shown = translate(exc.message, polish, thousands="\u00a0")
        assert "1\u00a0201" in shown and polish.gettext("Your note") in shown
    else:
        raise AssertionError("a note over the limit was accepted")
