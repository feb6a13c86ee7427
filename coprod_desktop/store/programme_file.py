"""Opening a .coprod file: refuse what is not ours, lock it, migrate it safely, tune the connection.

Every refusal happens before anything could write to the file, so a refused file keeps its bytes.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_
from coprod_desktop.store import errors
from coprod_desktop.store.checkpoints import Checkpointer
from coprod_desktop.store.connection import configure, database
from coprod_desktop.store.crash_points import crash_point
from coprod_desktop.store.database import ProgrammeDatabase
from coprod_desktop.store.header import APPLICATION_ID, read_header
from coprod_desktop.store.schema import apply_migrations, migrations, schema_version
from coprod_desktop.store.snapshot import open_read_only, snapshot

log = logging.getLogger(__name__)

SUFFIX = ".coprod"


def _lock_path(path: Path) -> Path:
    """Beside the file itself: a link (or a second name for the same folder) to a programme
    already open finds the same lock."""
    real = path.resolve()
    return real.with_name(f".{real.name}.lock")


def _let_go(lock: FileLock) -> None:
    """Release `lock` and leave no lock file behind, as Windows already does: a facilitator's
    folder holds their programmes, not our leftovers. On Linux and macOS filelock keeps the
    file, so it is removed here while still held: another app that opened it a moment before
    gets the lock only on a file with no name left, which filelock notices and opens afresh."""
    if os.name != "nt" and lock.is_locked:
        with contextlib.suppress(OSError):
            os.unlink(lock.lock_file)
    lock.release()


def _work_path(path: Path) -> Path:
    """Where a new programme is built before it is renamed into place (hidden, beside it)."""
    return path.with_name(f".{path.name}.creating")


def _with_sidecars(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
            path.with_name(path.name + "-journal")]


def remove_with_sidecars(path: Path) -> None:
    """Delete a database file and its log files, if there."""
    for part in _with_sidecars(path):
        with contextlib.suppress(FileNotFoundError):
            part.unlink()


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def clear_unfinished_creations(folder: Path) -> list[Path]:
    """Delete half-built programmes a crash left in `folder` (never one still being built).

    A half-built file is never the file anyone asked for: it has a hidden name of its own and
    is only renamed into place once complete. Returns the files removed.
    """
    removed: list[Path] = []
    try:
        found = sorted(Path(folder).glob(".*.coprod.creating"))
    except OSError:
        return removed
    for work in found:
        target = work.with_name(work.name[1 : -len(".creating")])
        lock = FileLock(_lock_path(target), timeout=0)
        try:
            lock.acquire()
        except (Timeout, OSError):
            continue  # somebody is building it right now
        try:
            remove_with_sidecars(work)
            removed.append(work)
        finally:
            _let_go(lock)
    return removed


def check_header(path: Path) -> None:
    """The quick part of check_file, from the file's first bytes: there, a file, a Coprod
    Desktop programme, not from a newer version. Done before the lock is made beside it, so a
    document opened by mistake is not left with a lock file beside it."""
    name = path.name
    if not path.exists():
        raise errors.FileRefused(Said.of(N_("‘%(name)s’ does not exist."), name=name))
    if path.is_dir():
        raise errors.NotAProgrammeFile(Said.of(N_("‘%(name)s’ is a folder, not a programme file."),
                                               name=name))
    try:
        header = read_header(path)
    except PermissionError:
        raise errors.ReadOnlyFile(Said.of(
            N_("‘%(name)s’ cannot be read: you do not have permission."), name=name)) from None
    if header is None:
        raise errors.NotAProgrammeFile(Said.of(
            N_("‘%(name)s’ is not a Coprod Desktop programme file (it is not a database)."),
            name=name))
    if header.application_id != APPLICATION_ID:
        raise errors.NotAProgrammeFile(Said.of(
            N_("‘%(name)s’ is a database, but not a Coprod Desktop programme file."), name=name))
    if header.user_version > schema_version():
        raise _newer_version(name)


def check_file(path: Path, *, for_writing: bool = True) -> None:
    """Raise FileRefused with a plain reason if `path` cannot be opened as a programme.

    `for_writing=False` (reading only, as `coprod info` does) accepts a read-only file."""
    check_header(path)
    if for_writing:
        check_writable(path)
    _check_integrity(path)


def check_writable(path: Path) -> None:
    """A file marked read-only, or in a folder that is: refused (before the lock is made)."""
    marked_read_only = not path.stat().st_mode & 0o222  # even an administrator respects this
    if marked_read_only or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise errors.ReadOnlyFile(Said.of(N_(
            "‘%(name)s’ is read-only here. Copy it to a folder you can write to, then open the "
            "copy."), name=path.name))


def _lock_refused(name: str, exc: OSError) -> errors.FileRefused:
    """What stopped the lock beside the file being made, in plain words."""
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):  # a locked stick, a CD, a share
        return errors.ReadOnlyFile(Said.of(N_(
            "‘%(name)s’ is on a drive that cannot be written to. Copy it to a folder on this "
            "laptop, then open the copy."), name=name))
    if exc.errno == errno.ENAMETOOLONG:
        return errors.FileRefused(Said.of(N_(
            "‘%(name)s’ has a name too long for this drive. Give the file a shorter name, then "
            "open it again."), name=name))
    return errors.FileRefused(Said.of(N_(
        "‘%(name)s’ cannot be opened here (%(reason)s). It has not been changed."),
        name=name, reason=str(exc.strerror or exc)))


def _identity(path: Path) -> tuple[int, int] | None:
    """The file's device and number (None if it is not there); a number of 0 (a drive that
    gives none) is not compared."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _newer_version(name: str) -> errors.NewerVersionFile:
    return errors.NewerVersionFile(Said.of(N_(
        "‘%(name)s’ was saved by a newer version of Coprod Desktop. Please update Coprod Desktop "
        "to open it; the file has not been changed."), name=name))


