"""The demo programme's rounds, speaking records and stories, read back from the file."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.demo.builder import build_demo
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.levelling import RoundStatus, StoryStatus
from coprod_desktop.domain.records import WordsUse
from coprod_desktop.services import Services
from coprod_desktop.store.programme_file import ProgrammeFile


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    path = build_demo(tmp_path_factory.mktemp("demo") / "demo.coprod")
    services = Services(ProgrammeFile.open(path), FakeClock(datetime(2026, 12, 1, tzinfo=UTC)))
    yield services
    services.close()


def test_every_held_session_has_a_finished_round_and_a_record(demo: Services) -> None:
    held = [s for s in demo.read.sessions() if demo.read.present(s.id)]
    assert len(held) == 6
    for session in held:
        rounds = demo.levelling.data.rounds(session.id)
        assert rounds and all(r.status is RoundStatus.FINISHED for r in rounds)
        assert demo.levelling.data.segments(session.id)
        assert demo.levelling.data.open_segment(session.id) is None
        assert demo.levelling.data.hands(session.id) == []
        assert all(s.status is StoryStatus.TOLD for s in demo.stories.data.stories(session.id))


def test_discovery_talk_is_lopsided_as_the_demo_intends(demo: Services) -> None:
    discovery = next(s for s in demo.read.sessions() if s.kind == "discovery")
    shares = {s.group: s for s in demo.speaking.balance(discovery.id)}
    assert shares[Group.STAFF].talk_share > 2 * shares[Group.STAFF].room_share
    assert shares[Group.PARENT_CARER].talk_share < shares[Group.PARENT_CARER].room_share
    assert sum(s.room_share for s in shares.values()) == pytest.approx(1.0)
    assert sum(s.talk_share for s in shares.values()) == pytest.approx(1.0)


def test_demo_stories_have_mixed_consent_and_room_only_stays_in(demo: Services) -> None:
    told = [s for session in demo.read.sessions() for s in demo.stories.data.stories(session.id)]
    assert {s.consent for s in told} == set(WordsUse)
    exported = demo.levelling.data.stories_for_export()
    room_only = {s.id for s in told if s.consent is WordsUse.ROOM_ONLY}
    assert exported and not room_only & {e.story_id for e in exported}
    assert all((e.teller_name is not None) == (e.consent is WordsUse.NAMED) for e in exported)
    withheld = demo.levelling.data.withheld_note_ids()
    heard_in_room = {n.id for s in told if s.id in room_only
                     for n in demo.stories.data.heard_notes(s.id)}
    assert heard_in_room and heard_in_room <= withheld
