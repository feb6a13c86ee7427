"""A drag of many notes is a few statements, not three per note, and undoes like before."""

from __future__ import annotations

from coprod_desktop.services import Services


def _notes(services: Services, n: int) -> tuple[int, list[int]]:
    sid = int(services.sessions.create_session("Board", "2026-03-03").new_id or 0)
    return sid, [int(services.notes.add_note(sid, f"Note {i}", x=i * 10.0, y=0.0).new_id or 0)
                 for i in range(n)]


def _statements(services: Services, call) -> list[str]:
    seen: list[str] = []
    services.file.db.conn.set_trace_callback(seen.append)
    try:
        call()
    finally:
        services.file.db.conn.set_trace_callback(None)
    return [s for s in seen if s.split()[0].upper() in ("SELECT", "UPDATE")]


def test_moving_fifty_notes_costs_a_few_statements_and_undoes(services: Services) -> None:
    _sid, ids = _notes(services, 50)
    moves = {note: (500.0 + i, 300.0) for i, note in enumerate(ids)}
    statements = _statements(services, lambda: services.board.clusters.move(notes=moves))
    touching_notes = [s for s in statements if " note" in s or "[note]" in s]
    assert len(touching_notes) <= 6, touching_notes  # was 150: a SELECT, UPDATE, SELECT each
    assert services.read.note(ids[7]).x == 507.0
    change = services.notes.move_notes({ids[0]: (1.0, 2.0), ids[1]: (3.0, 4.0)})
    services.history.undo(int(change.revision_id or 0))
    assert (services.read.note(ids[0]).x, services.read.note(ids[1]).y) == (500.0, 300.0)


def test_a_note_moved_into_a_cluster_keeps_both_changes(services: Services) -> None:
    sid, ids = _notes(services, 3)
    frame = int(services.board.clusters.create_cluster(sid, "Frame", x=0, y=500).new_id or 0)
    services.board.clusters.move(notes={ids[0]: (20.0, 560.0)}, into={ids[0]: frame})
    note = services.read.note(ids[0])
    assert (note.x, note.y, note.cluster_id) == (20.0, 560.0, frame)
