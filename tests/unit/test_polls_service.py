"""Quick polls on a real file: one answer per phone (changed in place), one open poll at a time,
results revealed by the facilitator, words hidden from the cloud, a cloud from the board."""

from __future__ import annotations

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.erasure import EraseChoices
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.polls import PollKind, scale_bars
from coprod_desktop.domain.settings import HANDOUT_LANGUAGE
from coprod_desktop.domain.word_cloud import group_words
from coprod_desktop.export.poll_data import revealed_results
from coprod_desktop.services import Services
from coprod_desktop.store.phone_reader import PhoneReader
from coprod_desktop.store.poll_reader import PollReader

PHONES = {"Ann": "a" * 32, "Bo": "b" * 32, "Cy": "c" * 32}


@pytest.fixture
def polls(services: Services, session_id: int) -> PollReader:
    services.phones.open_sign_in(session_id)
    token = PhoneReader(services.file.db).room(session_id).token  # type: ignore[union-attr]
    for name, phone in PHONES.items():
        services.phones.sign_in(token, phone, name=name, group="parent_carer")
    return PollReader(services.file.db)


def test_one_answer_per_phone_which_can_be_changed(
        services: Services, session_id: int, polls: PollReader, clock: FakeClock) -> None:
    pid = int(services.polls.create(session_id, PollKind.SCALE, "How safe did you feel?",
                                    low=1, high=5, low_label="Not at all",
                                    high_label="Very").new_id or 0)
    services.polls.answer(PHONES["Ann"], pid, value=2)
    clock.advance(5)
    services.polls.answer(PHONES["Ann"], pid, value=5)  # changed her mind
    services.polls.answer(PHONES["Bo"], pid, value=5)
    poll = polls.get(pid)
    assert poll is not None and poll.low_label == "Not at all" and not poll.revealed
    assert [b.count for b in scale_bars(poll, polls.answers(pid))] == [0, 0, 0, 0, 2]
    rows = list(services.file.db.query("SELECT attendee_id FROM poll_answer"))
    assert len(rows) == 2
    with pytest.raises(ValidationError):
        services.polls.answer(PHONES["Cy"], pid, value=6)


def test_one_poll_open_at_a_time_and_closed_polls_take_no_answers(
        services: Services, session_id: int, polls: PollReader) -> None:
    first = int(services.polls.create(session_id, "single", "Tea or coffee?",
                                      options=["Tea", "Coffee"]).new_id or 0)
    second = int(services.polls.create(session_id, "words", "One word for today").new_id or 0)
    assert polls.current(session_id).id == second  # type: ignore[union-attr]
    assert not polls.get(first).open  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="closed"):
        services.polls.answer(PHONES["Ann"], first, choices=[0])
    services.polls.open(first)
    assert polls.current(session_id).id == first  # type: ignore[union-attr]
    assert not polls.get(second).open  # type: ignore[union-attr]


def test_reveal_is_the_facilitators_and_can_be_undone(
        services: Services, session_id: int, polls: PollReader) -> None:
    pid = int(services.polls.create(session_id, "multiple", "How did you get here?",
                                    options=["Bus", "Car", "Walked"]).new_id or 0)
    change = services.polls.reveal(pid)
    assert change.revision_id is not None and polls.get(pid).revealed  # type: ignore[union-attr]
    services.history.undo(change.revision_id)
    assert not polls.get(pid).revealed  # type: ignore[union-attr]


def test_hidden_word_leaves_the_cloud_under_every_spelling(
        services: Services, session_id: int, polls: PollReader) -> None:
    pid = int(services.polls.create(session_id, "words", "What matters?").new_id or 0)
    services.polls.answer(PHONES["Ann"], pid, words=["Rubbish", "safe", "heard"])
    services.polls.answer(PHONES["Bo"], pid, words=["rubbish!", "Safe"])
    services.polls.hide_word(pid, "RUBBISH")
    poll = polls.get(pid)
    assert poll is not None and poll.hidden_words == {"rubbish"}
    words = [w for a in polls.answers(pid) for w in a.words]
    assert [(w.key, w.count) for w in group_words(words, poll.hidden_words)] == [
        ("safe", 2), ("heard", 1)]
    services.polls.hide_word(pid, "rubbish", hidden=False)
    assert polls.get(pid).hidden_words == frozenset()  # type: ignore[union-attr]


def test_erasing_a_person_takes_their_poll_answers(
        services: Services, session_id: int, polls: PollReader) -> None:
    pid = int(services.polls.create(session_id, "words", "What matters?").new_id or 0)
    services.polls.answer(PHONES["Ann"], pid, words=["school"])
    ann = next(r["id"] for r in services.file.db.query(
        "SELECT id FROM attendee WHERE name = 'Ann'"))
    services.erase.erase(ann, EraseChoices(keep_contributions=False))
    assert polls.answers(pid) == []


def test_board_cloud_reads_the_notes_shown(
        services: Services, session_id: int, polls: PollReader) -> None:
    services.notes.add_note(session_id, "Buses are late")
    services.notes.add_note(session_id, "the bus never comes")
    pid = int(services.polls.cloud_from_board(session_id).new_id or 0)
    poll = polls.get(pid)
    assert poll is not None and poll.kind is PollKind.WORDS and polls.current(session_id) is None
    assert polls.board_words(session_id, None) == ["Buses are late", "the bus never comes"]


def test_board_cloud_drops_the_programmes_stop_words(
        services: Services, session_id: int, polls: PollReader) -> None:
    services.notes.add_note(session_id, "Buses are late and the bus is full")
    services.notes.add_note(session_id, "Autobusy się spóźniają, a autobus jest pełny")
    inside = services.board.clusters.create_cluster(session_id, "Transport")
    services.notes.add_note(session_id, "Late letters")  # not in the cluster
    pid = int(services.polls.cloud_from_board(session_id).new_id or 0)
    english = services.polls.results(pid, "en_GB")
    assert [(w.text, w.count) for w in english.words][:2] == [("Buses", 2), ("late", 2)]
    keys = {w.key for w in english.words}
    assert not keys & {"are", "and", "the", "is"}
    assert {"się", "jest"} <= keys  # English stop-words only
    polish = {w.key for w in services.polls.results(pid, "pl").words}
    assert not polish & {"się", "jest", "a"} and {"are", "the"} <= polish
    assert inside.new_id is not None
    # Untold, the cloud speaks the programme's language (its handout language): English first,
    # Polish once the programme is set to Polish; the handout's cloud is the screen's cloud.
    assert {w.key for w in services.polls.results(pid).words} == keys
    services.programme.set_setting(HANDOUT_LANGUAGE, "pl")
    assert {w.key for w in services.polls.results(pid).words} == polish
    revealed = services.polls.reveal(pid)
    assert revealed is not None
    printed = revealed_results(services.file.db, session_id)
    assert [{w.key for w in found.words} for found in printed] == [polish]


def test_board_cloud_of_one_cluster(services: Services, session_id: int) -> None:
    first = int(services.notes.add_note(session_id, "Parking costs").new_id or 0)
    services.notes.add_note(session_id, "Waiting lists")
    cluster = int(services.board.clusters.create_cluster(session_id, "Getting there",
                                                         note_ids=[first]).new_id or 0)
    pid = int(services.polls.cloud_from_board(session_id, cluster).new_id or 0)
    assert [w.key for w in services.polls.results(pid).words] == ["cost", "parking"]
