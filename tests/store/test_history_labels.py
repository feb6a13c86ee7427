"""Undo steps keep their label as a message (catalogue key and values), so Edit › Undo can be said
in the interface's language after the file is opened again; older steps keep their English."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.said import Said, from_kept, params_json
from coprod_desktop.services import Services
from coprod_desktop.store.programme_file import ProgrammeFile


@pytest.fixture
def services(programme_path: Path, clock) -> Iterator[Services]:
    """A programme the test may close itself (to open the file again)."""
    svc = Services(ProgrammeFile.create(programme_path), clock)
    svc.programme.create_programme("Test programme", organisation="Test forum")
    yield svc
    with contextlib.suppress(sqlite3.ProgrammingError):
        svc.close()


def _rows(services: Services) -> list[dict]:
    return [dict(r) for r in services.ctx.db.query(
        "SELECT label, label_key, label_params FROM history ORDER BY id")]


def test_a_step_keeps_its_key_and_values_and_they_come_back_after_reopening(
        services: Services, session_id: int, programme_path: Path, clock) -> None:
    notes = [services.notes.add_note(session_id, text).new_id for text in ("a", "b", "c")]
    services.notes.delete_notes([n for n in notes if isinstance(n, int)])
    last = _rows(services)[-1]
    assert last["label"] == "Delete 3 notes"  # the English, as before
    assert last["label_key"] == "Delete %(n)s note"
    assert json.loads(last["label_params"]) == {"n": 3, "(plural)": "Delete %(n)s notes"}

    services.close()
    again = Services(ProgrammeFile.open(programme_path), clock)
    try:
        step = again.history.revisions()[-1].label
        assert isinstance(step, Said) and step == "Delete 3 notes"
        assert (step.key, step.plural, dict(step.params)) == (
            "Delete %(n)s note", "Delete %(n)s notes", {"n": 3})
        first = again.history.revisions()[0].label  # the session the fixture made
        assert isinstance(first, Said) and first.key == "New session ‘%(title)s’"
        assert first.params == {"title": "Discovery workshop"}
    finally:
        again.close()


def test_a_date_in_a_label_is_kept_as_a_date(services: Services) -> None:
    services.privacy.set_retention("2031-07-31")
    row = _rows(services)[-1]
    assert row["label"] == "Keep personal data until 31 Jul 2031"  # unchanged English
    assert row["label_key"] == "Keep personal data until %(day)s"
    step = services.history.revisions()[-1].label
    assert isinstance(step, Said) and step.params == {"day": date(2031, 7, 31)}


def test_a_step_from_before_keys_were_kept_reads_as_its_english(services: Services) -> None:
    services.ctx.db.execute(
        "INSERT INTO history (label, initiator, payload, created_at, undone) "
        "VALUES ('Add Old Step', 'console', '[]', '2026-01-01T00:00:00+00:00', 0)")
    step = services.history.revisions()[-1].label
    assert step == "Add Old Step" and not isinstance(step, Said)


def test_kept_values_that_do_not_make_sense_fall_back_to_the_english() -> None:
    assert from_kept("Add Ann", "Add %(name)s", "not json") == "Add Ann"
    assert not isinstance(from_kept("Add Ann", "Add %(name)s", "[1, 2]"), Said)
    assert not isinstance(from_kept("Add Ann", "Add %(name)s", '{"name": [1]}'), Said)
    assert params_json("plain text") is None
    kept = from_kept("Move ‘A’ to 3 May 2027", "Move ‘%(title)s’ to %(day)s",
                     params_json(Said.of("Move ‘%(title)s’ to %(day)s", title="A",
                                         day=date(2027, 5, 3))))
    assert isinstance(kept, Said) and kept.params == {"title": "A", "day": date(2027, 5, 3)}


def test_a_final_erase_clears_the_name_from_the_kept_values(services: Services,
                                                            session_id: int) -> None:
    name = "Marcia Quillfeather"
    person = services.people.add_attendee(name, Group.PARENT_CARER).new_id
    assert isinstance(person, int)
    services.people.sign_in_attendee(session_id, attendee_id=person)
    assert any(name in (r["label_params"] or "") for r in _rows(services))

    services.erase.erase(person)
    [pending] = services.erase.pending()
    services.erase.confirm(pending.id)
    left = _rows(services)
    assert not any(name in (r["label_params"] or "") or name in r["label"] for r in left)
    assert not any("Marcia" in (r["label_params"] or "") for r in left)


def test_a_colour_in_a_label_is_said_in_the_language_also_after_reopening(
        services: Services, session_id: int, programme_path: Path, clock) -> None:
    from coprod_desktop.gui.kit.said_text import said_label
    from coprod_desktop.i18n import language

    notes = [services.notes.add_note(session_id, text).new_id for text in ("a", "b")]
    services.notes.recolour_notes([n for n in notes if isinstance(n, int)], "pink")
    assert services.history.revisions()[-1].label == "Colour 2 notes pink"
    services.close()
    again = Services(ProgrammeFile.open(programme_path), clock)
    try:
        label = again.history.revisions()[-1].label
        assert label == "Colour 2 notes pink"
        with language("pl"):
            assert said_label(label) == "Zmień kolor 2 karteczek na różowy"
    finally:
        again.close()