def _check_integrity(path: Path) -> None:
    try:
        conn = open_read_only(path, any_thread=False).conn  # the one way to open without writing
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            known = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise errors.DamagedFile(Said.of(N_(
            "‘%(name)s’ is damaged and cannot be opened (%(reason)s). It has not been changed."),
            name=path.name, reason=str(exc))) from None
    if result != "ok":
        raise errors.DamagedFile(Said.of(N_(
            "‘%(name)s’ is damaged and cannot be opened. It has not been changed."),
            name=path.name))
    if version > schema_version():
        raise _newer_version(path.name)
    if "programme" not in known:
        raise errors.DamagedFile(Said.of(N_(
            "‘%(name)s’ is missing its programme. It cannot be opened."), name=path.name))


class ProgrammeFile:
    """An open, locked, up-to-date programme file with the one write connection."""

    def __init__(self, path: Path, db: ProgrammeDatabase, lock: FileLock) -> None:
        self.path = path
        self.db = db
        self._lock = lock
        self.checkpoints: Checkpointer | None = None  # started once the file is open for work
        self._identity = _identity(path)

    def still_there(self) -> bool:
        """Whether the file this connection writes to is still at `path`. A folder deleted or
        moved, or a stick taken out, leaves the connection writing to a file no folder holds
        any more: every change 'saved' there is lost when the programme closes, unless a copy is
        saved first (File › Save a Copy As… copies from this connection)."""
        try:
            found = os.stat(self.path)
        except (FileNotFoundError, NotADirectoryError):
            return False
        except OSError:
            return True  # a drive slow to answer, a permission: not a sign it has gone
        if os.name == "nt" or self._identity is None or not self._identity[1]:
            return True  # Windows keeps an open file from being deleted or renamed; its file
            # numbers on network drives can change between two looks at the same file
        return (found.st_dev, found.st_ino) == self._identity

    @classmethod
    def create(cls, path: Path) -> ProgrammeFile:
        """Make a new empty programme file and open it. Refuses to overwrite an existing file.

        The file is born whole (see `born_whole`): a crash leaves no file or a whole empty one.
        """
        with cls.born_whole(path):
            pass
        return cls.open(path)

    @classmethod
    @contextlib.contextmanager
    def born_whole(cls, path: Path) -> Iterator[ProgrammeFile]:
        """Build a new programme under a hidden name beside `path`; rename it into place whole.

        The block fills the yielded file (which has its tables already). When the block ends
        without an error, the file's log is written into it, the file is closed and synced, and
        it is renamed to `path` in one step. An error, or a crash at any point, leaves nothing
        under `path`; a half-built hidden file left by a crash is deleted by the next attempt
        (or the next opening of a programme in that folder).
        """
        path = Path(path)
        if path.exists():
            raise errors.FileRefused(Said.of(
                N_("‘%(name)s’ already exists; choose another name."), name=path.name))
        if not os.access(path.parent, os.W_OK):
            raise errors.ReadOnlyFile(Said.of(N_(
                "Cannot create ‘%(name)s’: that folder is read-only."), name=path.name))
        lock = cls._acquire(path)
        work = _work_path(path)
        file: ProgrammeFile | None = None
        try:
            remove_with_sidecars(work)
            db = database(work)
            configure(db.conn)
            apply_migrations(db)
            file = cls(work, db, lock)
            crash_point("create.tables")
            yield file
            crash_point("create.filled")
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.close()
            file = None
            crash_point("create.closed")
            with open(work, "rb+") as handle:
                os.fsync(handle.fileno())
            if path.exists():  # another program took the name while we built
                raise errors.FileRefused(Said.of(
                N_("‘%(name)s’ already exists; choose another name."), name=path.name))
            os.replace(work, path)
            crash_point("create.renamed")
            _sync_folder(path.parent)
        except BaseException:
            if file is not None:
                with contextlib.suppress(sqlite3.Error):
                    file.db.close()
            remove_with_sidecars(work)
            raise
        finally:
            _let_go(lock)
        remove_with_sidecars(work)  # the empty log files left beside the hidden name

    @classmethod
    def open(cls, path: Path) -> ProgrammeFile:
        path = Path(path)
        check_header(path)  # before locking: no lock file beside a document opened by mistake
        check_writable(path)  # nor beside a file that cannot be written
        lock = cls._acquire(path)
        try:
            check_file(path)
            clear_unfinished_creations(path.parent)
            db = database(path)
            configure(db.conn)
            if migrations.unknown(db):  # its number was not written (an update interrupted)
                db.close()
                raise _newer_version(path.name)
            if migrations.pending(db):
                backup = cls._backup_before_migrating(path, db)
                log.info("Backed up %s to %s before updating it", path, backup)
                apply_migrations(db)
            elif db.execute("PRAGMA user_version").fetchone()[0] < schema_version():
                apply_migrations(db)  # every migration ran, the number was not written: stamp
        except BaseException:
            _let_go(lock)
            raise
        file = cls(path, db, lock)
        file.checkpoints = Checkpointer(path, db.conn).start()  # commits no longer copy the log
        return file

    @staticmethod
    def _acquire(path: Path) -> FileLock:
        lock = FileLock(_lock_path(path), timeout=0)
        try:
            lock.acquire()
        except Timeout:
            raise errors.FileInUse(Said.of(N_(
                "‘%(name)s’ is already open in another Coprod Desktop window. Close it there "
                "first."), name=path.name)) from None
        except PermissionError:
            raise errors.ReadOnlyFile(Said.of(N_(
                "‘%(name)s’ is in a read-only folder. Copy it somewhere you can write to."),
                name=path.name)) from None
        except OSError as exc:
            raise _lock_refused(path.name, exc) from None
        return lock

    @staticmethod
    def _backup_before_migrating(path: Path, db: ProgrammeDatabase) -> Path:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        backup = path.with_name(f"{path.stem}.before-update-v{version}{SUFFIX}.bak")
        # One backup per version: each migration writes the number with it (migration_list),
        # so an update interrupted part-way backs up under the next number, never over this.
        target = sqlite3.connect(backup)
        try:
            db.conn.backup(target)
        finally:
            target.close()
        return backup

    def read_connection(self) -> ProgrammeDatabase:
        """A separate read-only connection, for another thread (the phone server)."""
        return open_read_only(self.path)

    def snapshot(self) -> contextlib.AbstractContextManager[ProgrammeDatabase]:
        """One read-only snapshot of the programme (see store.snapshot), for exports."""
        return snapshot(self.path)

    def copy_to(self, target: Path) -> None:
        """A consistent copy of the whole programme (File › Save a Copy As…)."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise errors.FileRefused(N_("Choose a different name for the copy."))
        partial = target.with_name(target.name + ".partial")
        conn = sqlite3.connect(partial)
        try:
            self.db.conn.backup(conn)
        finally:
            conn.close()
        os.replace(partial, target)

    def close(self) -> None:
        try:
            if self.checkpoints is not None:
                self.checkpoints.stop()
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.db.close()
        finally:
            _let_go(self._lock)

    def __enter__(self) -> ProgrammeFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
