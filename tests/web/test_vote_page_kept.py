"""The vote page: its items kept until the board or the vote changes, the phone's own dots read
every time, and a vote on a few notes of a big board reading only those notes."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from coprod_desktop.domain.board import TargetKind, VoteRound
from coprod_desktop.store.board_reader import BoardReader
from coprod_desktop.store.snapshot import open_read_only
from coprod_desktop.web.state_cache import VOTE_ITEM_TABLES
from tests.web.phone_helpers import PhoneEnv, csrf_of
from tests.web.test_phone_state_cache import _tables_read

MINE = re.compile(r"Your dots here: <strong>(\d+)</strong>")


def _notes(env: PhoneEnv, *texts: str) -> list[int]:
    notes = env.services.notes
    return [int(env.run(lambda t=t: notes.add_note(env.session_id, t, x=0, y=0)).new_id or 0)
            for t in texts]


def test_the_vote_page_follows_the_board_and_shows_only_this_phone_s_dots(
        phone_env: PhoneEnv) -> None:
    env = phone_env
    first, second, _ = _notes(env, "Waiting lists", "Letters", "Not in the vote")
    round_id = int(env.run(lambda: env.services.board.votes.open_vote(
        env.session_id, target_kind="note", dots_per_person=3,
        target_ids=[first, second])).new_id or 0)
    ann, bo = env.signed_in("Ann"), env.signed_in("Bo", address="10.0.0.2")
    page = ann.get("/vote").text
    assert "Waiting lists" in page and "Letters" in page and "Not in the vote" not in page
    csrf = csrf_of(page)
    for target in (first, first, second):
        assert ann.post("/vote", data={"csrf": csrf, "target": str(target)}).status_code == 303
    assert MINE.findall(ann.get("/vote").text) == ["2", "1"]  # items by id: first, second
    assert "You have 0 of 3 dots left" in ann.get("/vote").text
    assert MINE.findall(bo.get("/vote").text) == ["0", "0"]  # nobody sees another's dots
    assert "You have 3 of 3 dots left" in bo.get("/vote").text

    env.run(lambda: env.services.notes.edit_note(first, "Waiting lists & <letters>"))
    edited = bo.get("/vote").text
    assert "Waiting lists &amp; &lt;letters&gt;" in edited and "Waiting lists</p>" not in edited
    env.run(lambda: env.services.board.votes.close_vote(round_id))
    assert "No vote just now" in bo.get("/vote").text
    assert env.web.context.state.hits > 0


def test_a_vote_s_items_are_read_from_the_tables_they_are_kept_by(phone_env: PhoneEnv) -> None:
    env = phone_env
    ids = _notes(env, "One", "Two")
    env.run(lambda: env.services.board.votes.open_vote(env.session_id, target_kind="note"))
    path: Path = env.services.file.path

    def items(db: object) -> None:
        board = BoardReader(db)  # type: ignore[arg-type]
        vote_round = board.open_round(env.session_id)
        assert vote_round is not None and sorted(board.eligible(vote_round)) == ids

    assert _tables_read(path, items) <= VOTE_ITEM_TABLES


def test_a_round_s_items_are_its_own_however_many_it_names(phone_env: PhoneEnv) -> None:
    env = phone_env
    ids = _notes(env, *(f"Note {n}" for n in range(620)))
    db = open_read_only(env.services.file.path)
    try:
        board = BoardReader(db)
        for chosen in (ids[3:15], ids[::2], []):  # a few, more than go into one statement, all
            vote_round = VoteRound(id=1, session_id=env.session_id, activity_id=None, title="",
                                   target_kind=TargetKind.NOTE, target_ids=tuple(chosen),
                                   dots_per_person=3, cap_per_item=None, is_open=True,
                                   opened_at=datetime(2026, 3, 3, 10), closed_at=None)
            labels = board.eligible(vote_round)
            assert sorted(labels) == sorted(chosen or ids)
            assert all(labels[i] == f"Note {ids.index(i)}" for i in labels)
    finally:
        db.close()
