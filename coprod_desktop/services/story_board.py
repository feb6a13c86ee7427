"""Where a story's "what I heard" notes go on the board: together, in a cluster of their own.

The first note about a story makes a cluster: the session's first story cluster goes to the right
of everything on the board, later ones below it. Later notes take the next place in their story's
cluster, and the frame grows to fit. The cluster's title names the
story by its number, never by its title: a board (and anything exported from it) must not carry
the title of a story its teller wanted kept in the room.
"""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.domain.board import GAP, NOTE_W, TargetKind, grid_positions
from coprod_desktop.domain.levelling import Story
from coprod_desktop.services.board_base import delete_votes_on
from coprod_desktop.services.unit_of_work import UnitOfWork
from coprod_desktop.store.board_reader import BoardReader

HEARD_COLUMNS = 2
MARGIN = 2 * (NOTE_W + GAP)  # between the board's other contents and the story clusters
STACK_GAP = 6 * GAP  # between one story's cluster and the next, below it


@dataclass(frozen=True)
class Spot:
    cluster_id: int
    activity_id: int | None
    x: float
    y: float


def heard_title(number: int) -> str:
    return f"What we heard: story {number}"


def place_heard_note(unit: UnitOfWork, story: Story, number: int, created_at: str) -> Spot:
    """The story's cluster (made now if needed) and the next free place in it, frame grown."""
    db = unit.db
    found = list(db.query(
        "SELECT cluster.* FROM note JOIN cluster ON cluster.id = note.cluster_id "
        "WHERE note.story_id = ? ORDER BY note.id LIMIT 1", [story.id]))
    if found:
        frame = dict(found[0])
    else:
        x, y = _new_column(unit, story.session_id)
        activity = BoardReader(unit.db).board_for_new_notes(story.session_id)
        cluster_id = int(unit.insert("cluster", {
            "session_id": story.session_id, "activity_id": activity, "title": heard_title(number),
            "colour": "white", "x": x, "y": y, "w": NOTE_W, "h": NOTE_W, "collapsed": 0,
            "created_at": created_at}))
        frame = unit.current("cluster", cluster_id) or {}
    inside = [int(r["id"]) for r in db.query(
        "SELECT id FROM note WHERE cluster_id = ? ORDER BY id", [frame["id"]])]
    positions, w, h = grid_positions((frame["x"], frame["y"]), [*inside, -1], None, HEARD_COLUMNS)
    unit.update("cluster", frame["id"], w=max(frame["w"], w) if inside else w,
                h=max(frame["h"], h) if inside else h)
    x, y = positions[-1]
    return Spot(cluster_id=int(frame["id"]), activity_id=frame["activity_id"], x=x, y=y)


def remove_heard(unit: UnitOfWork, story: Story) -> None:
    """Delete a story's "what I heard" notes, their dots, and their cluster once it is empty."""
    notes = list(unit.db.query("SELECT id, cluster_id FROM note WHERE story_id = ?", [story.id]))
    delete_votes_on(unit, TargetKind.NOTE, [n["id"] for n in notes])
    for note in notes:
        unit.delete("note", note["id"])
    for cluster_id in {n["cluster_id"] for n in notes if n["cluster_id"] is not None}:
        left = list(unit.db.query("SELECT 1 FROM note WHERE cluster_id = ? LIMIT 1", [cluster_id]))
        if not left:
            delete_votes_on(unit, TargetKind.CLUSTER, [cluster_id])
            unit.delete("cluster", cluster_id)


def _new_column(unit: UnitOfWork, session_id: int) -> tuple[float, float]:
    """Below the session's other story clusters; the first one to the right of the whole board."""
    stories = list(unit.db.query(
        "SELECT MIN(cluster.x) AS x, MAX(cluster.y + cluster.h) AS bottom FROM cluster "
        "WHERE cluster.session_id = ? AND cluster.id IN "
        "(SELECT cluster_id FROM note WHERE story_id IS NOT NULL)", [session_id]))
    if stories and stories[0]["x"] is not None:
        return float(stories[0]["x"]), float(stories[0]["bottom"]) + STACK_GAP
    edges = list(unit.db.query(
        "SELECT MAX(x + ?) AS right, MIN(y) AS top FROM note WHERE session_id = ? "
        "UNION ALL SELECT MAX(x + w), MIN(y) FROM cluster WHERE session_id = ?",
        [NOTE_W, session_id, session_id]))
    rights = [r["right"] for r in edges if r["right"] is not None]
    tops = [r["top"] for r in edges if r["top"] is not None]
    if not rights:
        return 0.0, 0.0
    return float(max(rights)) + MARGIN, float(min(tops))
