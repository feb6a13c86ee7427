"""Opening a programme that a crash left part-done finishes the job first, and says so."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import message_boxes

from coprod_desktop.clock import FakeClock
from coprod_desktop.services import Services
from coprod_desktop.store.phone_reader import PhoneReader
from coprod_desktop.store.programme_file import ProgrammeFile


def _left_open(path: Path, clock: FakeClock) -> int:
    with ProgrammeFile.create(path) as file:
        services = Services(file, clock)
        services.programme.create_programme("Left open")
        sid = int(services.sessions.create_session("Evening", "2026-03-03").new_id or 0)
        services.phones.open_sign_in(sid)  # the app was killed before sign-in was closed
    return sid


def test_stale_sign_in_is_closed_and_the_facilitator_told(qtbot, make_app, tmp_path: Path,
                                                           clock: FakeClock) -> None:
    path = tmp_path / "Evening.coprod"
    sid = _left_open(path, clock)
    app = make_app()
    app.open_file(path)
    qtbot.waitUntil(lambda: bool(message_boxes()))
    [box] = message_boxes()
    assert box.windowTitle() == "Finished what was interrupted"
    assert "sign-in" in box.text().lower()
    assert app.current is not None
    room = PhoneReader(app.current.services.file.db).room(sid)
    assert room is not None and not room.signin_open


def test_what_was_finished_is_told_in_the_interfaces_language(qtbot, polish_app,
                                                              tmp_path: Path,
                                                              clock: FakeClock) -> None:
    path = tmp_path / "Wieczór.coprod"
    _left_open(path, clock)
    polish_app.open_file(path)
    qtbot.waitUntil(lambda: bool(message_boxes()))
    [box] = message_boxes()
    assert box.windowTitle() == "Dokończono to, co zostało przerwane"
    assert "Zapisy przez telefon" in box.text()
    assert "sign-in" not in box.text()
