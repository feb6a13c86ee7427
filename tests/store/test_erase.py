"""Right to erasure: an undoable erase, then a final one after which the person's name, contact
details and access needs are nowhere in the bytes of the .coprod file or its -wal, not even in the
undo history or a copy made before an update. Anonymous notes and votes stay unless asked."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from coprod_desktop.domain.erasure import ERASED_NAME, EraseChoices
from coprod_desktop.domain.errors import ConflictError
from coprod_desktop.domain.export_record import ExportFormat
from coprod_desktop.domain.phones import device_hash
from coprod_desktop.domain.records import Consent, WordsUse
from coprod_desktop.services import Services
from coprod_desktop.store.export_reader import ExportReader
from coprod_desktop.store.people_reader import PeopleReader
from coprod_desktop.store.phone_reader import PhoneReader
from coprod_desktop.store.programme_file import ProgrammeFile
from coprod_desktop.store.scrub import ScrubIncomplete

NAME = "Wilhelmina Świątek-Quarrington"
CONTACT = "wilhelmina.sq@example.org"
NEEDS = "A seat near the hearing loop, please"
SECRETS = (NAME, CONTACT, NEEDS)
OTHER = "Tomasz Oyelaran-Fitzgibbon"


@pytest.fixture
def services(programme_path: Path, clock) -> Iterator[Services]:
    """A programme the test may close itself (to read the file's bytes after closing)."""
    svc = Services(ProgrammeFile.create(programme_path), clock)
    svc.programme.create_programme("Test programme", organisation="Test forum")
    yield svc
    if svc.file.db.conn is not None:
        with contextlib.suppress(sqlite3.ProgrammingError):
            svc.close()


def _variants(text: str) -> list[bytes]:
    """How the text could sit in the file: UTF-8 as typed, or escaped inside JSON."""
    return [text.encode("utf-8"), json.dumps(text)[1:-1].encode("ascii"),
            text.encode("utf-16-le")]


def raw_hits(path: Path, secrets: tuple[str, ...] = SECRETS) -> list[str]:
    found = []
    for part in (path, path.with_name(path.name + "-wal")):
        if not part.exists():
            continue
        data = part.read_bytes()
        found += [f"{part.name}: {s}" for s in secrets if any(v in data for v in _variants(s))]
    return found


def _fill(services: Services, session_id: int) -> dict[str, int]:
    """The person signs in by phone, changes their mind at the console, writes, votes, claims."""
    services.phones.open_sign_in(session_id)
    token = PhoneReader(services.file.db).room(session_id).token  # type: ignore[union-attr]
    phone = "w" * 32
    wil = int(services.phones.sign_in(token, phone, name=NAME, group="parent_carer",
                                      consent=Consent(contact=True, words=WordsUse.NAMED),
                                      contact_details=CONTACT).new_id or 0)
    services.people.set_consent(wil, Consent(contact=True, paid=True), contact_details=CONTACT,
                                access_needs=NEEDS, via="paper")
    other = int(services.people.sign_in_attendee(session_id, name=OTHER, group="staff")
                .new_id or 0)
    services.phones.set_notes_open(session_id, True)
    mine = int(services.phones.post_note(phone, "The letters come too late").new_id or 0)
    services.notes.add_note(session_id, "Our own note", author_id=other)
    rid = int(services.board.votes.open_vote(session_id, target_kind="note").new_id or 0)
    services.board.votes.cast_vote(rid, mine, voter_id=wil, dots=1)
    services.board.votes.cast_vote(rid, mine, voter_id=other, dots=1)
    services.payments.add_claim(wil, "travel", "9.60", session_id=session_id,
                                note=f"Taxi for {NAME}")
    services.exports.record("Everything held about person", ExportFormat.JSON,
                            f"/home/facilitator/{NAME}.json", held_names=True)
    return {"wil": wil, "other": other, "note": mine, "round": rid}


def test_erase_is_undoable_then_final_and_gone_from_the_bytes(
        services: Services, session_id: int, programme_path: Path) -> None:
    ids = _fill(services, session_id)
    backup = programme_path.with_name("programme.before-update-v5.coprod.bak")
    services.file.copy_to(backup)  # stands in for the copy made before an update
    services.file.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert raw_hits(programme_path)  # the search finds them before the erase
    plan = services.erase.plan(ids["wil"])
    assert (plan.notes, plan.votes, plan.phones, plan.notes_with_votes) == (1, 1, 1, 1)
    assert plan.choices == 7 and plan.backups == [backup] and plan.claims_owed_pence == 960
    assert len(plan.exports_with_names) == 1

    change = services.erase.erase(ids["wil"])
    person = services.read.attendee(ids["wil"])
    assert person.erased and person.name == ERASED_NAME and person.contact_details == ""
    assert person.access_needs == "" and person.consent == Consent(words=WordsUse.ROOM_ONLY)
    assert PeopleReader(services.file.db).consent_history(ids["wil"]) == []
    assert PhoneReader(services.file.db).device(device_hash("w" * 32)) is None
    # Anonymous contributions stay by default, still counted, with no name.
    assert [n.author_id for n in services.read.notes(session_id)].count(ids["wil"]) == 1
    assert services.file.db["vote"].count == 2
    [pending] = services.erase.pending()
    assert "1 note and 1 vote kept without a name" in pending.summary
    assert NAME not in pending.summary and not pending.final

    # Undoable until confirmed: all of it comes back.
    services.erase.undo_erase(pending.id)
    assert services.read.attendee(ids["wil"]).name == NAME
    assert len(PeopleReader(services.file.db).consent_history(ids["wil"])) == 7
    assert services.erase.pending() == []
    assert change.revision_id is not None

    services.erase.erase(ids["wil"])
    later = services.people.rename_attendee(ids["other"], OTHER, "voluntary")  # work goes on
    [pending] = services.erase.pending()
    report = services.erase.confirm(pending.id)
    assert report.backups_removed == [backup] and not backup.exists()
    assert report.history_steps_removed >= 3 and report.exports_redacted == 1
    with pytest.raises(ConflictError, match="final"):
        services.erase.undo_erase(pending.id)
    [record] = ExportReader(services.file.db).records()
    assert record.target == "/home/facilitator/[name removed].json"
    assert services.erase.erasure_for(ids["wil"]).final  # type: ignore[union-attr]
    # The other person and their words are untouched.
    assert services.read.attendee(ids["other"]).name == OTHER
    assert {n.text for n in services.read.notes(session_id)} == {"The letters come too late",
                                                                  "Our own note"}
    # Undo history up to the erase is gone; what came after it can still be undone.
    assert [r.id for r in services.history.revisions()] == [later.revision_id]
    services.history.undo(later.revision_id or 0)
    assert raw_hits(programme_path) == []
    services.close()
    assert raw_hits(programme_path) == []
    assert raw_hits(programme_path, (OTHER,))  # the search still finds what should be there
    reopened = Services(ProgrammeFile.open(programme_path))
    try:
        assert reopened.read.attendee(ids["wil"]).name == ERASED_NAME
    finally:
        reopened.close()


def test_contributions_can_go_too(services: Services, session_id: int,
                                  programme_path: Path) -> None:
    ids = _fill(services, session_id)
    services.erase.erase(ids["wil"], EraseChoices(keep_contributions=False))
    notes = services.read.notes(session_id)
    assert [n.text for n in notes] == ["Our own note"]
    # Their dot and the other person's dot on their note both go (the dialog says so first).
    assert services.file.db["vote"].count == 0
    [pending] = services.erase.pending()
    assert "removed" in pending.summary
    services.erase.confirm(pending.id)
    services.close()
    assert raw_hits(programme_path, (*SECRETS, "The letters come too late")) == []


def test_pending_erase_survives_reopening_and_can_still_be_undone(
        services: Services, session_id: int, programme_path: Path, clock) -> None:
    ids = _fill(services, session_id)
    services.erase.erase(ids["wil"])
    services.close()
    reopened = Services(ProgrammeFile.open(programme_path), clock)
    try:
        [pending] = reopened.erase.pending()
        reopened.erase.undo_erase(pending.id)
        assert reopened.read.attendee(ids["wil"]).name == NAME
    finally:
        reopened.close()


def test_everyone_at_once(services: Services, session_id: int, programme_path: Path) -> None:
    _fill(services, session_id)
    made = services.erase.erase_everyone()
    assert len(made) == 2
    services.erase.confirm(made)
    assert {p.name for p in services.read.attendees()} == {ERASED_NAME}
    services.close()
    assert raw_hits(programme_path, (*SECRETS, OTHER)) == []


def test_a_reader_in_the_way_delays_the_rewrite_until_next_opening(
        services: Services, session_id: int, programme_path: Path, clock) -> None:
    ids = _fill(services, session_id)
    services.erase.erase(ids["wil"])
    [pending] = services.erase.pending()
    reader = services.file.read_connection()  # as the phone server holds one
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM attendee").fetchone()
    with pytest.raises(ScrubIncomplete, match="next time the programme is opened"):
        services.erase.confirm(pending.id)
    assert services.erase.erasure_for(ids["wil"]).final  # type: ignore[union-attr]
    assert services.read.attendee(ids["wil"]).name == ERASED_NAME
    reader.execute("ROLLBACK")
    reader.close()
    services.close()
    reopened = Services(ProgrammeFile.open(programme_path), clock)
    try:
        assert reopened.erase.finish_scrub() and not reopened.erase.finish_scrub()
    finally:
        reopened.close()
    assert raw_hits(programme_path) == []
