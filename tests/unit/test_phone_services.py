"""Phone sign-in services: join links, phones, anonymous tallies, questions and merging people."""

from __future__ import annotations

import pytest

from coprod_desktop.domain.errors import ConflictError, ValidationError
from coprod_desktop.domain.phones import WifiDetails, device_hash
from coprod_desktop.domain.records import Consent, WordsUse
from coprod_desktop.services import ChangeSet, Services
from coprod_desktop.services.phones import LinkNotValid, NotSignedIn
from coprod_desktop.store.phone_reader import PhoneReader

PHONE_A = "a" * 32
PHONE_B = "b" * 32


def _open(services: Services, session_id: int) -> str:
    services.phones.open_sign_in(session_id)
    room = PhoneReader(services.file.db).room(session_id)
    assert room is not None and room.signin_open and len(room.token) >= 24
    return room.token


def test_phone_sign_in_records_person_choices_and_phone(services: Services, session_id: int) -> None:
    token = _open(services, session_id)
    heard: list[ChangeSet] = []
    services.subscribe(heard.append)
    change = services.phones.sign_in(
        token, PHONE_A, name=" Priya ", group="parent_carer",
        consent=Consent(photos=True, contact=True, words=WordsUse.NAMED),
        contact_details="07700 900123", access_needs="Quiet room")
    person = services.read.attendee(int(change.new_id or 0))
    assert person.name == "Priya" and person.consent.photos and person.consent.contact
    assert person.contact_details == "07700 900123" and person.access_needs == "Quiet room"
    assert change.initiator == "phone" and change.revision_id is None
    assert heard == [change] and change.touches("attendee", "attendance", "phone_device")
    assert services.read.attendance(session_id)[0].via == "phone"
    # The file keeps a hash of the phone's token, never the token itself.
    stored = [r["token_hash"] for r in services.file.db.query("SELECT token_hash FROM phone_device")]
    assert stored == [device_hash(PHONE_A)] and PHONE_A not in stored


def test_wrong_replaced_and_closed_links_are_refused(services: Services, session_id: int) -> None:
    token = _open(services, session_id)
    with pytest.raises(LinkNotValid, match="scan the code"):
        services.phones.sign_in("nope", PHONE_A, name="Bo", group="staff")
    services.phones.rotate_link(session_id)
    with pytest.raises(LinkNotValid):
        services.phones.sign_in(token, PHONE_A, name="Bo", group="staff")
    new_token = PhoneReader(services.file.db).room(session_id).token  # type: ignore[union-attr]
    services.phones.close_sign_in(session_id)
    with pytest.raises(LinkNotValid, match="closed"):
        services.phones.sign_in(new_token, PHONE_A, name="Bo", group="staff")
    assert services.read.attendees() == []


def test_opening_one_session_closes_another(services: Services, session_id: int) -> None:
    other = int(services.sessions.create_session("Meeting 2", "2026-03-17").new_id or 0)
    _open(services, session_id)
    _open(services, other)
    phones = PhoneReader(services.file.db)
    assert not phones.room(session_id).signin_open  # type: ignore[union-attr]
    assert phones.open_room().session_id == other  # type: ignore[union-attr]


def test_contact_needs_details(services: Services, session_id: int) -> None:
    token = _open(services, session_id)
    with pytest.raises(ValidationError, match="phone number or email"):
        services.phones.sign_in(token, PHONE_A, name="Bo", group="staff",
                                consent=Consent(contact=True))


def test_returning_phone_is_recognised_next_session(services: Services, session_id: int) -> None:
    token = _open(services, session_id)
    pid = services.phones.sign_in(token, PHONE_A, name="Kai", group="young_person").new_id
    services.phones.leave(PHONE_A)
    assert services.read.present(session_id) == []
    with pytest.raises(NotSignedIn):
        services.phones.post_note(PHONE_A, "after leaving")
    other = int(services.sessions.create_session("Meeting 2", "2026-03-17").new_id or 0)
    token2 = _open(services, other)
    again = services.phones.sign_in_again(token2, PHONE_A)
    assert again.new_id == pid and [a.id for a in services.read.present(other)] == [pid]
    with pytest.raises(NotSignedIn, match="not signed in before"):
        services.phones.sign_in_again(token2, PHONE_B)
    services.phones.forget_phone(PHONE_A)
    with pytest.raises(NotSignedIn):
        services.phones.here(PHONE_A)


def test_notes_only_when_the_board_takes_them(services: Services, session_id: int) -> None:
    token = _open(services, session_id)
    pid = services.phones.sign_in(token, PHONE_A, name="Kai", group="young_person").new_id
    with pytest.raises(ValidationError, match="not taking notes"):
        services.phones.post_note(PHONE_A, "too early")
    services.phones.set_notes_open(session_id, True)
    ids = [services.phones.post_note(PHONE_A, f"<b>note {i}</b>").new_id for i in range(10)]
    notes = services.read.notes(session_id)
    assert [n.id for n in notes] == ids and notes[0].text == "<b>note 0</b>"
    assert {n.author_id for n in notes} == {pid}
    assert len({(n.x, n.y) for n in notes}) == 10  # each arrives in its own place
    with pytest.raises(NotSignedIn):
        services.phones.post_note(PHONE_B, "a stranger")


