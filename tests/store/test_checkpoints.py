"""The log is copied into the file by a thread of its own (store/checkpoints.py), never inside a
commit on the writer's thread; on a real file, with SQLite reporting the log's frames."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from coprod_desktop.store.checkpoints import SAFETY_PAGES, Checkpointer
from coprod_desktop.store.connection import configure
from coprod_desktop.store.programme_file import ProgrammeFile
from tests.waiting import wait_until

QUIET = 3600.0  # a checkpointer that never looks on its own during the test


def writer(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    configure(conn)
    conn.execute("CREATE TABLE IF NOT EXISTS line (id INTEGER PRIMARY KEY, text TEXT)")
    return conn


def commit_lines(conn: sqlite3.Connection, count: int) -> None:
    for n in range(count):  # one commit each, as phones' notes come
        conn.execute("INSERT INTO line (text) VALUES (?)", [f"line {n} " + "w" * 200])


def log_frames(path: Path) -> tuple[int, int]:
    """(frames in the log, frames of it already copied into the file), asked of SQLite by a
    connection of its own: a PASSIVE checkpoint copies nothing while frames are still being
    written, so call it only when the writer is quiet."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        _busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    finally:
        conn.close()
    return frames, copied


def test_commits_no_longer_copy_the_log_themselves(tmp_path: Path) -> None:
    path = tmp_path / "lines.db"
    conn = writer(path)
    checkpoints = Checkpointer(path, conn, every_s=QUIET).start()
    try:
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == SAFETY_PAGES
        commit_lines(conn, 1500)  # SQLite's own habit copies and restarts the log at 1,000 pages
        frames, _copied = log_frames(path)
        assert frames >= 1500  # nobody restarted it: every commit's frames are still there
    finally:
        checkpoints.stop()
    assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    conn.close()


def test_sqlite_by_itself_would_have_copied_inside_a_commit(tmp_path: Path) -> None:
    """The same commits without the checkpointer: the log was restarted by a commit (the work
    that used to land on the GUI thread), so the test above can tell the difference."""
    path = tmp_path / "lines.db"
    conn = writer(path)
    commit_lines(conn, 1500)
    frames, _copied = log_frames(path)
    assert frames < 1500
    conn.close()


def test_the_thread_copies_the_log_and_the_next_write_starts_it_again(tmp_path: Path) -> None:
    path = tmp_path / "lines.db"
    conn = writer(path)
    checkpoints = Checkpointer(path, conn, every_s=0.01).start()
    try:
        commit_lines(conn, 300)
        wait_until(lambda: checkpoints.checkpoints >= 1, message="the log was never copied")
    finally:
        checkpoints.stop()  # quiet now, so what SQLite reports below is settled
    frames, copied = log_frames(path)
    assert frames >= 300 and copied == frames
    commit_lines(conn, 1)
    # All of the log was in the file, so this write started the log from its beginning.
    assert log_frames(path)[0] < frames
    assert conn.execute("SELECT count(*) FROM line").fetchone()[0] == 301
    conn.close()


def test_the_thread_ends_when_the_log_is_quiet_and_a_nudge_brings_it_back(
        tmp_path: Path) -> None:
    path = tmp_path / "lines.db"
    conn = writer(path)
    checkpoints = Checkpointer(path, conn, every_s=0.01, idle_looks=3).start()
    try:
        assert checkpoints.running
        wait_until(lambda: not checkpoints.running, message="the thread never ended")
        commit_lines(conn, 50)
        checkpoints.nudge()  # as the services do after each change they publish
        assert checkpoints.running
        wait_until(lambda: checkpoints.checkpoints >= 1, message="the log was never copied")
        wait_until(lambda: not checkpoints.running, message="the thread never ended")
    finally:
        checkpoints.stop()
    checkpoints.nudge()  # stopped for good: no thread comes back
    assert not checkpoints.running
    conn.close()


def test_a_programme_file_copies_its_log_on_its_own_thread_until_closed(tmp_path: Path) -> None:
    path = tmp_path / "room.coprod"
    file = ProgrammeFile.create(path)
    checkpoints = file.checkpoints
    assert checkpoints is not None and checkpoints.running
    assert file.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == SAFETY_PAGES
    file.close()
    assert not checkpoints.running
    assert not path.with_name(path.name + "-wal").exists()  # closed with the log in the file


def test_changes_made_through_the_services_wake_the_thread(services) -> None:  # type: ignore[no-untyped-def]
    checkpoints = services.file.checkpoints
    wait_until(lambda: not checkpoints.running, timeout=60, message="the thread never ended")
    services.sessions.create_session("Woken", "2026-03-03")
    assert checkpoints.running
    wait_until(lambda: checkpoints.checkpoints >= 1, timeout=60,
               message="the change was never copied into the file")
