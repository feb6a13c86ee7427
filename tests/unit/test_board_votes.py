"""Dot voting and moderation: allowances, caps, secret counts, ranking, focus, reveal, hold back."""

from __future__ import annotations

import pytest
from board_steps import notes, undo_redo

from coprod_desktop.domain.board import TargetKind, winners
from coprod_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from coprod_desktop.services import Services
from coprod_desktop.store.board_reader import VoteStillOpen


def _people(services: Services, session_id: int, n: int) -> list[int]:
    return [int(services.people.sign_in_attendee(session_id, name=f"P{i}", group="staff").new_id
                or 0) for i in range(n)]


def _clusters(services: Services, session_id: int, *titles: str) -> list[int]:
    return [int(services.board.clusters.create_cluster(session_id, t).new_id or 0) for t in titles]


def _open(services: Services, session_id: int, **kwargs: object) -> int:
    return int(services.board.votes.open_vote(session_id, **kwargs).new_id or 0)


def _votes(services: Services) -> list[tuple]:
    return [(r["round_id"], r["voter_id"], r["target_id"], r["on_behalf"], r["via"])
            for r in services.file.db.query("SELECT * FROM vote ORDER BY id")]


def test_open_vote_and_only_one_at_a_time(services: Services, session_id: int) -> None:
    _clusters(services, session_id, "Waiting", "School")
    change = services.board.votes.open_vote(session_id, target_kind="cluster", dots_per_person=3,
                                            cap_per_item=2)
    assert change.label == "Open a vote on clusters (3 dots each)"
    vote_round = services.board.read.round(int(change.new_id or 0))
    assert (vote_round.is_open, vote_round.cap_per_item, vote_round.target_kind) == (
        True, 2, TargetKind.CLUSTER)
    undo_redo(services, change, lambda: [r.id for r in services.board.read.rounds(session_id)])
    with pytest.raises(ConflictError, match="already open"):
        _open(services, session_id)


@pytest.mark.parametrize(("dots", "cap", "message"), [
    (0, None, "between 1 and 20 dots"), (21, None, "between 1 and 20 dots"),
    (3, 4, "between 1 and 3"), (3, 0, "between 1 and 3")])
