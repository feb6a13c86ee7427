"""A current programme file is opened, read and written without importing sqlite-utils (issue 18);
a file that needs its migrations brings it in to run them. Each in a child Python, as a start is."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.services import Services
from coprod_desktop.store import schema
from coprod_desktop.store.programme_file import ProgrammeFile

ROOT = Path(__file__).resolve().parents[2]

# What the app does with a file before its first paint: open (refusals, lock, migrations check),
# finish what a crash left, read, rebuild undo, and note what the projector shows (a write).
CHILD = """
import json, sys
from pathlib import Path
from coprod_desktop.services import Services
from coprod_desktop.services.recovery import finish_on_open
from coprod_desktop.store.programme_file import ProgrammeFile

file = ProgrammeFile.open(Path(sys.argv[1]))
services = Services(file)
finish_on_open(services)
services.read.programme()
session = services.read.sessions()[0].id
services.history.revisions()
changed = services.projector_view.show(session, view="board", blank=True)
services.notes.add_note(session, "Written with plain sqlite3")
file.close()
json.dump({"modules": sorted(sys.modules), "wrote": changed is not None}, sys.stdout)
"""


def _open_in_a_child(path: Path) -> tuple[set[str], bool]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                          text=True, timeout=120, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout)
    return set(found["modules"]), bool(found["wrote"])


def _with_a_session(path: Path) -> None:
    services = Services(ProgrammeFile.create(path), FakeClock())
    services.programme.create_programme("Imports")
    services.sessions.create_session("First meeting", "2026-10-01")
    services.close()


def _sqlite_utils_in(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in ("sqlite_utils", "click", "dateutil",
                                                          "pluggy"))


def test_a_current_file_is_opened_read_and_written_without_sqlite_utils(tmp_path: Path) -> None:
    path = tmp_path / "current.coprod"
    _with_a_session(path)
    modules, wrote = _open_in_a_child(path)
    assert wrote and "coprod_desktop.services.notes" in modules  # the child really wrote
    assert _sqlite_utils_in(modules) == []
    file = ProgrammeFile.open(path)
    try:
        assert [r["text"] for r in file.db.query("SELECT text FROM note")] == [
            "Written with plain sqlite3"]
        assert [r["blank"] for r in file.db.query("SELECT blank FROM projector_view")] == [1]
    finally:
        file.close()


def test_a_file_that_needs_its_migrations_brings_sqlite_utils_to_run_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "older.coprod"
    everything = list(schema.migrations._migrations)
    monkeypatch.setattr(schema.migrations, "_migrations", everything[:-1])
    file = ProgrammeFile.create(path)  # a file from the version before the last migration
    file.db.execute("INSERT INTO programme (title, created_at) VALUES ('Older', '2026-01-01')")
    file.db.execute("INSERT INTO session (title, date, starts_at, ends_at, created_at) "
                    "VALUES ('Meeting', '2026-10-01', '10:00', '12:00', '2026-01-01')")
    file.close()
    monkeypatch.undo()
    modules, wrote = _open_in_a_child(path)
    assert wrote and "sqlite_utils.migrations" in modules
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(everything)
    finally:
        conn.close()
