"""Opening, refusing and copying programme files, against real SQLite files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from coprod_desktop.services import Services
from coprod_desktop.store import errors
from coprod_desktop.store.header import APPLICATION_ID
from coprod_desktop.store.inspect import describe
from coprod_desktop.store.programme_file import ProgrammeFile
from coprod_desktop.store.schema import schema_version


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_programme(path: Path) -> None:
    file = ProgrammeFile.create(path)
    svc = Services(file)
    svc.programme.create_programme("Round trip")
    sid = svc.sessions.create_session("One", "2026-01-06").new_id
    assert isinstance(sid, int)
    svc.notes.add_note(sid, "hello")
    file.close()


def test_new_file_is_stamped_and_tuned(programme_path: Path) -> None:
    make_programme(programme_path)
    conn = sqlite3.connect(programme_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    file = ProgrammeFile.open(programme_path)
    assert file.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert file.read_connection().execute("PRAGMA synchronous").fetchone()[0] == 2
    file.close()


VERBATIM = [
    "<b>bold?</b> &amp; <script>alert(1)</script>",
    "Emoji 👩‍👧‍👦 and flags 🇬🇧",
    "מה שלומך? كيف حالك",
    "Line one\nline two\n\n  indented",
    "x" * 2000,
]


@pytest.mark.parametrize("text", VERBATIM)
def test_text_round_trips_exactly_after_reopening(programme_path: Path, text: str) -> None:
    file = ProgrammeFile.create(programme_path)
    svc = Services(file)
    svc.programme.create_programme("Verbatim")
    sid = svc.sessions.create_session("S", "2026-01-06").new_id
    assert isinstance(sid, int)
    note_id = svc.notes.add_note(sid, text).new_id
    file.close()
    file = ProgrammeFile.open(programme_path)
    assert Services(file).read.note(int(note_id or 0)).text == text
    file.close()


def test_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.coprod"
    path.write_text("this is a shopping list, not a programme")
    before = digest(path)
    with pytest.raises(errors.NotAProgrammeFile, match="not a database"):
        ProgrammeFile.open(path)
    assert digest(path) == before


def test_other_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.coprod"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(errors.NotAProgrammeFile, match="not a Coprod Desktop"):
        ProgrammeFile.open(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == [
        "other.coprod"]


def test_newer_version_is_refused_untouched(programme_path: Path) -> None:
    make_programme(programme_path)
    conn = sqlite3.connect(programme_path)
    conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = digest(programme_path)
    with pytest.raises(errors.NewerVersionFile, match="newer version"):
        ProgrammeFile.open(programme_path)
    with pytest.raises(errors.NewerVersionFile):
        describe(programme_path)
    assert digest(programme_path) == before


def test_damaged_file_is_refused_untouched(programme_path: Path) -> None:
    make_programme(programme_path)
    data = bytearray(programme_path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page, len(data), 7):  # scribble over everything after the header page
        data[offset] = 0xA5
    programme_path.write_bytes(bytes(data))
    before = digest(programme_path)
    with pytest.raises(errors.DamagedFile, match="damaged"):
        ProgrammeFile.open(programme_path)
    assert digest(programme_path) == before


def test_read_only_file_is_refused(programme_path: Path) -> None:
    make_programme(programme_path)
    programme_path.chmod(0o444)
    before = digest(programme_path)
    try:
        with pytest.raises(errors.ReadOnlyFile, match="read-only"):
            ProgrammeFile.open(programme_path)
        assert digest(programme_path) == before
    finally:
        programme_path.chmod(0o644)


def test_file_open_elsewhere_is_refused(programme_path: Path) -> None:
    make_programme(programme_path)
    first = ProgrammeFile.open(programme_path)
    try:
        with pytest.raises(errors.FileInUse, match="already open"):
            ProgrammeFile.open(programme_path)
    finally:
        first.close()
    ProgrammeFile.open(programme_path).close()


def test_no_lock_file_is_left_beside_a_closed_programme(programme_path: Path) -> None:
    make_programme(programme_path)  # made (created, then closed) and nothing left beside it
    folder = programme_path.parent
    assert sorted(p.name for p in folder.iterdir()) == [programme_path.name]
    first = ProgrammeFile.open(programme_path)
    lock = folder / f".{programme_path.name}.lock"
    try:
        assert lock.exists()  # while it is open, the lock is there for others to find
        with pytest.raises(errors.FileInUse):
            ProgrammeFile.open(programme_path)
        assert lock.exists()  # a refused second window does not take the lock away
    finally:
        first.close()
    assert sorted(p.name for p in folder.iterdir()) == [programme_path.name]
    with ProgrammeFile.open(programme_path):  # and the next opening makes it afresh
        assert lock.exists()
    assert not lock.exists()


def test_create_never_overwrites(programme_path: Path) -> None:
    make_programme(programme_path)
    before = digest(programme_path)
    with pytest.raises(errors.FileRefused, match="already exists"):
        ProgrammeFile.create(programme_path)
    assert digest(programme_path) == before


def test_copy_is_a_complete_programme(programme_path: Path, tmp_path: Path) -> None:
    make_programme(programme_path)
    file = ProgrammeFile.open(programme_path)
    copy = tmp_path / "copy.coprod"
    file.copy_to(copy)
    file.close()
    assert "Notes:           1" in describe(copy)
    assert not (tmp_path / "copy.coprod.partial").exists()


def test_missing_file_is_refused_without_making_folders(tmp_path: Path) -> None:
    target = tmp_path / "not" / "here" / "p.coprod"
    with pytest.raises(errors.FileRefused, match="does not exist"):
        ProgrammeFile.open(target)
    assert not (tmp_path / "not").exists()
