"""A programme's reads cost one statement each, and return what sqlite-utils would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from coprod_desktop.store.database import ProgrammeDatabase
from coprod_desktop.store.programme_file import ProgrammeFile


def _filled(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT, x REAL)")
    conn.executemany("INSERT INTO note (text, x) VALUES (?, ?)",
                     [("a <b> & 'c'", 1.5), ("second", None), ("", -2.0)])
    conn.commit()
    return conn


def test_a_select_is_one_statement_and_gives_the_same_rows(tmp_path: Path) -> None:
    conn = _filled(tmp_path / "x.db")
    ours, theirs = ProgrammeDatabase(conn), Database(conn)
    sql = "SELECT id, text, x, text FROM note WHERE id >= ? ORDER BY id"
    expected = [{"id": 1, "text": "a <b> & 'c'", "x": 1.5, "text_2": "a <b> & 'c'"},
                {"id": 2, "text": "second", "x": None, "text_2": "second"},
                {"id": 3, "text": "", "x": -2.0, "text_2": ""}]
    assert list(theirs.query(sql, [1])) == expected
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    assert list(ours.query(sql, [1])) == expected
    assert list(ours.query("  select count(*) AS n FROM note")) == [{"n": 3}]
    conn.set_trace_callback(None)
    assert len(seen) == 2 and not any("SAVEPOINT" in s for s in seen)


def test_anything_but_a_select_still_goes_through_the_guard(tmp_path: Path) -> None:
    ours = ProgrammeDatabase(_filled(tmp_path / "x.db"))
    with pytest.raises(ValueError):
        ours.query("UPDATE note SET text = 'changed'")
    assert [r["text"] for r in ours.query("SELECT text FROM note ORDER BY id")] == [
        "a <b> & 'c'", "second", ""]
    # a select written with a leading comment is not taken for a plain one, and still works
    assert list(ours.query("-- count\nSELECT count(*) AS n FROM note")) == [{"n": 3}]


def test_the_programme_file_and_its_read_connections_use_it(tmp_path: Path) -> None:
    file = ProgrammeFile.create(tmp_path / "p.coprod")
    try:
        reader = file.read_connection()
        assert isinstance(file.db, ProgrammeDatabase) and isinstance(reader, ProgrammeDatabase)
        reader.close()
    finally:
        file.close()
