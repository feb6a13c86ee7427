"""Migrations back the file up first; a killed process loses no change that had returned."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlite_utils import Database

from coprod_desktop.services import Services
from coprod_desktop.store import schema
from coprod_desktop.store.programme_file import ProgrammeFile


def test_migration_backs_up_then_upgrades(programme_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    file = ProgrammeFile.create(programme_path)
    Services(file).programme.create_programme("Before the update")
    file.close()
    old_version = schema.schema_version()

    def add_reactions(db: Database) -> None:
        db["reaction"].create({"id": int, "note_id": int, "emoji": str}, pk="id")

    extra = schema.migrations._Migration("999_test_reactions", add_reactions)
    monkeypatch.setattr(schema.migrations, "_migrations", [*schema.migrations._migrations, extra])

    file = ProgrammeFile.open(programme_path)
    assert file.db["reaction"].exists()
    assert file.db.execute("PRAGMA user_version").fetchone()[0] == old_version + 1
    file.close()
    backup = programme_path.with_name(f"programme.before-update-v{old_version}.coprod.bak")
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == old_version
    assert conn.execute("SELECT title FROM programme").fetchone()[0] == "Before the update"
    assert "reaction" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()


WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from coprod_desktop.services import Services
    from coprod_desktop.store.programme_file import ProgrammeFile

    file = ProgrammeFile.open(Path(sys.argv[1]))
    svc = Services(file)
    session = svc.read.sessions()[0].id
    n = 0
    while True:
        n += 1
        change = svc.notes.add_note(session, f"note {n}")
        print(change.new_id, flush=True)
""")


def test_kill_9_loses_no_returned_change(programme_path: Path, tmp_path: Path) -> None:
    file = ProgrammeFile.create(programme_path)
    svc = Services(file)
    svc.programme.create_programme("Crash test")
    svc.sessions.create_session("S", "2026-01-06")
    file.close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    root = Path(__file__).resolve().parents[2]
    # The writer must run this checkout's code (its schema), not whichever copy is installed.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(root), os.environ.get("PYTHONPATH", "")) if p)}
    proc = subprocess.Popen([sys.executable, str(script), str(programme_path)],
                            stdout=subprocess.PIPE, text=True, cwd=root, env=env)
    assert proc.stdout is not None
    confirmed: list[int] = []
    for line in proc.stdout:
        confirmed.append(int(line))
        if len(confirmed) >= 300:
            break
    proc.kill()  # SIGKILL on Linux and macOS, TerminateProcess on Windows: no clean exit
    proc.wait(timeout=10)
    confirmed += [int(line) for line in proc.stdout.read().split()]
    file = ProgrammeFile.open(programme_path)
    ids = {row["id"] for row in file.db.query("SELECT id FROM note")}
    file.close()
    assert len(confirmed) >= 300
    assert set(confirmed) <= ids
