"""An update interrupted between migrations (or between the last one and the file's version
number) never leaves a file an older version would open, nor overwrites the backup made before
it; a lock is found by the file, whatever name it is opened by; a drive that cannot take the
lock is explained in plain words."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlite_utils import Database

from coprod_desktop.services import Services
from coprod_desktop.store import errors, schema
from coprod_desktop.store.database import ProgrammeDatabase
from coprod_desktop.store.programme_file import ProgrammeFile


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _programme(path: Path) -> None:
    file = ProgrammeFile.create(path)
    Services(file).programme.create_programme("Ours")
    file.close()


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_a_file_holding_a_newer_versions_migration_is_refused_untouched(
        programme_path: Path) -> None:
    _programme(programme_path)
    # What a newer version leaves when it is killed after its migration committed but before
    # the number was written: the number this version knows, a migration it does not.
    conn = sqlite3.connect(programme_path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('coprod', 'reactions_from_the_future', '2027-01-01')")
    conn.commit()
    conn.close()
    before = _digest(programme_path)
    with pytest.raises(errors.NewerVersionFile, match="newer version of Coprod Desktop"):
        ProgrammeFile.open(programme_path)
    assert _digest(programme_path) == before


def test_each_migration_writes_the_version_in_its_own_transaction(
        programme_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _programme(programme_path)
    known = schema.schema_version()

    def adds_a_table(db: Database) -> None:
        db["reaction"].create({"id": int, "emoji": str}, pk="id")

    def fails(db: Database) -> None:
        db["half_done"].create({"id": int}, pk="id")
        raise RuntimeError("the laptop's battery ran out")

    monkeypatch.setattr(schema.migrations, "_migrations", [
        *schema.migrations._migrations, schema.migrations._Migration("t_first", adds_a_table),
        schema.migrations._Migration("t_second", fails)])
    with pytest.raises(RuntimeError):
        ProgrammeFile.open(programme_path)
    # The first committed with its number; the second left nothing.
    assert _version(programme_path) == known + 1
    conn = sqlite3.connect(programme_path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert "reaction" in tables and "half_done" not in tables
    # The backup made before the first attempt is still the file as it was before the update.
    first_backup = programme_path.with_name(f"programme.before-update-v{known}.coprod.bak")
    assert _version(first_backup) == known
    # The next attempt (the battery replaced) finishes the update, and keeps that backup.
    monkeypatch.setattr(schema.migrations, "_migrations", [
        *schema.migrations._migrations[:-1],
        schema.migrations._Migration("t_second", lambda db: None)])
    with open(first_backup, "rb") as handle:
        first = handle.read()
    file = ProgrammeFile.open(programme_path)
    file.close()
    assert _version(programme_path) == known + 2
    assert first_backup.read_bytes() == first
    assert _version(programme_path.with_name(
        f"programme.before-update-v{known + 1}.coprod.bak")) == known + 1


def test_a_file_whose_number_was_not_written_is_stamped_on_open(programme_path: Path) -> None:
    _programme(programme_path)
    conn = sqlite3.connect(programme_path)
    conn.execute("PRAGMA user_version = 1")  # every migration ran; the number was lost
    conn.commit()
    conn.close()
    ProgrammeFile.open(programme_path).close()
    assert _version(programme_path) == schema.schema_version()


def test_a_returning_write_outside_atomic_is_refused_not_left_open(tmp_path: Path) -> None:
    db = ProgrammeDatabase(sqlite3.connect(tmp_path / "plain.db", isolation_level="DEFERRED"))
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, word TEXT)")
    with pytest.raises(ValueError, match="atomic"):
        db.execute("INSERT INTO t (word) VALUES (?) RETURNING id", ["lost"])
    assert not db.conn.in_transaction
    with db.atomic():
        new_id = db.execute("INSERT INTO t (word) VALUES (?) RETURNING id", ["kept"]).fetchone()
    assert new_id[0] == 1 and not db.conn.in_transaction
    db.conn.close()


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symbolic links")
def test_a_link_to_an_open_programme_finds_its_lock(programme_path: Path, tmp_path: Path) -> None:
    _programme(programme_path)
    link = tmp_path / "elsewhere" / "shortcut.coprod"
    link.parent.mkdir()
    link.symlink_to(programme_path)
    first = ProgrammeFile.open(programme_path)
    try:
        with pytest.raises(errors.FileInUse):
            ProgrammeFile.open(link)
    finally:
        first.close()


def test_a_name_too_long_for_the_lock_is_explained(tmp_path: Path) -> None:
    path = tmp_path / ("a" * (250 - len(".coprod")) + ".coprod")  # 250 bytes: the lock is 256
    _programme(tmp_path / "short.coprod")
    os.replace(tmp_path / "short.coprod", path)
    with pytest.raises(errors.FileRefused, match="name too long") as caught:
        ProgrammeFile.open(path)
    assert path.name in caught.value.message


def test_a_programme_on_a_small_drive_is_explained(small_drive: Path,
                                                      tmp_path: Path) -> None:
    _programme(tmp_path / "Ashbrook.coprod")
    shutil.copyfile(tmp_path / "Ashbrook.coprod", small_drive / "Ashbrook.coprod")
    subprocess.run(["mount", "-o", "remount,ro", str(small_drive)], check=True)
    with pytest.raises(errors.ReadOnlyFile, match="read-only here") as caught:
        ProgrammeFile.open(small_drive / "Ashbrook.coprod")
    assert "Ashbrook.coprod" in caught.value.message


def test_a_file_refused_from_its_first_bytes_gets_no_lock_beside_it(tmp_path: Path) -> None:
    letter = tmp_path / "Ashbrook.docx"
    letter.write_bytes(b"PK\x03\x04 a word-processor file opened by mistake")
    with pytest.raises(errors.NotAProgrammeFile):
        ProgrammeFile.open(letter)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Ashbrook.docx"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_a_file_marked_read_only_is_refused_without_a_lock_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "Ashbrook.coprod"
    _programme(path)
    assert list(tmp_path.glob(".*.lock")) == []  # making the file left no lock beside it
    path.chmod(0o444)
    try:
        with pytest.raises(errors.ReadOnlyFile, match="read-only here"):
            ProgrammeFile.open(path)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["Ashbrook.coprod"]
    finally:
        path.chmod(0o644)