def test_open_vote_limits(services: Services, session_id: int, dots: int, cap: int | None,
                          message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        services.board.votes.open_vote(session_id, dots_per_person=dots, cap_per_item=cap)


def test_cast_and_withdraw_undo_redo(services: Services, session_id: int) -> None:
    (person,) = _people(services, session_id, 1)
    a, _ = _clusters(services, session_id, "Waiting", "School")
    rid = _open(services, session_id)
    cast = services.board.votes.cast_vote(rid, a, voter_id=person, dots=2)
    assert cast.label == "2 dots on ‘Waiting’"
    assert _votes(services) == [(rid, person, a, 1, "console")] * 2
    undo_redo(services, cast, lambda: _votes(services))
    back = services.board.votes.withdraw_vote(rid, a, voter_id=person)
    assert back.label == "Take a dot off ‘Waiting’" and len(_votes(services)) == 1
    undo_redo(services, back, lambda: _votes(services))
    with pytest.raises(NotFoundError, match="no dot there"):
        services.board.votes.withdraw_vote(rid, a)


def test_dots_and_cap_are_enforced_with_plain_messages(services: Services, session_id: int) -> None:
    (person,) = _people(services, session_id, 1)
    a, b, c = _clusters(services, session_id, "A", "B", "C")
    rid = _open(services, session_id, dots_per_person=3, cap_per_item=2)
    votes = services.board.votes
    votes.cast_vote(rid, a, voter_id=person, via="phone", initiator="phone")
    votes.cast_vote(rid, a, voter_id=person, via="phone", initiator="phone")
    with pytest.raises(ValidationError, match="at most 2 dots on the same item"):
        votes.cast_vote(rid, a, voter_id=person, via="phone", initiator="phone")
    votes.cast_vote(rid, b, voter_id=person, via="phone", initiator="phone")
    with pytest.raises(ValidationError, match="Each person has 3 dots and all of them are used"):
        votes.cast_vote(rid, c, voter_id=person, via="phone", initiator="phone")
    votes.withdraw_vote(rid, b, voter_id=person, initiator="phone")
    with pytest.raises(ValidationError, match="Only 1 dot left"):
        votes.cast_vote(rid, c, voter_id=person, dots=2)
    # Dots the facilitator adds for nobody in particular have no allowance.
    for _ in range(5):
        votes.cast_vote(rid, c)
    assert all(v[3] == 1 for v in _votes(services) if v[1] is None)
    phone = [v for v in _votes(services) if v[4] == "phone"]
    assert phone and all(v[3] == 0 for v in phone)


def test_targets_must_be_in_the_vote(services: Services, session_id: int) -> None:
    ids = notes(services, session_id, 3)
    services.board.moderation.hold_back([ids[1]])
    services.notes.set_notes_hidden([ids[2]], True)
    rid = _open(services, session_id, target_kind="note", target_ids=ids)
    with pytest.raises(ValidationError, match="not one of the notes in this vote"):
        services.board.votes.cast_vote(rid, ids[1])  # held back
    with pytest.raises(ValidationError, match="not been shown"):
        services.board.votes.cast_vote(rid, ids[2])
    with pytest.raises(ValidationError, match="not one of the notes"):
        services.board.votes.cast_vote(rid, 12345)


def test_counts_are_secret_until_close_then_ranked(services: Services, session_id: int) -> None:
    people = _people(services, session_id, 4)
    a, b, c = _clusters(services, session_id, "Waiting", "School", "Family")
    rid = _open(services, session_id, dots_per_person=2)
    for person, target in zip(people * 2, [a, a, a, b, b, b, c, c], strict=True):
        services.board.votes.cast_vote(rid, target, voter_id=person)
    read = services.board.read
    assert (read.progress(rid).dots_cast, read.progress(rid).voters) == (8, 4)
    with pytest.raises(VoteStillOpen, match="hidden until the vote is closed"):
        read.results(rid)
    close = services.board.votes.close_vote(rid)
    results = read.results(rid)
    assert [(r.label, r.dots, r.place_text) for r in results] == [
        ("School", 3, "=1st"), ("Waiting", 3, "=1st"), ("Family", 2, "3rd")]
    assert [w.label for w in winners(results)] == ["School", "Waiting"]
    undo_redo(services, close, lambda: read.round(rid).is_open)
    with pytest.raises(ConflictError, match="closed"):
        services.board.votes.cast_vote(rid, a)


def test_choose_focus_on_the_session(services: Services, session_id: int) -> None:
    _clusters(services, session_id, "Waiting and getting a diagnosis")
    rid = _open(services, session_id)
    services.board.votes.close_vote(rid)
    change = services.board.votes.choose_focus(session_id, "Waiting and getting a diagnosis",
                                               round_id=rid)
    settings = services.board.read.settings(session_id)
    assert (settings.focus, settings.focus_round_id) == ("Waiting and getting a diagnosis", rid)
    undo_redo(services, change, lambda: services.board.read.settings(session_id).focus)


def test_deleting_a_target_takes_its_dots_and_undo_returns_them(services: Services,
                                                                  session_id: int) -> None:
    ids = notes(services, session_id, 2)
    rid = _open(services, session_id, target_kind="note")
    services.board.votes.cast_vote(rid, ids[0], dots=3)
    change = services.notes.delete_notes([ids[0]])
    assert _votes(services) == []
    undo_redo(services, change, lambda: (_votes(services), len(services.read.notes(session_id))))


def test_silent_writing_hides_new_notes_until_reveal(services: Services, session_id: int) -> None:
    moderation, read = services.board.moderation, services.board.read
    shown = notes(services, session_id, 1)
    change = moderation.set_silent_writing(session_id, True)
    assert change.label == "Silent writing on"
    undo_redo(services, change, lambda: read.settings(session_id).silent_writing)
    phone = services.notes.add_note(session_id, "from a phone", initiator="phone")
    waiting = [*notes(services, session_id, 3), int(phone.new_id or 0)]
    assert all(services.read.note(i).hidden for i in waiting)
    assert not services.read.note(shown[0]).hidden
    moderation.hold_back([waiting[0]])
    assert read.waiting_count(session_id) == 3
    reveal = moderation.reveal_all(session_id)
    assert reveal.label == "Reveal 3 notes" and read.waiting_count(session_id) == 0
    assert services.read.note(waiting[0]).hidden  # held back stays off the projector
    undo_redo(services, reveal, lambda: read.waiting_count(session_id))
    with pytest.raises(ValidationError, match="no new notes"):
        moderation.reveal_all(session_id)


def test_hold_back_says_nothing_about_the_author(services: Services, session_id: int) -> None:
    (author,) = _people(services, session_id, 1)
    note = int(services.notes.add_note(session_id, "rude", author_id=author).new_id or 0)
    change = services.board.moderation.hold_back([note])
    assert change.label == "Hold back 1 note" and "P0" not in change.label
    assert set(change.rows) == {"note"}
    undo_redo(services, change, lambda: services.read.note(note).held_back)
    back = services.board.moderation.hold_back([note], held=False)
    assert back.label == "Stop holding back 1 note"


def test_board_settings(services: Services, session_id: int) -> None:
    moderation, read = services.board.moderation, services.board.read
    assert read.settings(session_id).scope == "session"
    undo_redo(services, moderation.set_board_scope(session_id, "activity"),
              lambda: read.settings(session_id).scope)
    undo_redo(services, moderation.set_show_author_groups(session_id, True),
              lambda: read.settings(session_id).show_author_groups)
    with pytest.raises(ValidationError, match="per session or per activity"):
        moderation.set_board_scope(session_id, "room")


def test_bad_vote_kind_and_note_into_another_sessions_cluster(services: Services,
                                                              session_id: int) -> None:
    with pytest.raises(ValidationError, match="notes or on clusters"):
        services.board.votes.open_vote(session_id, target_kind="people")
    other = int(services.sessions.create_session("Other", "2026-03-04").new_id or 0)
    (foreign,) = _clusters(services, other, "Elsewhere")
    with pytest.raises(ValidationError, match="no longer on this board"):
        services.notes.add_note(session_id, "x", cluster_id=foreign)
    (home,) = _clusters(services, session_id, "Home")
    note = services.notes.add_note(session_id, "typed in a frame", cluster_id=home)
    assert services.read.note(int(note.new_id or 0)).cluster_id == home


def test_undo_open_after_phone_dots_is_refused_plainly(services: Services, session_id: int) -> None:
    (person,) = _people(services, session_id, 1)
    (cluster,) = _clusters(services, session_id, "Waiting")
    opened = services.board.votes.open_vote(session_id)
    services.board.votes.cast_vote(int(opened.new_id or 0), cluster, voter_id=person, via="phone",
                                   initiator="phone")
    with pytest.raises(ConflictError, match="cannot be undone: something added since depends"):
        services.history.undo(int(opened.revision_id or 0))
    assert services.board.read.round(int(opened.new_id or 0)).is_open
    assert len(_votes(services)) == 1


def test_a_vote_covers_what_was_on_the_board_when_it_opened(services: Services,
                                                             session_id: int) -> None:
    with pytest.raises(ValidationError, match="no clusters to vote on yet"):
        _open(services, session_id)
    assert services.board.read.rounds(session_id) == []
    first = _clusters(services, session_id, "Waiting", "School")
    rid = _open(services, session_id)
    (late,) = _clusters(services, session_id, "Added after the vote opened")
    with pytest.raises(ValidationError, match="not one of the clusters in this vote"):
        services.board.votes.cast_vote(rid, late)
    services.board.votes.cast_vote(rid, first[0], dots=2)
    services.board.votes.close_vote(rid)
    assert [(r.label, r.dots) for r in services.board.read.results(rid)] == [
        ("Waiting", 2), ("School", 0)]


@pytest.mark.parametrize(("language", "words"), [
    ("en_GB", "The vote chose: School run"), ("pl", "Głosowanie wybrało: School run")])
def test_a_vote_kept_to_come_back_to_is_written_in_the_facilitators_language(
        services: Services, session_id: int, language: str, words: str) -> None:
    from coprod_desktop.i18n import language as speaking

    (person,) = _people(services, session_id, 1)
    _waiting, b = _clusters(services, session_id, "Waiting lists", "School run")
    rid = _open(services, session_id)
    services.board.votes.cast_vote(rid, b, voter_id=person, dots=2)
    services.board.votes.close_vote(rid)
    with speaking(language):
        outcome = int(services.outcomes.come_back_to("poll", rid).new_id or 0)
    said = services.file.db.query("SELECT said FROM outcome WHERE id = ?", [outcome])
    assert [row["said"] for row in said] == [words]  # the people's words stay as written
