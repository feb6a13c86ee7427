"""Rounds, the speaking record and stories saved as they happen, undoable where they should be,
and surviving the file being closed and opened again mid-round."""

from __future__ import annotations

from pathlib import Path

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.errors import ConflictError, ValidationError
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.levelling import RoundStatus, StoryStatus, TurnStatus
from coprod_desktop.domain.records import Consent, WordsUse
from coprod_desktop.facilitation import turn_clock
from coprod_desktop.services import Services
from coprod_desktop.store.levelling_reader import LevellingReader
from coprod_desktop.store.programme_file import ProgrammeFile


def sign_in(services: Services, session_id: int, name: str, group: str) -> int:
    return int(services.people.sign_in_attendee(session_id, name=name, group=group).new_id or 0)


def fresh(path: Path, clock: FakeClock) -> tuple[Services, int, list[int]]:
    """A file of our own, so the test may close and reopen it."""
    services = Services(ProgrammeFile.create(path), clock)
    services.programme.create_programme("Reopen test")
    session_id = int(services.sessions.create_session("Meeting", "2026-03-03").new_id or 0)
    people = [sign_in(services, session_id, n, "parent_carer") for n in ("Sam", "Ana", "Lee")]
    return services, session_id, people


@pytest.fixture
def room(services: Services, session_id: int, clock: FakeClock) -> list[int]:
    people = []
    for name, group in [("Priya", "parent_carer"), ("Kai", "young_person"),
                        ("Dr Helen Achebe", "staff"), ("Jo", "parent_carer")]:
        clock.advance(10)
        people.append(sign_in(services, session_id, name, group))
    return people


def test_a_round_with_nobody_present_is_refused(services: Services, session_id: int) -> None:
    with pytest.raises(ValidationError, match="Nobody is signed in"):
        services.levelling.create_round(session_id)
    assert services.levelling.data.rounds(session_id) == []


