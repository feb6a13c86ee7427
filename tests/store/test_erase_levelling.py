"""Erasing someone who has the floor, is in a round's queue, raised a hand, and told stories:
their turn is ended first (each its own step), stories told with their name go, others stay
without a name, and other people's "what I heard" notes stay on the board."""

from __future__ import annotations

import pytest

from coprod_desktop.domain.erasure import EraseChoices
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.levelling import TurnStatus
from coprod_desktop.services import Services
from coprod_desktop.store.levelling_reader import LevellingReader


def _room(services: Services, session_id: int) -> dict[str, int]:
    people = services.people
    ids = {key: int(people.sign_in_attendee(session_id, name=name, group=group).new_id or 0)
           for key, name, group in (("rhiannon", "Rhiannon Pryce-Adebayo", "parent_carer"),
                                    ("joe", "Joe", "staff"), ("mo", "Mo", "young_person"))}
    stories = services.stories
    told_named = int(stories.add_story(session_id, ids["rhiannon"], title="The night bus",
                                       consent="named").new_id or 0)
    stories.start_story(told_named)
    stories.end_story(told_named)
    stories.add_heard_note(told_named, "She waited two hours", author_id=ids["joe"])
    told_quiet = int(stories.add_story(session_id, ids["rhiannon"], title="School gates",
                                       consent="anonymous").new_id or 0)
    stories.start_story(told_quiet)
    stories.end_story(told_quiet)
    ids["named_story"], ids["quiet_story"] = told_named, told_quiet
    rid = int(services.levelling.create_round(
        session_id, "Check-in", people=[ids["joe"], ids["rhiannon"], ids["mo"]]).new_id or 0)
    services.levelling.start_round(rid)
    services.levelling.next_turn(rid)  # now Rhiannon's turn
    services.speaking.mark_speaker(session_id, ids["rhiannon"])
    services.speaking.raise_hand(session_id, ids["mo"])
    ids["round"] = rid
    return ids


def test_mid_turn_storyteller_is_erased_without_losing_anything_else(
        services: Services, session_id: int) -> None:
    ids = _room(services, session_id)
    plan = services.erase.plan(ids["rhiannon"])
    assert plan.speaking_now and (plan.stories_named, plan.stories_other) == (1, 1)
    with pytest.raises(ValidationError, match="has the floor right now"):
        services.erase.erase(ids["rhiannon"], EraseChoices(end_turn=False))
    steps_before = len(services.history.revisions())
    services.erase.erase(ids["rhiannon"])
    labels = [r.label for r in services.history.revisions()[steps_before:]]
    assert labels == ["Next turn", "Nobody speaking", f"Erase person {ids['rhiannon']}"]
    data = LevellingReader(services.file.db)
    turns = {t.attendee_id: t.status for t in data.turns(ids["round"])}
    assert turns[ids["rhiannon"]] is TurnStatus.DONE and turns[ids["mo"]] is TurnStatus.SPEAKING
    assert data.open_segment(session_id) is None
    assert [h.attendee_id for h in data.hands(session_id)] == [ids["mo"]]  # Mo's hand stays up
    assert [s.title for s in data.stories(session_id)] == ["School gates"]
    heard = [n for n in services.read.notes(session_id) if n.text == "She waited two hours"]
    assert len(heard) == 1 and heard[0].story_id is None and heard[0].cluster_id is not None
    assert ids["rhiannon"] not in {a.id for a in services.read.present(session_id)}
    [pending] = services.erase.pending()
    assert "1 story told with their name removed" in pending.summary


def test_waiting_turns_leave_the_queue_and_stories_can_all_go(services: Services,
                                                              session_id: int) -> None:
    ids = _room(services, session_id)
    later = int(services.levelling.create_round(
        session_id, "Check-out", people=[ids["joe"], ids["rhiannon"]]).new_id or 0)
    services.erase.erase(ids["rhiannon"], EraseChoices(keep_anonymous_stories=False))
    data = LevellingReader(services.file.db)
    assert [t.attendee_id for t in data.turns(later)] == [ids["joe"]]
    assert data.stories(session_id) == []


def test_a_story_told_with_their_name_is_gone_from_the_bytes(services: Services,
                                                             session_id: int,
                                                             programme_path) -> None:
    ids = _room(services, session_id)
    services.erase.erase(ids["rhiannon"])
    [pending] = services.erase.pending()
    services.erase.confirm(pending.id)
    data = programme_path.read_bytes()
    assert b"The night bus" not in data and b"Pryce-Adebayo" not in data
    assert b"School gates" in data  # told without their name: kept
