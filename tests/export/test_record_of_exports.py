"""Every export lands in the programme's record of exports: `coprod export` (when it can write to
the file), and the same record's rules for what holds names."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.cli import main
from coprod_desktop.domain.export_record import ExportFormat
from coprod_desktop.domain.records import Consent
from coprod_desktop.export.documents import Kind
from coprod_desktop.export.names_held import names_held, what_exported
from coprod_desktop.services import Services
from coprod_desktop.store.export_reader import ExportReader
from coprod_desktop.store.programme_file import ProgrammeFile
from tests.export.conftest import Sample


def test_the_command_line_records_what_it_wrote(sample: Sample, tmp_path: Path) -> None:
    copy = tmp_path / "closed.coprod"  # a programme no app has open: the command may write
    sample.services.file.copy_to(copy)
    out = tmp_path / "handout.pdf"
    assert main(["export", str(copy), "--pdf", str(out), "--session",
                 str(sample.session_id)]) == 0
    assert main(["export", str(copy), "--pdf", str(tmp_path / "poster.pdf"),
                 "--kind", "poster", "--join-url", "http://10.0.0.2:8765/j"]) == 0
    assert main(["export", str(copy), "--csv", str(tmp_path / "tables")]) == 0
    file = ProgrammeFile.open(copy)
    try:
        records = ExportReader(file.db).records()
    finally:
        file.close()
    assert [(r.what, r.format, r.held_names, Path(r.target).name) for r in records] == [
        ("Every table as CSV", ExportFormat.CSV, True, "tables"),
        ("Sign-in poster: Fortnightly meeting <3 & more", ExportFormat.PDF, False, "poster.pdf"),
        ("Session handout: Fortnightly meeting <3 & more", ExportFormat.PDF, True,
         "handout.pdf")]


def test_while_the_app_has_the_file_it_says_it_could_not_record(
        sample: Sample, programme_path: Path, tmp_path: Path, capsys) -> None:
    assert main(["export", str(programme_path), "--csv", str(tmp_path / "t")]) == 0
    assert "Not added to the programme's record of exports" in capsys.readouterr().err
    assert ExportReader(sample.services.file.db).records() == []


def test_what_holds_names(services: Services, session_id: int) -> None:
    read = services.read
    pid = int(services.people.sign_in_attendee(session_id, name="Bea", group="staff")
              .new_id or 0)
    assert not names_held(read, Kind.HANDOUT, session_id)  # nobody agreed yet
    services.people.set_consent(pid, Consent(name_in_handouts=True))
    assert names_held(read, Kind.HANDOUT, session_id) and names_held(read, "csv")
    assert not names_held(read, Kind.POSTER, session_id)
    other = int(services.sessions.create_session("Meeting 2", "2026-03-17").new_id or 0)
    assert not names_held(read, Kind.REGISTER, other)  # Bea did not come to that one
    assert what_exported(read, Kind.REGISTER) == "Attendance register: all sessions"
