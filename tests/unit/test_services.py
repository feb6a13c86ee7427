"""The write path: validation with plain messages, ChangeSets, and undo/redo from the file."""

from __future__ import annotations

import pytest

from coprod_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from coprod_desktop.domain.groups import Group
from coprod_desktop.services import ChangeSet, Services


def test_add_note_publishes_a_changeset(services: Services, session_id: int) -> None:
    heard: list[ChangeSet] = []
    services.subscribe(heard.append)
    change = services.notes.add_note(session_id, "Too many forms", colour="pink", x=5, y=6)
    assert heard == [change]
    assert change.touches("note") and not change.touches("session")
    assert change.ids("note") == {change.new_id}
    assert change.initiator == "console" and change.revision_id is not None
    note = services.read.note(int(change.new_id or 0))
    assert (note.text, note.colour, note.x, note.y) == ("Too many forms", "pink", 5, 6)


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_empty_note_is_refused(services: Services, session_id: int, text: str) -> None:
    with pytest.raises(ValidationError, match="empty"):
        services.notes.add_note(session_id, text)
    assert services.read.notes(session_id) == []


def test_long_note_is_refused_not_cut(services: Services, session_id: int) -> None:
    with pytest.raises(ValidationError, match="2,001 characters long; the most is 2,000"):
        services.notes.add_note(session_id, "y" * 2001)
    assert services.read.notes(session_id) == []


def test_bad_colour_and_position(services: Services, session_id: int) -> None:
    with pytest.raises(ValidationError, match="colours"):
        services.notes.add_note(session_id, "x", colour="tartan")
    with pytest.raises(ValidationError, match="off the board"):
        services.notes.add_note(session_id, "x", x=float("nan"))


def test_session_validation(services: Services) -> None:
    with pytest.raises(ValidationError, match="end after it starts"):
        services.sessions.create_session("Late", "2026-01-06", starts_at="18:00",
                                         ends_at="17:00")
    with pytest.raises(ValidationError, match="2026-03-14"):
        services.sessions.create_session("Bad date", "14/03/2026")
    with pytest.raises(ValidationError, match="title is empty"):
        services.sessions.create_session("  ", "2026-01-06")


def test_sign_in_twice_and_back_after_signing_out(services: Services, session_id: int) -> None:
    person = services.people.sign_in_attendee(session_id, name="  Priya ", group="parent_carer")
    pid = int(person.new_id or 0)
    assert services.read.attendee(pid).name == "Priya"
    services.people.sign_in_attendee(session_id, attendee_id=pid)
    assert [a.id for a in services.read.present(session_id)] == [pid]
    services.people.sign_out_attendee(session_id, pid)
    assert services.read.present(session_id) == []
    services.people.sign_in_attendee(session_id, attendee_id=pid, via="phone")
    assert len(services.read.attendance(session_id)) == 1
    assert services.read.group_counts(session_id)[Group.PARENT_CARER] == 1


def test_unknown_group_names_the_choices(services: Services, session_id: int) -> None:
    with pytest.raises(ValidationError, match="Parent or carer, Young person"):
        services.people.sign_in_attendee(session_id, name="Bo", group="aliens")


def test_phone_changes_are_not_on_the_undo_stack(services: Services, session_id: int) -> None:
    change = services.notes.add_note(session_id, "from a phone", initiator="phone")
    assert change.revision_id is None and change.initiator == "phone"


def test_undo_redo_move_and_delete(services: Services, session_id: int) -> None:
    ids = [int(services.notes.add_note(session_id, f"n{i}").new_id or 0) for i in range(300)]
    move = services.notes.move_notes({i: (100.0, 200.0) for i in ids[:50]})
    delete = services.notes.delete_notes(ids)
    assert services.read.notes(session_id) == []
    services.history.undo(int(delete.revision_id or 0))
    assert len(services.read.notes(session_id)) == 300
    services.history.undo(int(move.revision_id or 0))
    assert {(n.x, n.y) for n in services.read.notes(session_id)} == {(0.0, 0.0)}
    services.history.redo(int(move.revision_id or 0))
    assert services.read.note(ids[0]).x == 100.0
    with pytest.raises(ConflictError, match="already done"):
        services.history.redo(int(move.revision_id or 0))


def test_undo_refuses_to_overwrite_a_later_change(services: Services, session_id: int) -> None:
    note = int(services.notes.add_note(session_id, "first").new_id or 0)
    edit = services.notes.edit_note(note, "second")
    services.notes.edit_note(note, "third")
    with pytest.raises(ConflictError, match="changed again"):
        services.history.undo(int(edit.revision_id or 0))
    assert services.read.note(note).text == "third"


def test_new_edit_drops_the_redo_branch(services: Services, session_id: int) -> None:
    a = services.notes.add_note(session_id, "a")
    services.history.undo(int(a.revision_id or 0))
    services.notes.add_note(session_id, "b")
    with pytest.raises(NotFoundError):
        services.history.redo(int(a.revision_id or 0))


def test_delete_session_is_one_undoable_step(services: Services, session_id: int) -> None:
    services.people.sign_in_attendee(session_id, name="Kai", group="young_person")
    services.notes.add_note(session_id, "keep me")
    change = services.sessions.delete_session(session_id)
    assert services.read.sessions() == []
    services.history.undo(int(change.revision_id or 0))
    assert [n.text for n in services.read.notes(session_id)] == ["keep me"]
    assert len(services.read.present(session_id)) == 1
