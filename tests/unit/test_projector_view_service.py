"""What the projector shows is kept per session, written only when it changes, never undoable."""

from __future__ import annotations

from coprod_desktop.domain.projector_view import ProjectorShown
from coprod_desktop.services import Services
from coprod_desktop.store.tables import Table


def test_nothing_known_is_an_empty_record(services: Services, session_id: int) -> None:
    assert services.projector_view.shown(session_id) == ProjectorShown()


def test_changes_are_kept_field_by_field(services: Services, session_id: int) -> None:
    heard: list[object] = []
    services.subscribe(heard.append)
    revisions = len(services.history.revisions())
    change = services.projector_view.show(session_id, view="jargon", term="EHCP",
                                          explanation="A plan <b>for</b> support.")
    assert change is not None and change.touches(Table.PROJECTOR_VIEW)
    assert change.revision_id is None  # nothing for Edit › Undo
    assert len(services.history.revisions()) == revisions
    services.projector_view.show(session_id, view="board", dots_round_id=7)
    shown = services.projector_view.shown(session_id)
    assert shown == ProjectorShown(view="board", term="EHCP",
                                   explanation="A plan <b>for</b> support.", dots_round_id=7)
    services.projector_view.show(session_id, blank=True, dots_round_id=None)
    shown = services.projector_view.shown(session_id)
    assert shown.blank and shown.dots_round_id is None and shown.view == "board"
    assert len(heard) == 3


def test_the_same_view_twice_writes_once(services: Services, session_id: int) -> None:
    assert services.projector_view.show(session_id, view="agenda") is not None
    assert services.projector_view.show(session_id, view="agenda") is None


def test_each_session_has_its_own(services: Services, session_id: int) -> None:
    other = int(services.sessions.create_session("Team meeting 4", "2026-11-10").new_id or 0)
    services.projector_view.show(session_id, view="polls")
    assert services.projector_view.shown(other) == ProjectorShown()
    services.sessions.delete_session(session_id)  # its projector row goes with it
    assert services.read.projector_view.row_id(session_id) is None
