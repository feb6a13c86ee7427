"""Opening a file puts right what an unclean stop left: sign-in marked open with no server."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.services import Services
from coprod_desktop.services.recovery import finish_on_open
from coprod_desktop.store.errors import ReadOnlyFile
from coprod_desktop.store.inspect import describe
from coprod_desktop.store.phone_reader import PhoneReader
from coprod_desktop.store.programme_file import ProgrammeFile, check_file


def _programme(path: Path) -> int:
    with ProgrammeFile.create(path) as file:
        services = Services(file, FakeClock())
        services.programme.create_programme("Recovery test")
        sid = int(services.sessions.create_session("Evening", "2026-03-03").new_id or 0)
        services.phones.open_sign_in(sid)  # and then the process dies: nobody closes it
    return sid


def test_sign_in_left_open_by_a_dead_process_is_closed_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "p.coprod"
    sid = _programme(path)
    with ProgrammeFile.open(path) as file:
        services = Services(file, FakeClock())
        said = finish_on_open(services)
        assert len(said) == 1 and "sign-in" in said[0].lower()
        assert not PhoneReader(file.db).room(sid).signin_open  # type: ignore[union-attr]
        assert finish_on_open(services) == []  # said once, not every time


def test_info_reads_a_read_only_file_which_opening_for_work_refuses(tmp_path: Path) -> None:
    path = tmp_path / "p.coprod"
    _programme(path)
    before = path.read_bytes()
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        with pytest.raises(ReadOnlyFile):
            check_file(path)
        assert "Programme:       Recovery test" in describe(path)
        assert path.read_bytes() == before
    finally:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def test_info_names_an_interrupted_job(tmp_path: Path) -> None:
    path = tmp_path / "p.coprod"
    _programme(path)
    with ProgrammeFile.open(path) as file:
        file.db.execute("INSERT INTO job (kind, step, state, started_at) "
                        "VALUES ('erase_final', 'rewrite', '{}', '2026-03-03T10:00:00')")
        file.db.conn.commit()
    assert "Interrupted:     making an erase final" in describe(path)
