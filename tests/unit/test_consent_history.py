"""Consent history: every change of choice is written down (given, changed, withdrawn; when; how),
by the console, a paper form and the phone sign-in; a person is one record across sessions."""

from __future__ import annotations

import pytest

from coprod_desktop.domain.consent_history import ConsentKind, HeardVia, steps
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.records import Consent, WordsUse
from coprod_desktop.services import Services
from coprod_desktop.services.merge import MERGE_NOTE
from coprod_desktop.store.people_reader import PeopleReader
from coprod_desktop.store.phone_reader import PhoneReader

PHONE_A, PHONE_B = "a" * 32, "b" * 32


def _people(services: Services) -> PeopleReader:
    return PeopleReader(services.file.db)


def _token(services: Services, session_id: int) -> str:
    services.phones.open_sign_in(session_id)
    room = PhoneReader(services.file.db).room(session_id)
    assert room is not None
    return room.token


def test_steps_name_each_change_by_direction() -> None:
    first = steps(None, Consent(photos=True))
    assert [s.choice for s in first] == ["name_in_handouts", "photos", "words", "contact", "paid"]
    assert {s.kind for s in first} == {ConsentKind.GIVEN}
    later = steps(Consent(photos=True, words=WordsUse.NAMED),
                  Consent(photos=False, words=WordsUse.NAMED, paid=True))
    assert [(s.choice, s.previous, s.value, s.kind) for s in later] == [
        ("photos", "yes", "no", ConsentKind.WITHDRAWN), ("paid", "no", "yes", ConsentKind.GIVEN)]
    narrower = steps(Consent(words=WordsUse.NAMED), Consent(words=WordsUse.ROOM_ONLY))
    assert narrower[0].kind is ConsentKind.WITHDRAWN
    assert steps(Consent(), Consent()) == []


def test_phone_sign_in_writes_the_first_answers(services: Services, session_id: int,
                                                clock) -> None:
    token = _token(services, session_id)
    pid = int(services.phones.sign_in(
        token, PHONE_A, name="Priya", group="parent_carer",
        consent=Consent(photos=True, words=WordsUse.NAMED)).new_id or 0)
    history = _people(services).consent_history(pid)
    assert {e.via for e in history} == {HeardVia.PHONE}
    assert {e.at for e in history} == {clock.now()}
    assert {(e.choice, e.previous, e.value) for e in history} == {
        ("name_in_handouts", None, "no"), ("photos", None, "yes"), ("words", None, "named"),
        ("contact", None, "no"), ("paid", None, "no")}


def test_console_and_paper_changes_are_logged_and_undo_takes_them_back(
        services: Services, session_id: int, clock) -> None:
    pid = int(services.people.sign_in_attendee(session_id, name="Zofia Wiśniewska",
                                               group="parent_carer").new_id or 0)
    assert _people(services).consent_history(pid) == []  # never asked: nothing to show
    services.people.set_consent(pid, Consent(name_in_handouts=True, photos=True,
                                             contact=True), contact_details="07700 900123",
                                via="paper")
    first = _people(services).consent_history(pid)
    assert len(first) == 5 and {e.via for e in first} == {HeardVia.PAPER}
    clock.advance(3600)
    change = services.people.set_consent(pid, Consent(name_in_handouts=False, photos=True),
                                         note="Rang the office")
    history = _people(services).consent_history(pid)
    later = history[5:]
    assert [(e.choice, e.kind, e.via, e.note) for e in later] == [
        ("name_in_handouts", ConsentKind.WITHDRAWN, HeardVia.CONSOLE, "Rang the office"),
        ("contact", ConsentKind.WITHDRAWN, HeardVia.CONSOLE, "Rang the office")]
    assert later[0].describe() == "Name in handouts: Yes → No"
    # Withdrawing contact also removes the contact details.
    assert services.read.attendee(pid).contact_details == ""
    assert change.revision_id is not None
    services.history.undo(change.revision_id)
    assert len(_people(services).consent_history(pid)) == 5
    assert services.read.attendee(pid).contact_details == "07700 900123"


def test_a_change_that_changes_nothing_adds_no_history(services: Services) -> None:
    pid = int(services.people.add_attendee("Kai", "young_person").new_id or 0)
    services.people.set_consent(pid, Consent(photos=True))
    services.people.set_consent(pid, Consent(photos=True), access_needs="Large print")
    assert len(_people(services).consent_history(pid)) == 5


