"""Cluster commands: each applies, undoes and redoes through the file's history."""

from __future__ import annotations

import pytest
from board_steps import notes, undo_redo

from coprod_desktop.domain.board import CLUSTER_PAD, CLUSTER_TITLE_H, NOTE_W, grid_positions, rank
from coprod_desktop.domain.errors import ConflictError, ValidationError
from coprod_desktop.services import Services


def _cluster(services: Services, session_id: int, title: str = "School", **kwargs: object) -> int:
    return int(services.board.clusters.create_cluster(session_id, title, **kwargs).new_id or 0)


def _state(services: Services, session_id: int) -> object:
    read = services.board.read
    return ([(n.id, n.x, n.y, n.cluster_id) for n in read.notes(session_id)],
            [(c.id, c.title, c.colour, c.x, c.y, c.w, c.h, c.collapsed)
             for c in read.clusters(session_id)])


def test_create_empty_cluster(services: Services, session_id: int) -> None:
    change = services.board.clusters.create_cluster(session_id, " Waiting ", x=100, y=50,
                                                    colour="blue")
    cluster = services.board.read.cluster(int(change.new_id or 0))
    assert (cluster.title, cluster.colour, cluster.x, cluster.y) == ("Waiting", "blue", 100, 50)
    assert change.label == "New cluster ‘Waiting’"
    undo_redo(services, change, lambda: _state(services, session_id))


def test_create_cluster_round_notes_tidies_them(services: Services, session_id: int) -> None:
    ids = notes(services, session_id, 5, y=400)
    change = services.board.clusters.create_cluster(session_id, "Waiting", note_ids=ids)
    cluster = services.board.read.cluster(int(change.new_id or 0))
    members = services.board.read.cluster_notes(cluster.id)
    assert {n.id for n in members} == set(ids)
    assert (cluster.x, cluster.y) == (-CLUSTER_PAD, 400 - CLUSTER_TITLE_H)
    expected, w, h = grid_positions((cluster.x, cluster.y), ids)
    assert {n.id: (n.x, n.y) for n in members} == expected and (cluster.w, cluster.h) == (w, h)
    assert change.label == "Cluster 5 notes as ‘Waiting’"
    undo_redo(services, change, lambda: _state(services, session_id))


def test_rename_recolour_collapse(services: Services, session_id: int) -> None:
    cid = _cluster(services, session_id)
    snap = lambda: _state(services, session_id)  # noqa: E731
    undo_redo(services, services.board.clusters.rename_cluster(cid, "School and learning"), snap)
    undo_redo(services, services.board.clusters.recolour_cluster(cid, "green"), snap)
    change = services.board.clusters.set_collapsed([cid], True)
    assert change.label == "Collapse ‘School and learning’"
    assert services.board.read.cluster(cid).collapsed
    undo_redo(services, change, snap)
    with pytest.raises(ValidationError, match="title is empty"):
        services.board.clusters.rename_cluster(cid, "   ")
    with pytest.raises(ValidationError, match="colours"):
        services.board.clusters.recolour_cluster(cid, "tartan")


def test_moving_a_cluster_carries_its_notes(services: Services, session_id: int) -> None:
    ids = notes(services, session_id, 4)
    cid = _cluster(services, session_id, note_ids=ids[:3])
    before = {n.id: (n.x, n.y) for n in services.board.read.notes(session_id)}
    frame = services.board.read.cluster(cid)
    change = services.board.clusters.move(clusters={cid: (frame.x + 1000, frame.y - 50)})
    after = {n.id: (n.x, n.y) for n in services.board.read.notes(session_id)}
    for note_id in ids[:3]:
        assert after[note_id] == (before[note_id][0] + 1000, before[note_id][1] - 50)
    assert after[ids[3]] == before[ids[3]]
    assert change.label == "Move ‘School’"
    undo_redo(services, change, lambda: _state(services, session_id))


def test_drag_many_notes_into_a_cluster_is_one_step(services: Services, session_id: int) -> None:
    ids = notes(services, session_id, 50)
    cid = _cluster(services, session_id, x=0, y=2000)
    frame = services.board.read.cluster(cid)
    positions = {n: (frame.x + 30 + i * 5, frame.y + 80 + i * 3) for i, n in enumerate(ids)}
    change = services.board.clusters.move(notes=positions, into=dict.fromkeys(ids, cid))
    assert change.label == "Move 50 notes into ‘School’"
    assert {n.id for n in services.board.read.cluster_notes(cid)} == set(ids)
    grown = services.board.read.cluster(cid)
    right = max(x for x, _ in positions.values()) + NOTE_W + CLUSTER_PAD
    assert grown.x + grown.w == pytest.approx(right)
    undo_redo(services, change, lambda: _state(services, session_id))
    out = services.board.clusters.move(notes={ids[0]: (-900.0, 0.0)}, into={ids[0]: None})
    assert out.label == "Take 1 note out of its cluster"
    assert services.read.note(ids[0]).cluster_id is None
    undo_redo(services, out, lambda: _state(services, session_id))


