"""The list of the file's migrations, kept without importing sqlite-utils until one must run.

`schema.py` registers each migration with `@migrations(name=...)`, as sqlite-utils' `Migrations`
takes them. Opening a file only asks which have not run yet: the names sqlite-utils wrote in its
`_sqlite_migrations` table, read here with one plain query (issue 18: a current file opens without
sqlite-utils). Running them is sqlite-utils' own `Migrations.apply`, over the same list, in order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from coprod_desktop.store.database import ProgrammeDatabase, Queries

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = ["Migration", "MigrationList"]

MigrationFunction = Callable[["Database"], None]


class Migration:
    """One registered migration (a plain class: a dataclass costs half a millisecond to make,
    and this module is imported as every programme opens)."""

    __slots__ = ("fn", "name", "transactional")

    def __init__(self, name: str, fn: MigrationFunction, transactional: bool = True) -> None:
        self.name, self.fn, self.transactional = name, fn, transactional

    def __repr__(self) -> str:
        return f"Migration({self.name!r})"


class MigrationList:
    """Migrations in the order they run, registered by decorator (see the module's note)."""

    table = "_sqlite_migrations"  # where sqlite-utils records the ones that have run
    _Migration = Migration  # the record's type, for tests that add one

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[Migration] = []

    def __call__(self, *, name: str, transactional: bool = True
                 ) -> Callable[[MigrationFunction], MigrationFunction]:
        def register(fn: MigrationFunction) -> MigrationFunction:
            if any(m.name == name for m in self._migrations):
                raise ValueError(f"Migration {name!r} is already registered in {self.name!r}")
            self._migrations.append(Migration(name, fn, transactional))
            return fn

        return register

    def __len__(self) -> int:
        return len(self._migrations)

    def applied(self, db: Queries) -> set[str]:
        """The names of this set's migrations the file has run."""
        if self.table not in db.table_names():
            return set()
        return {row["name"] for row in db.query(
            f"SELECT name FROM [{self.table}] WHERE migration_set = ?", [self.name])}

    def pending(self, db: Queries) -> list[Migration]:
        """Migrations the file has not run yet, in order (reads only)."""
        done = self.applied(db)
        return [m for m in self._migrations if m.name not in done]

    def unknown(self, db: Queries) -> set[str]:
        """Names the file says have run that this list does not have: a newer version's."""
        return self.applied(db) - {m.name for m in self._migrations}

    def apply(self, db: ProgrammeDatabase) -> None:
        """Run the pending ones with sqlite-utils, each in its own transaction with its record
        and the file's version number (PRAGMA user_version is written in the same transaction:
        a process killed between two migrations leaves a file whose number says what it holds,
        so an older version refuses it)."""
        from sqlite_utils.migrations import Migrations

        engine = Migrations(self.name)
        for version, migration in enumerate(self._migrations, 1):
            engine(name=migration.name, transactional=migration.transactional)(
                _stamped(migration.fn, version))
        engine.apply(db.utils)


def _stamped(fn: MigrationFunction, version: int) -> MigrationFunction:
    def run(db: Database) -> None:
        fn(db)
        db.execute(f"PRAGMA user_version = {int(version)}")

    return run
