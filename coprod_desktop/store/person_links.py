"""Where the file refers to a person: the one list merging, erasing and "see all" share.

Most references are foreign keys to `attendee.id`, found by looking at the schema, so a feature's
new table is covered the day it lands. A few tables hold a person by plain number (no foreign key,
so they outlive the sessions they came from); they are listed here and used only when the file has
them.
"""

from __future__ import annotations

from sqlite_utils import Database

# (table, column) pairs that hold an attendee id without a foreign key.
PLAIN_REFERENCES: tuple[tuple[str, str], ...] = (
    ("action", "owner_attendee_id"),
    ("meeting_role", "attendee_id"),
)


def references(db: Database) -> list[tuple[str, str]]:
    """Every (table, column) that holds an attendee id, in a stable order."""
    found: set[tuple[str, str]] = set()
    for table in db.tables:
        for fk in table.foreign_keys:
            if fk.other_table == "attendee" and fk.other_column == "id":
                found.add((table.name, fk.column))
    names = set(db.table_names())
    for table, column in PLAIN_REFERENCES:
        if table in names and column in db[table].columns_dict:
            found.add((table, column))
    return sorted(found)


def count_for(db: Database, attendee_id: int) -> dict[str, int]:
    """How many rows of each table refer to the person (tables with none are left out)."""
    counts: dict[str, int] = {}
    for table, column in references(db):
        n = db.execute(f"SELECT count(*) FROM [{table}] WHERE [{column}] = ?",
                       [attendee_id]).fetchone()[0]
        if n:
            counts[table] = counts.get(table, 0) + int(n)
    return counts
