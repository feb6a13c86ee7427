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


def test_column_names_repeated_are_told_apart_as_sqlite_utils_does() -> None:
    from sqlite_utils.utils import dedupe_keys

    from coprod_desktop.store.database import unique_keys

    for names in (["id", "text"], ["a", "a", "a"], ["a", "a_2", "a"], ["a", "a", "a_2"],
                  ["x", "y", "x", "y", "x_3"], []):
        assert unique_keys(names) == dedupe_keys(names), names


def _both(tmp_path: Path) -> tuple[ProgrammeDatabase, sqlite3.Connection]:
    """Ours over a file, and a second connection to watch what is committed."""
    path = tmp_path / "x.db"
    _filled(path).close()
    return ProgrammeDatabase(sqlite3.connect(path)), sqlite3.connect(path)


def _texts(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT text FROM note ORDER BY id")]


def test_a_row_write_outside_a_transaction_is_committed_and_a_failed_one_leaves_none_open(
        tmp_path: Path) -> None:
    ours, other = _both(tmp_path)
    ours.execute("UPDATE note SET text = ? WHERE id = 2", ["changed"])
    assert not ours.conn.in_transaction
    assert _texts(other) == ["a <b> & 'c'", "changed", ""]  # another connection sees it
    with pytest.raises(sqlite3.OperationalError):
        ours.execute("INSERT INTO note (nothing) VALUES (1)")
    assert not ours.conn.in_transaction
    cursor = ours.execute("INSERT INTO note (text, x) VALUES (?, ?)", ["new", 0.5])
    assert cursor.lastrowid == 4 and _texts(other)[-1] == "new"
    # A schema change is sqlite-utils' to run (made on first use), and is committed too.
    ours.execute("CREATE TABLE extra (id INTEGER PRIMARY KEY)")
    assert "extra" in {r[0] for r in other.execute("SELECT name FROM sqlite_master")}


def test_atomic_commits_at_the_end_and_rolls_back_on_an_error(tmp_path: Path) -> None:
    ours, other = _both(tmp_path)
    with ours.atomic():
        ours.execute("UPDATE note SET text = 'one' WHERE id = 1")
        assert _texts(other)[0] == "a <b> & 'c'"  # not yet: one transaction
    assert _texts(other)[0] == "one" and not ours.conn.in_transaction
    with pytest.raises(RuntimeError), ours.atomic():
        ours.execute("UPDATE note SET text = 'two' WHERE id = 1")
        raise RuntimeError("stop")
    assert _texts(other)[0] == "one" and not ours.conn.in_transaction


def test_atomic_inside_atomic_is_a_savepoint_rolled_back_alone(tmp_path: Path) -> None:
    ours, other = _both(tmp_path)
    with ours.atomic():
        ours.execute("UPDATE note SET text = 'kept' WHERE id = 1")
        with pytest.raises(ValueError), ours.atomic():
            ours.execute("UPDATE note SET text = 'dropped' WHERE id = 2")
            raise ValueError("inner")
        with ours.atomic():
            ours.execute("UPDATE note SET text = 'inner kept' WHERE id = 3")
        # sqlite-utils' own atomic on the same connection nests inside ours
        ours.utils["note"].insert({"text": "by sqlite-utils", "x": 1.0})
    assert _texts(other) == ["kept", "second", "inner kept", "by sqlite-utils"]


def test_reads_of_the_schema_agree_with_sqlite_utils(tmp_path: Path) -> None:
    file = ProgrammeFile.create(tmp_path / "p.coprod")
    try:
        theirs = Database(file.db.conn)
        assert sorted(file.db.table_names()) == sorted(theirs.table_names())
        for name in theirs.table_names():
            assert file.db.columns(name) == list(theirs[name].columns_dict), name
        assert file.db.columns("no_such_table") == []
    finally:
        file.close()


def test_rows_of_a_query_with_repeated_columns_keep_their_names_every_time(
        tmp_path: Path) -> None:
    ours = ProgrammeDatabase(_filled(tmp_path / "x.db"))
    sql = "SELECT a.id, b.id, a.text, b.text FROM note a JOIN note b ON b.id = a.id + 1 ORDER BY a.id"
    first, again = list(ours.query(sql)), list(ours.query(sql))
    assert first == again == [{"id": 1, "id_2": 2, "text": "a <b> & 'c'", "text_2": "second"},
                              {"id": 2, "id_2": 3, "text": "second", "text_2": ""}]
    assert list(ours.query("SELECT id, text AS id FROM note WHERE id = 1")) == [
        {"id": 1, "id_2": "a <b> & 'c'"}]