def test_move_validates(services: Services, session_id: int) -> None:
    ids = notes(services, session_id, 1)
    with pytest.raises(ValidationError, match="Nothing is selected"):
        services.board.clusters.move()
    with pytest.raises(ValidationError, match="off the board"):
        services.board.clusters.move(notes={ids[0]: (float("inf"), 0.0)})
    with pytest.raises(ValidationError, match="no longer on the board"):
        services.board.clusters.move(notes={999: (0.0, 0.0)})
    other = int(services.sessions.create_session("Other", "2026-03-04").new_id or 0)
    elsewhere = _cluster(services, other, "Elsewhere")
    with pytest.raises(ValidationError, match="within one board"):
        services.board.clusters.move(into={ids[0]: elsewhere})
    assert services.read.note(ids[0]).cluster_id is None


def test_tidy_lays_out_a_grid_in_reading_order(services: Services, session_id: int) -> None:
    ids = notes(services, session_id, 7)
    cid = _cluster(services, session_id, note_ids=ids)
    services.board.clusters.move(notes={ids[6]: (5000.0, 3000.0)})  # dragged far inside
    change = services.board.clusters.tidy_clusters([cid], heights={ids[0]: 300.0})
    assert change.label == "Tidy ‘School’"
    frame = services.board.read.cluster(cid)
    expected, w, h = grid_positions((frame.x, frame.y), ids, {ids[0]: 300.0})
    assert {n.id: (n.x, n.y) for n in services.board.read.cluster_notes(cid)} == expected
    assert (frame.w, frame.h) == (w, h)
    undo_redo(services, change, lambda: _state(services, session_id))


def test_merge_two_clusters_boils_down(services: Services, session_id: int) -> None:
    ids = notes(services, session_id, 6)
    keep = _cluster(services, session_id, "Waiting", note_ids=ids[:4])
    absorb = _cluster(services, session_id, "Diagnosis", note_ids=ids[4:])
    change = services.board.clusters.merge_clusters(keep, absorb)
    assert change.label == "Merge ‘Diagnosis’ into ‘Waiting’"
    assert [c.id for c in services.board.read.clusters(session_id)] == [keep]
    assert {n.id for n in services.board.read.cluster_notes(keep)} == set(ids)
    undo_redo(services, change, lambda: _state(services, session_id))
    with pytest.raises(ValidationError, match="two different"):
        services.board.clusters.merge_clusters(keep, keep)


def test_merge_is_refused_while_a_cluster_vote_is_open(services: Services, session_id: int) -> None:
    a, b = _cluster(services, session_id, "A"), _cluster(services, session_id, "B")
    services.board.votes.open_vote(session_id, target_kind="cluster")
    with pytest.raises(ConflictError, match="Close it before merging"):
        services.board.clusters.merge_clusters(a, b)


def test_delete_cluster_keeping_or_deleting_its_notes(services: Services, session_id: int) -> None:
    ids = notes(services, session_id, 6)
    keep = _cluster(services, session_id, "Keep", note_ids=ids[:3])
    drop = _cluster(services, session_id, "Drop", note_ids=ids[3:])
    snap = lambda: _state(services, session_id)  # noqa: E731
    kept = services.board.clusters.delete_items(cluster_ids=[keep], keep_notes=True)
    assert kept.label == "Delete ‘Keep’ (keeping its notes)"
    assert all(services.read.note(i).cluster_id is None for i in ids[:3])
    undo_redo(services, kept, snap)
    gone = services.board.clusters.delete_items(cluster_ids=[drop], keep_notes=False)
    assert gone.label == "Delete ‘Drop’ and 3 notes"
    assert len(services.board.read.notes(session_id)) == 3
    undo_redo(services, gone, snap)


def test_deleting_hundreds_of_notes_is_one_step(services: Services, session_id: int) -> None:
    ids = notes(services, session_id, 400)
    cid = _cluster(services, session_id, note_ids=ids[:100])
    change = services.board.clusters.delete_items(note_ids=ids[50:], cluster_ids=[cid],
                                                  keep_notes=True)
    assert len(services.board.read.notes(session_id)) == 50
    assert services.history.revisions()[-1].id == change.revision_id
    undo_redo(services, change, lambda: _state(services, session_id))


def test_rank_shares_places_on_a_tie() -> None:
    results = rank({1: 12, 2: 47, 3: 12, 4: 38, 5: 0}, {1: "b", 2: "w", 3: "a", 4: "s", 5: "z"})
    assert [(r.target_id, r.place_text) for r in results] == [
        (2, "1st"), (4, "2nd"), (3, "=3rd"), (1, "=3rd"), (5, "5th")]