def test_equalities_are_tallies_with_no_link_to_anyone(services: Services, session_id: int) -> None:
    token = _open(services, session_id)
    services.phones.sign_in(token, PHONE_A, name="Ann", group="staff")
    services.phones.sign_in(token, PHONE_B, name="Ben", group="staff")
    services.phones.record_equalities(PHONE_A, {"age": "25_34", "carer": "yes", "gender": ""})
    services.phones.record_equalities(PHONE_B, {"age": "25_34", "carer": "no"})
    tally = PhoneReader(services.file.db).equalities_tally(session_id)
    assert tally == {"age": {"25_34": 2}, "carer": {"yes": 1, "no": 1}}
    columns = set(services.file.db["equalities_count"].columns_dict)
    assert columns == {"id", "session_id", "question", "answer", "count"}
    with pytest.raises(ConflictError, match="already answered"):
        services.phones.record_equalities(PHONE_A, {"age": "25_34"})
    with pytest.raises(ValidationError, match="Please pick one"):
        services.phones.record_equalities(PHONE_A, {"age": "ancient"})


def test_questions_are_queued_without_names(services: Services, session_id: int) -> None:
    token = _open(services, session_id)
    services.phones.sign_in(token, PHONE_A, name="Ann", group="staff")
    qid = int(services.phones.ask_question(PHONE_A, "What is an EHCP?").new_id or 0)
    phones = PhoneReader(services.file.db)
    assert [q.text for q in phones.questions(session_id)] == ["What is an EHCP?"]
    # The jargon question keeps no trace of who asked.
    assert [r["attendee_id"] for r in services.file.db.query(
        "SELECT attendee_id FROM phone_question")] == [None]
    services.phones.answer_question(qid)
    assert phones.questions(session_id) == []
    with pytest.raises(ValidationError, match="200"):
        services.phones.ask_question(PHONE_A, "x" * 201)


def test_wifi_details(services: Services) -> None:
    services.phones.set_wifi(WifiDetails("Library Guest", "read;books:now"))
    assert PhoneReader(services.file.db).wifi() == WifiDetails("Library Guest", "read;books:now")
    with pytest.raises(ValidationError, match="8 to 63"):
        services.phones.set_wifi(WifiDetails("Library Guest", "short"))
    services.phones.set_wifi(WifiDetails("Open Cafe", "ignored", security="nopass"))
    assert PhoneReader(services.file.db).wifi().password == ""


def test_merge_moves_everything_and_undoes(services: Services, session_id: int) -> None:
    token = _open(services, session_id)
    services.phones.set_notes_open(session_id, True)
    phone = int(services.phones.sign_in(
        token, PHONE_A, name="Sam", group="parent_carer",
        consent=Consent(photos=True, words=WordsUse.NAMED), access_needs="Step-free").new_id or 0)
    services.phones.post_note(PHONE_A, "from the phone")
    hand = int(services.people.sign_in_attendee(session_id, name="Sam P",
                                                group="parent_carer").new_id or 0)
    services.people.set_consent(hand, Consent(photos=True, words=WordsUse.ROOM_ONLY),
                                access_needs="Large print")
    services.notes.add_note(session_id, "by hand", author_id=hand)
    merge = services.merge.merge_attendees(hand, phone)
    kept = services.read.attendee(hand)
    assert [a.id for a in services.read.attendees()] == [hand]
    assert kept.consent.photos and kept.consent.words == WordsUse.ROOM_ONLY
    assert kept.access_needs == "Large print\nStep-free"
    assert {n.author_id for n in services.read.notes(session_id)} == {hand}
    assert len(services.read.attendance(session_id)) == 1
    assert services.phones.here(PHONE_A).device.attendee_id == hand  # the phone follows
    services.history.undo(int(merge.revision_id or 0))
    assert {a.id for a in services.read.attendees()} == {hand, phone}
    assert len(services.read.attendance(session_id)) == 2
    with pytest.raises(ValidationError, match="two different"):
        services.merge.merge_attendees(hand, hand)


def test_merge_moves_votes_too(services: Services, session_id: int) -> None:
    token = _open(services, session_id)
    cluster = int(services.board.clusters.create_cluster(session_id, "Transport").new_id or 0)
    round_id = int(services.board.votes.open_vote(session_id, dots_per_person=2).new_id or 0)
    phone = int(services.phones.sign_in(token, PHONE_A, name="Lee", group="staff").new_id or 0)
    services.phones.vote(PHONE_A, cluster)
    hand = int(services.people.sign_in_attendee(session_id, name="Lee K",
                                                group="staff").new_id or 0)
    services.board.votes.cast_vote(round_id, cluster, voter_id=hand, on_behalf=True)
    services.merge.merge_attendees(hand, phone)
    voters = [r["voter_id"] for r in services.file.db.query("SELECT voter_id FROM vote")]
    assert voters == [hand, hand]
    with pytest.raises(ValidationError, match="all of them are used"):
        services.phones.vote(PHONE_A, cluster)  # the phone now spends the kept person's dots


def test_phone_notes_go_on_the_live_activitys_board(services: Services, session_id: int) -> None:
    first, second = (int(services.agenda.add_activity(session_id, title, 10).new_id or 0)
                     for title in ("Pain points", "How might we"))
    token = _open(services, session_id)
    services.phones.sign_in(token, PHONE_A, name="Ade", group="parent_carer")
    services.phones.set_notes_open(session_id, True)

    def posted(text: str) -> int | None:
        return services.read.note(int(services.phones.post_note(PHONE_A, text).new_id or 0)
                                  ).activity_id

    assert posted("one board for the session") is None
    services.board.moderation.set_board_scope(session_id, "activity")
    assert posted("before the agenda starts") == first  # the board the console opens on
    services.runner.start(session_id)
    assert posted("during pain points") == first
    services.runner.next(session_id)
    during = services.phones.post_note(PHONE_A, "during how might we")
    note = services.read.note(int(during.new_id or 0))
    assert note.activity_id == second
    assert (note.x, note.y) == (0.0, 0.0)  # first on that board: the top-left arrival place
    services.runner.next(session_id)  # finished: the last activity's board keeps taking notes
    assert posted("after the end") == second
