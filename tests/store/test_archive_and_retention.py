"""Retention: an anonymised archive (a copy with everyone erased) and erasing everyone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coprod_desktop.domain.erasure import ERASED_NAME
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.export_record import ExportFormat
from coprod_desktop.domain.phones import WifiDetails
from coprod_desktop.domain.privacy import retention_passed
from coprod_desktop.domain.records import Consent
from coprod_desktop.services import Services
from coprod_desktop.services.archive import anonymised_archive
from coprod_desktop.store.export_reader import ExportReader
from coprod_desktop.store.privacy_reader import PrivacyReader
from coprod_desktop.store.programme_file import ProgrammeFile
from tests.store.test_erase import raw_hits

NAMES = ("Genevieve Okonkwo-Lindqvist", "Bartholomew Achterberg")


def _people(services: Services, session_id: int) -> None:
    for name in NAMES:
        pid = int(services.people.sign_in_attendee(session_id, name=name, group="parent_carer")
                  .new_id or 0)
        services.people.set_consent(pid, Consent(contact=True), contact_details=f"{pid}@ex.org")
        services.notes.add_note(session_id, f"Note number {pid}", author_id=pid)
    services.phones.set_wifi(WifiDetails("HallWiFi", "letmein-please", "WPA"))


def test_archive_has_no_names_and_the_programme_keeps_its_own(
        services: Services, session_id: int, tmp_path: Path, clock,
        programme_path: Path) -> None:
    _people(services, session_id)
    target = tmp_path / "Ashbrook archive.coprod"
    report = anonymised_archive(services, target, clock)
    assert report.people == 2 and report.target == target
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == [
        ".programme.coprod.lock"]  # nothing half-made left beside the archive
    assert raw_hits(target, (*NAMES, "1@ex.org", "letmein-please")) == []
    archive = Services(ProgrammeFile.open(target), clock)
    try:
        assert {p.name for p in archive.read.attendees()} == {ERASED_NAME}
        assert {n.text for n in archive.read.notes(session_id)} == {"Note number 1",
                                                                    "Note number 2"}
        assert archive.read.group_counts(session_id) != {}
        assert ExportReader(archive.file.db).records() == []
        assert archive.history.revisions() == []
    finally:
        archive.close()
    [record] = ExportReader(services.file.db).records()
    assert (record.format, record.held_names) == (ExportFormat.ARCHIVE, False)
    assert {p.name for p in services.read.attendees()} == set(NAMES)  # the live file is as was


def test_retention_date_and_erasing_everyone(services: Services, session_id: int, clock,
                                             programme_path: Path) -> None:
    _people(services, session_id)
    with pytest.raises(ValidationError, match="within 7 years"):
        services.privacy.set_retention("2040-01-01")
    services.privacy.set_retention("2026-09-30")
    reader = PrivacyReader(services.file.db)
    assert reader.retention() == date(2026, 9, 30)
    assert not retention_passed(reader.retention(), date(2026, 9, 30))
    assert retention_passed(reader.retention(), date(2026, 10, 1))
    services.erase.confirm(services.erase.erase_everyone())
    services.file.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert raw_hits(programme_path, NAMES) == []
