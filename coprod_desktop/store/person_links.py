"""Where the file refers to a person: the one list merging, erasing and "see all" share.

Every column that holds a person's id is classed as a link to a person in the one map of personal
data (store.personal_data); foreign keys to `attendee.id` are found from the schema too, and a
test checks the two agree. The erasure record's own link is left out: it is the record that the
person was erased, and must survive them.
"""

from __future__ import annotations

from sqlite_utils import Database

from coprod_desktop.store.personal_data import DataKind, columns_of

NOT_THEIRS = frozenset({("erasure", "attendee_id")})


def _from_map() -> list[tuple[str, str]]:
    return [key for key in columns_of(DataKind.PERSON_LINK) if key not in NOT_THEIRS]


def references(db: Database) -> list[tuple[str, str]]:
    """Every (table, column) that holds an attendee id, in a stable order."""
    found: set[tuple[str, str]] = set()
    for table in db.tables:
        for fk in table.foreign_keys:
            if fk.other_table == "attendee" and fk.other_column == "id" and fk.column is not None:
                found.add((table.name, fk.column))
    names = set(db.table_names())
    for name, column in _from_map():
        if name in names and column in db[name].columns_dict:
            found.add((name, column))
    return sorted(found)

