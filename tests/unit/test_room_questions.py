"""Questions for the room: asking named or not, upvotes, letting through, answering, merging."""

from __future__ import annotations

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.erasure import EraseChoices
from coprod_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from coprod_desktop.domain.room_questions import console_order
from coprod_desktop.services import Services
from coprod_desktop.store.phone_reader import PhoneReader
from coprod_desktop.store.room_question_reader import RoomQuestionReader

PHONES = {"Ann": "a" * 32, "Bo": "b" * 32, "Cy": "c" * 32}


@pytest.fixture
def room(services: Services, session_id: int) -> RoomQuestionReader:
    services.phones.open_sign_in(session_id)
    token = PhoneReader(services.file.db).room(session_id).token  # type: ignore[union-attr]
    for name, phone in PHONES.items():
        services.phones.sign_in(token, phone, name=name, group="parent_carer")
    return RoomQuestionReader(services.file.db)


def _ask(services: Services, who: str, text: str, *, named: bool = False) -> int:
    return int(services.room_questions.ask(PHONES[who], text, named=named).new_id or 0)


def test_anonymous_question_keeps_no_trace_of_who_asked(
        services: Services, session_id: int, room: RoomQuestionReader) -> None:
    anon = _ask(services, "Ann", "Why was the meeting moved?")
    named = _ask(services, "Bo", "Who reads our notes?", named=True)
    rows = {r["id"]: r for r in services.file.db.query("SELECT * FROM phone_question")}
    assert rows[anon]["attendee_id"] is None and rows[anon]["kind"] == "room"
    found = {q.id: q for q in room.all(session_id)}
    assert found[anon].anonymous and found[anon].author_name == ""
    assert found[named].author_name == "Bo"
    # Held back: phones do not see either, the jargon queue does not mix them in.
    assert room.released(session_id) == []
    assert PhoneReader(services.file.db).questions(session_id) == []
    change = services.room_questions.release(anon)
    assert change.revision_id is not None  # the facilitator's move can be undone
    assert [q.text for q in room.released(session_id)] == ["Why was the meeting moved?"]


def test_one_vote_each_can_be_taken_back(
        services: Services, session_id: int, room: RoomQuestionReader) -> None:
    qid = _ask(services, "Ann", "Can we meet after school?")
    with pytest.raises(ValidationError, match="not open for votes"):
        services.room_questions.upvote(PHONES["Bo"], qid)  # held back
    services.room_questions.release(qid)
    for _ in range(3):  # a double (or triple) tap counts once
        services.room_questions.upvote(PHONES["Bo"], qid)
    services.room_questions.upvote(PHONES["Cy"], qid)
    bo = next(p.id for p in services.read.attendees() if p.name == "Bo")
    mine = room.released(session_id, voter_id=bo)
    assert [(q.votes, q.mine) for q in mine] == [(2, True)]
    change = services.room_questions.upvote(PHONES["Bo"], qid, up=False)
    assert change.initiator == "phone" and change.revision_id is None
    assert [q.votes for q in room.released(session_id)] == [1]
    assert room.released(session_id, voter_id=bo)[0].mine is False


def test_ranked_by_votes_then_by_who_waited_longest(
        services: Services, session_id: int, room: RoomQuestionReader,
        clock: FakeClock) -> None:
    ids = []
    for n, who in enumerate(("Ann", "Bo", "Cy")):
        ids.append(_ask(services, who, f"Question {n + 1}"))
        clock.advance(60)
    for qid in ids[:2]:
        services.room_questions.release(qid)
    services.room_questions.upvote(PHONES["Ann"], ids[1])
    order = [q.text for q in console_order(room.all(session_id))]
    # Held back first (so it is not missed), then by votes.
    assert order == ["Question 3", "Question 2", "Question 1"]
    assert [q.text for q in room.top(session_id)] == ["Question 2", "Question 1"]
    services.room_questions.answer(ids[1])
    assert [q.text for q in room.top(session_id)] == ["Question 1"]
    assert [q.text for q in console_order(room.all(session_id))][-1] == "Question 2"
    with pytest.raises(ValidationError, match="not open for votes"):
        services.room_questions.upvote(PHONES["Bo"], ids[1])  # answered


def test_merge_moves_votes_once_per_person(
        services: Services, session_id: int, room: RoomQuestionReader) -> None:
    first = _ask(services, "Ann", "When is the next meeting?")
    dup = _ask(services, "Bo", "Date of next meeting?")
    for qid in (first, dup):
        services.room_questions.release(qid)
    services.room_questions.upvote(PHONES["Cy"], first)
    services.room_questions.upvote(PHONES["Cy"], dup)
    services.room_questions.upvote(PHONES["Ann"], dup)
    merged = services.room_questions.merge(first, [dup])
    assert [(q.id, q.votes) for q in room.all(session_id)] == [(first, 2)]
    with pytest.raises(NotFoundError):
        services.room_questions.release(dup)
    with pytest.raises(ValidationError, match="at least two"):
        services.room_questions.merge(first, [first])
    services.history.undo(int(merged.revision_id or 0))
    assert sorted((q.id, q.votes) for q in room.all(session_id)) == [(first, 1), (dup, 2)]


def test_question_becomes_an_action(
        services: Services, session_id: int, room: RoomQuestionReader) -> None:
    qid = _ask(services, "Ann", "Can the council publish the waiting times?")
    action_id = int(services.room_questions.to_action(qid).new_id or 0)
    action = services.file.db["action"].get(action_id)
    assert action["what"] == "Can the council publish the waiting times?"
    assert action["raised_session_id"] == session_id and action["status"] == "open"
    assert room.all(session_id)[0].action_id == action_id
    with pytest.raises(ConflictError):
        services.room_questions.to_action(qid)


def test_erasing_a_person_unnames_their_questions_and_can_take_their_votes(
        services: Services, session_id: int, room: RoomQuestionReader) -> None:
    named = _ask(services, "Bo", "Can we record the meeting?", named=True)
    services.room_questions.release(named)
    services.room_questions.upvote(PHONES["Ann"], named)
    services.room_questions.upvote(PHONES["Bo"], named)
    bo = next(p.id for p in services.read.attendees() if p.name == "Bo")
    ann = next(p.id for p in services.read.attendees() if p.name == "Ann")
    services.erase.erase(bo)
    [question] = room.all(session_id)
    assert question.anonymous and question.author_name == "" and question.votes == 2
    services.erase.erase(ann, EraseChoices(keep_contributions=False))
    assert [q.votes for q in room.all(session_id)] == [1]