def test_round_moves_are_saved_and_survive_reopening_mid_round(
        tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "reopen.coprod"
    services, session_id, room = fresh(path, clock)
    lv = services.levelling
    round_id = int(lv.create_round(session_id, "Check-in", turn_s=60).new_id or 0)
    assert [t.attendee_id for t in lv.state(round_id).ordered] == room
    lv.start_round(round_id)
    clock.advance(45)
    lv.next_turn(round_id)
    clock.advance(20)
    lv.pause(round_id)
    services.close()  # the laptop is shut, mid-turn and paused

    clock.advance(14 * 3600)
    reopened = Services(ProgrammeFile.open(path), clock)
    try:
        state = reopened.levelling.state(round_id)
        assert state.current.attendee_id == room[1]
        assert turn_clock.paused(state.current)
        assert turn_clock.remaining(state.current, clock.now()) == 40
        reopened.levelling.settle(session_id)  # nothing left running, nothing changes
        reopened.levelling.toggle_pause(round_id)
        clock.advance(10)
        reopened.levelling.next_turn(round_id)
        turns = reopened.levelling.state(round_id).ordered
        assert [t.duration_s for t in turns[:2]] == [45, 30]
        assert turns[2].status is TurnStatus.SPEAKING
    finally:
        reopened.close()


def test_a_turn_left_running_while_closed_is_stopped_at_its_limit(
        tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "reopen.coprod"
    services, session_id, room = fresh(path, clock)
    round_id = int(services.levelling.create_round(session_id, turn_s=90).new_id or 0)
    services.levelling.start_round(round_id)
    services.speaking.mark_speaker(session_id, room[0])
    services.close()
    clock.advance(9 * 3600)
    reopened = Services(ProgrammeFile.open(path), clock)
    try:
        changes = reopened.levelling.settle(session_id)
        assert len(changes) == 1 and changes[0].revision_id is None
        current = reopened.levelling.state(round_id).current
        assert turn_clock.elapsed(current, clock.now()) == 90 and "Left running" in current.note
        assert reopened.speaking.settle(session_id) is not None
        assert reopened.speaking.talk(session_id) == {room[0]: 300}
        assert reopened.levelling.data.open_segment(session_id) is None
        assert reopened.speaking.settle(session_id) is None
    finally:
        reopened.close()


def test_every_console_move_is_one_undo_step(services: Services, session_id: int,
                                             room: list[int], clock: FakeClock) -> None:
    lv = services.levelling
    create = lv.create_round(session_id, "Ideas", turn_s=60)
    round_id = int(create.new_id or 0)
    ids = [t.id for t in lv.state(round_id).ordered]
    drag = lv.reorder_round(round_id, list(reversed(ids)))
    assert drag.revision_id is not None
    services.history.undo(drag.revision_id)
    assert [t.id for t in lv.state(round_id).ordered] == ids
    late = sign_in(services, session_id, "Tomasz", "parent_carer")
    add = lv.add_late(round_id, late)
    assert lv.state(round_id).ordered[-1].late
    lv.start_round(round_id)
    clock.advance(40)
    slip = lv.next_turn(round_id)  # pressed by mistake
    clock.advance(3)
    services.history.undo(int(slip.revision_id or 0))
    state = lv.state(round_id)
    assert state.current.attendee_id == room[0]  # as if the room had never left Priya
    assert turn_clock.elapsed(state.current, clock.now()) == 43
    moves = (lv.next_turn, lv.pass_turn, lv.skip_turn, lv.back, lv.pause, lv.resume)
    assert all(move(round_id).revision_id is not None for move in moves)
    labels = [r.label for r in services.history.revisions()][-6:]
    assert labels == ["Next turn", "Pass", "Skip for now", "Back to the previous turn", "Pause",
                      "Carry on"]
    with pytest.raises(ConflictError):  # the round has moved on since it was made
        services.history.undo(int(create.revision_id or 0))
    services.history.undo(int(add.revision_id or 0))  # Tomasz's turn has not started: fine
    assert late not in [t.attendee_id for t in lv.state(round_id).turns]


def test_undoing_a_mis_marked_speaker_gives_the_floor_back(
        services: Services, session_id: int, room: list[int], clock: FakeClock) -> None:
    sp = services.speaking
    sp.mark_speaker(session_id, room[0])
    clock.advance(30)
    wrong = sp.mark_speaker(session_id, room[2])
    clock.advance(5)
    services.history.undo(int(wrong.revision_id or 0))
    assert services.levelling.data.open_segment(session_id).attendee_id == room[0]
    assert sp.talk(session_id) == {room[0]: 35}
    phone = sp.raise_hand(session_id, room[3], initiator="phone")
    assert phone.revision_id is None


def test_signed_out_mid_round_is_skipped_with_a_note(services: Services, session_id: int,
                                                     room: list[int], clock: FakeClock) -> None:
    lv = services.levelling
    round_id = int(lv.create_round(session_id).new_id or 0)
    lv.start_round(round_id)
    services.people.sign_out_attendee(session_id, room[1])
    clock.advance(30)
    lv.next_turn(round_id)
    state = lv.state(round_id)
    assert state.current.attendee_id == room[2]
    skipped = next(t for t in state.turns if t.attendee_id == room[1])
    assert skipped.status is TurnStatus.ABSENT and "Signed out" in skipped.note
    with pytest.raises(ValidationError, match="not signed in"):
        lv.add_late(round_id, room[1])
    lv.end_round(round_id)
    assert lv.active_round(session_id).round.status is RoundStatus.FINISHED


def test_speaking_record_switches_cleanly_and_shares_by_group(
        services: Services, session_id: int, room: list[int], clock: FakeClock) -> None:
    sp = services.speaking
    priya, kai, helen, jo = room
    sp.raise_hand(session_id, kai)
    clock.advance(1)
    sp.raise_hand(session_id, jo)
    sp.mark_speaker(session_id, helen)
    clock.advance(300)
    sp.mark_speaker(session_id, priya)  # two marked at once? the first segment ends here
    clock.advance(100)
    assert [h.attendee_id for h in sp.hands_queue(session_id)] == [kai, jo]
    sp.mark_speaker(session_id, kai)  # given the floor from the queue: hand comes down
    assert [h.attendee_id for h in sp.hands_queue(session_id)] == [jo]
    clock.advance(100)
    sp.mark_speaker(session_id, None)
    assert services.levelling.data.open_segment(session_id) is None
    assert sp.talk(session_id) == {helen: 300, priya: 100, kai: 100}
    shares = {s.group: s for s in sp.balance(session_id)}
    assert shares[Group.STAFF].room_share == 0.25 and shares[Group.STAFF].talk_share == 0.6
    assert shares[Group.PARENT_CARER].room_share == 0.5
    assert shares[Group.PARENT_CARER].talk_share == pytest.approx(0.2)
    with pytest.raises(ValidationError, match="not signed in"):
        services.people.sign_out_attendee(session_id, jo)
        sp.mark_speaker(session_id, jo)


def test_story_turn_notes_and_undo(services: Services, session_id: int, room: list[int],
                                   clock: FakeClock) -> None:
    st = services.stories
    story_id = int(st.add_story(session_id, room[0], title="The long wait",
                                prompt="Tell us about a time when…").new_id or 0)
    story = st.data.story(story_id)
    assert story.consent is WordsUse.ANONYMOUS and story.limit_s == 180  # Priya's default
    st.start_story(story_id)
    clock.advance(200)
    ended = st.end_story(story_id)
    assert ended.revision_id is not None
    assert st.data.story(story_id).duration_s == 200
    first = st.add_heard_note(story_id, "Three years is a long time to wait")
    second = st.add_heard_note(story_id, "Nobody explained the list", author_id=room[1])
    notes = st.data.heard_notes(story_id)
    assert [n.story_id for n in notes] == [story_id, story_id]
    # Together on the board, in a cluster named by the story's number (never its title).
    assert notes[0].cluster_id is not None and notes[1].cluster_id == notes[0].cluster_id
    assert notes[1].y == notes[0].y and notes[1].x > notes[0].x
    cluster = services.board.read.cluster(notes[0].cluster_id)
    assert cluster.title == "What we heard: story 1"
    assert cluster.x + cluster.w >= notes[1].x + 220
    services.history.undo(int(second.revision_id or 0))
    assert len(st.data.heard_notes(story_id)) == 1
    delete = st.delete_story(story_id)
    assert services.read.notes(session_id) == []
    assert services.board.read.clusters(session_id) == []
    services.history.undo(int(delete.revision_id or 0))
    assert [n.id for n in st.data.heard_notes(story_id)] == [first.new_id]
    assert [c.id for c in services.board.read.clusters(session_id)] == [cluster.id]


def test_room_only_stories_never_come_out_for_export(services: Services, session_id: int,
                                                     room: list[int], clock: FakeClock) -> None:
    st = services.stories
    priya, kai, helen, jo = room
    services.people.set_consent(jo, Consent(name_in_handouts=True, words=WordsUse.NAMED))
    services.people.set_consent(priya, Consent(words=WordsUse.NAMED))  # but not her name printed
    made = {}
    for teller, consent, title in [(priya, WordsUse.ROOM_ONLY, "Kept here"),
                                   (kai, WordsUse.ANONYMOUS, "School mornings"),
                                   (jo, WordsUse.NAMED, "The good GP"),
                                   (helen, WordsUse.NAMED, "Changed my mind")]:
        made[title] = int(st.add_story(session_id, teller, title=title,
                                       consent=consent).new_id or 0)
        st.start_story(made[title])
        clock.advance(60)
        st.end_story(made[title])
        st.add_heard_note(made[title], f"Heard: {title}")
    # Helen later chooses "room only" for everything she says: her story is held back too.
    services.people.set_consent(helen, Consent(words=WordsUse.ROOM_ONLY))
    waiting = int(st.add_story(session_id, jo, title="Not told yet",
                               consent=WordsUse.NAMED).new_id or 0)
    unnamed = int(st.add_story(session_id, priya, title="Named, no name printed",
                               consent=WordsUse.NAMED).new_id or 0)
    st.start_story(unnamed)
    st.end_story(unnamed)

    exported = LevellingReader(services.file.read_connection()).stories_for_export(session_id)
    assert [(e.title, e.teller_name, e.consent) for e in exported] == [
        ("School mornings", None, WordsUse.ANONYMOUS), ("The good GP", "Jo", WordsUse.NAMED),
        ("Named, no name printed", None, WordsUse.ANONYMOUS)]
    assert exported[1].heard == ("Heard: The good GP",)
    all_titles = {e.title for e in LevellingReader(services.file.db).stories_for_export()}
    assert "Kept here" not in all_titles and "Changed my mind" not in all_titles
    assert waiting not in {e.story_id for e in exported}
    withheld = {services.read.note(n).text for n in st.data.withheld_note_ids(session_id)}
    assert withheld == {"Heard: Kept here", "Heard: Changed my mind"}


def test_story_queue_rules(services: Services, session_id: int, room: list[int]) -> None:
    st = services.stories
    a = int(st.add_story(session_id, room[0]).new_id or 0)
    b = int(st.add_story(session_id, room[1], limit_s=240).new_id or 0)
    st.reorder_stories(session_id, [b, a])
    assert [s.id for s in st.data.stories(session_id)] == [b, a]
    st.start_story(b)
    with pytest.raises(ValidationError, match="Another story"):
        st.start_story(a)
    with pytest.raises(ValidationError, match="between 30 seconds"):
        st.add_story(session_id, room[2], limit_s=3)
    with pytest.raises(ValidationError, match="title is 121 characters"):
        st.add_story(session_id, room[2], title="t" * 121)
    services.people.sign_out_attendee(session_id, room[3])
    with pytest.raises(ValidationError, match="Sign them in first"):
        st.add_story(session_id, room[3])
    phone = st.add_story(session_id, room[2], initiator="phone")
    assert phone.revision_id is None and st.data.story(int(phone.new_id or 0)).added_via == "phone"
    assert st.data.story(b).status is StoryStatus.TELLING


def test_deleting_a_session_takes_its_levelling_records_and_undo_brings_them_back(
        services: Services, session_id: int, room: list[int], clock: FakeClock) -> None:
    round_id = int(services.levelling.create_round(session_id).new_id or 0)
    services.levelling.start_round(round_id)
    services.speaking.mark_speaker(session_id, room[1])
    services.speaking.raise_hand(session_id, room[2])
    story = int(services.stories.add_story(session_id, room[0], title="T").new_id or 0)
    services.stories.add_heard_note(story, "heard")
    clock.advance(20)
    delete = services.sessions.delete_session(session_id)
    data = services.levelling.data
    assert data.rounds(session_id) == [] and data.segments(session_id) == []
    assert data.stories(session_id) == [] and services.board.read.clusters(session_id) == []
    services.history.undo(int(delete.revision_id or 0))
    assert services.levelling.state(round_id).current.attendee_id == room[0]
    assert data.open_segment(session_id).attendee_id == room[1]
    assert [h.attendee_id for h in data.hands(session_id)] == [room[2]]
    assert [n.text for n in data.heard_notes(story)] == ["heard"]
