"""Which migrations a file still needs is read without sqlite-utils, and agrees with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from coprod_desktop.store import schema
from coprod_desktop.store.migration_list import MigrationList
from coprod_desktop.store.programme_file import ProgrammeFile


def _theirs(db: Database) -> list[str]:
    """What sqlite-utils' own Migrations says is pending, over the same registered list."""
    engine = Migrations(schema.migrations.name)
    for m in schema.migrations._migrations:
        engine(name=m.name, transactional=m.transactional)(m.fn)
    return [m.name for m in engine.pending(db)]


def test_a_new_file_needs_none_and_an_older_one_the_later_ones(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    everything = list(schema.migrations._migrations)
    monkeypatch.setattr(schema.migrations, "_migrations", everything[:5])
    older = ProgrammeFile.create(tmp_path / "older.coprod")
    older.close()
    monkeypatch.setattr(schema.migrations, "_migrations", everything)
    current = ProgrammeFile.create(tmp_path / "current.coprod")
    try:
        assert schema.migrations.pending(current.db) == []
        assert _theirs(Database(current.db.conn)) == []
    finally:
        current.close()
    db = Database(tmp_path / "older.coprod")
    try:
        ours = [m.name for m in schema.migrations.pending(db)]  # a sqlite-utils Database reads too
        assert ours == [m.name for m in everything[5:]] == _theirs(db)
    finally:
        db.close()
    empty = Database(tmp_path / "empty.db")
    assert [m.name for m in schema.migrations.pending(empty)] == [m.name for m in everything]


def test_a_name_is_registered_once() -> None:
    registry = MigrationList("test")
    registry(name="one")(lambda db: None)
    with pytest.raises(ValueError):
        registry(name="one")(lambda db: None)
    assert len(registry) == 1
