"""Helpers for the board's service tests: apply a command, then undo and redo it from the file."""

from __future__ import annotations

from collections.abc import Callable

from coprod_desktop.services import ChangeSet, Services


def notes(services: Services, session_id: int, count: int, **kwargs: object) -> list[int]:
    return [int(services.notes.add_note(session_id, f"note {i}", x=i * 240.0, **kwargs).new_id or 0)
            for i in range(count)]


def undo_redo(services: Services, change: ChangeSet, snapshot: Callable[[], object]) -> None:
    """Undo `change` and redo it through services.history; check the state each way round.

    `snapshot` reads whatever the command changed. After undo it must equal the state before the
    command (taken by replaying the undo), after redo the state the command left.
    """
    assert change.revision_id is not None, "a console command must be undoable"
    after = snapshot()
    services.history.undo(change.revision_id)
    before = snapshot()
    assert before != after, "undo changed nothing"
    services.history.redo(change.revision_id)
    assert snapshot() == after
    services.history.undo(change.revision_id)
    assert snapshot() == before
    services.history.redo(change.revision_id)
    assert snapshot() == after