def test_unknown_way_of_hearing_is_refused(services: Services) -> None:
    pid = int(services.people.add_attendee("Kai", "young_person").new_id or 0)
    with pytest.raises(ValidationError, match="how you heard"):
        services.people.set_consent(pid, Consent(), via="carrier pigeon")


def test_one_record_across_sessions_and_phones(services: Services, session_id: int) -> None:
    """Priya signs in by phone at the workshop, then by hand (new record) at the next meeting,
    from another phone later still: merging makes one person who came to both, known to both
    phones, with both histories and the more private choice."""
    second = int(services.sessions.create_session("Meeting 2", "2026-03-17").new_id or 0)
    priya = int(services.phones.sign_in(
        _token(services, session_id), PHONE_A, name="Priya", group="parent_carer",
        consent=Consent(photos=True, name_in_handouts=True, paid=True)).new_id or 0)
    again = int(services.people.sign_in_attendee(second, name="priya ", group="parent_carer")
                .new_id or 0)
    services.people.set_consent(again, Consent(photos=False, name_in_handouts=True, paid=True))
    token = _token(services, second)
    services.phones.sign_in(token, PHONE_B, name="Priya", group="parent_carer",
                            consent=Consent(name_in_handouts=True, photos=False, paid=True))
    people = _people(services)
    dupes = people.possible_duplicates()
    assert len(dupes) == 1 and len(dupes[0]) == 3
    third = dupes[0][2].id
    services.merge.merge_attendees(priya, again)
    services.merge.merge_attendees(priya, third)
    assert [p.id for p in services.read.attendees()] == [priya]
    assert [v.session.id for v in people.visits(priya)] == [session_id, second]
    person = services.read.attendee(priya)
    assert not person.consent.photos and person.consent.name_in_handouts and person.consent.paid
    history = people.consent_history(priya)
    assert len([e for e in history if e.note == MERGE_NOTE]) == 1
    photos = next(e for e in history if e.choice == "photos" and e.note == MERGE_NOTE)
    assert photos.kind is ConsentKind.WITHDRAWN
    # Both phones now bring back the one person.
    devices = list(services.file.db.query("SELECT attendee_id FROM phone_device"))
    assert {d["attendee_id"] for d in devices} == {priya} and len(devices) == 2
    assert people.possible_duplicates() == []


def test_merge_keeps_hours_and_payment_set_by_hand(services: Services, session_id: int) -> None:
    a = int(services.people.sign_in_attendee(session_id, name="Bo", group="staff").new_id or 0)
    b = int(services.people.sign_in_attendee(session_id, name="Bo", group="staff").new_id or 0)
    services.payments.set_attendance(session_id, b, minutes=90, payment=True)
    services.merge.merge_attendees(a, b)
    rows = list(services.file.db.query("SELECT minutes, payment FROM attendance WHERE attendee_id = ?", [a]))
    assert rows == [{"minutes": 90, "payment": 1}]


def test_changed_means_still_allowed_but_differently(services: Services) -> None:
    sideways = steps(Consent(words=WordsUse.NAMED), Consent(words=WordsUse.ANONYMOUS))
    assert [(s.choice, s.kind) for s in sideways] == [("words", ConsentKind.CHANGED)]
    back = steps(Consent(words=WordsUse.ROOM_ONLY), Consent(words=WordsUse.ANONYMOUS))
    assert back[0].kind is ConsentKind.GIVEN
    pid = int(services.people.add_attendee("Ade", "parent_carer").new_id or 0)
    services.people.set_consent(pid, Consent(contact=True), contact_details="07700 900001")
    services.people.set_consent(pid, Consent(contact=True), contact_details="ade@example.org",
                                note="New email")
    last = _people(services).consent_history(pid)[-1]
    assert (last.choice, last.kind, last.previous, last.value) == (
        "contact", ConsentKind.CHANGED, "yes", "yes")
    assert last.describe() == "Contact later: new contact details"
    stored = " ".join(str(v) for r in services.file.db.query("SELECT * FROM consent_event")
                      for v in r.values())
    assert "ade@example.org" not in stored and "07700" not in stored  # details never copied
