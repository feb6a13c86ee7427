"""The table names a ChangeSet is keyed by: the same list as a new file's tables, and checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from coprod_desktop.services import Services
from coprod_desktop.services.changes import ChangeSet, Initiator
from coprod_desktop.store.programme_file import ProgrammeFile
from coprod_desktop.store.tables import Table


def test_the_names_are_the_tables_of_a_new_file(tmp_path: Path) -> None:
    with ProgrammeFile.create(tmp_path / "tables.coprod") as file:
        ours = {t for t in file.db.table_names()
                if not t.startswith("sqlite_") and t != "_sqlite_migrations"}
    names = {t.value for t in Table}
    assert not ours - names, f"tables missing from store/tables.py: {sorted(ours - names)}"
    assert not names - ours, f"names in store/tables.py with no table: {sorted(names - ours)}"


def test_a_mistyped_table_name_is_refused_not_silently_unmatched() -> None:
    change = ChangeSet("Add a note", Initiator.CONSOLE, {Table.NOTE: frozenset({1})})
    assert change.touches("note") and change.touches(Table.NOTE, "vote")
    assert not change.touches(Table.VOTE)
    assert change.ids("note") == frozenset({1}) and change.ids(Table.CLUSTER) == frozenset()
    with pytest.raises(ValueError, match="'notes'"):
        change.touches("notes")
    with pytest.raises(ValueError, match="'clusters'"):
        change.ids("clusters")


def test_changes_carry_their_tables_and_initiator_as_constants(services: Services,
                                                              session_id: int) -> None:
    heard: list[ChangeSet] = []
    services.subscribe(heard.append)
    services.notes.add_note(session_id, "From a phone", initiator="phone")
    services.notes.add_note(session_id, "From the console")
    phone, console = heard
    assert phone.initiator is Initiator.PHONE and console.initiator is Initiator.CONSOLE
    assert all(isinstance(t, Table) for t in phone.rows) and Table.NOTE in phone.rows
    with pytest.raises(ValueError):
        services.notes.add_note(session_id, "From nowhere", initiator="robot")
