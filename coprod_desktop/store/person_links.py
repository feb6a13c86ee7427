"""Where the file refers to a person: the one list merging, erasing and "see all" share.

Every column that holds a person's id is classed as a link to a person in the one map of personal
data (store.personal_data); foreign keys to `attendee.id` are found from the schema too, and a
test checks the two agree. The erasure record's own link is left out: it is the record that the
person was erased, and must survive them.
"""

from __future__ import annotations

from coprod_desktop.store.database import Queries
from coprod_desktop.store.personal_data import DataKind, columns_of

NOT_THEIRS = frozenset({("erasure", "attendee_id")})


def _from_map() -> list[tuple[str, str]]:
    return [key for key in columns_of(DataKind.PERSON_LINK) if key not in NOT_THEIRS]


def references(db: Queries) -> list[tuple[str, str]]:
    """Every (table, column) that holds an attendee id, in a stable order."""
    found: set[tuple[str, str]] = set()
    names = db.table_names()
    for name in names:
        # A key written without its column ("REFERENCES attendee") means the id too.
        for fk in db.query('SELECT "from" AS col, "to" AS other FROM pragma_foreign_key_list(?) '
                           "WHERE \"table\" = 'attendee'", [name]):
            if fk["other"] in ("id", None) and fk["col"] is not None:
                found.add((name, fk["col"]))
    for name, column in _from_map():
        if name in names and column in db.columns(name):
            found.add((name, column))
    return sorted(found)

