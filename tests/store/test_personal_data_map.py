"""Every column of the schema is classified in the one map of personal data."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.store.person_links import references
from coprod_desktop.store.personal_data import DataKind, classified, free_text_columns, kind_of
from coprod_desktop.store.programme_file import ProgrammeFile


def _schema_columns(path: Path) -> set[tuple[str, str]]:
    with ProgrammeFile.create(path) as file:
        return {(table, column.name) for table in file.db.table_names()
                for column in file.db[table].columns}


def test_every_column_of_a_new_file_is_classified_and_nothing_else(tmp_path: Path) -> None:
    columns = _schema_columns(tmp_path / "map.coprod")
    known = set(classified())
    missing = sorted(columns - known)
    stale = sorted(known - columns)
    assert not missing, f"columns with no class in store/personal_data.py: {missing}"
    assert not stale, f"classified columns the schema does not have: {stale}"


def test_the_columns_that_hold_people_are_classed_as_such() -> None:
    # Written from what each column holds, not read back from the map.
    assert kind_of("attendee", "name") is DataKind.IDENTITY
    assert kind_of("attendee", "contact_details") is DataKind.CONTACT
    assert kind_of("attendee", "access_needs") is DataKind.SPECIAL
    assert kind_of("phone_device", "token_hash") is DataKind.IDENTITY
    assert kind_of("history", "payload") is DataKind.UNDO_COPY
    assert kind_of("note", "author_id") is DataKind.PERSON_LINK
    for place in (("note", "text"), ("rapid_test", "plan_who"), ("action", "what"),
                  ("story", "title"), ("phone_question", "text"), ("claim", "note")):
        assert place in free_text_columns(), place


def test_older_files_are_asked_only_about_the_tables_they_have() -> None:
    assert free_text_columns({"note"}) == [("note", "text")]


def test_every_foreign_key_to_a_person_is_a_person_link_in_the_map(tmp_path: Path) -> None:
    with ProgrammeFile.create(tmp_path / "links.coprod") as file:
        keys = {(table.name, fk.column) for table in file.db.tables
                for fk in table.foreign_keys if fk.other_table == "attendee"}
        found = set(references(file.db))
    assert keys, "the schema has foreign keys to attendee"
    for key in keys:
        assert kind_of(*key) is DataKind.PERSON_LINK, key
    # Merge, erase and "see all" reach every link the map knows (but the erasure record).
    assert found == {k for k, v in classified().items() if v is DataKind.PERSON_LINK} - {
        ("erasure", "attendee_id")}
