"""The demo programme's check-out slips: at every meeting held, from some of those present, and
parents and carers feeling more listened to at the end of the programme than at its start."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.demo.builder import build_demo
from coprod_desktop.services import Services
from coprod_desktop.store.programme_file import ProgrammeFile


def test_every_meeting_held_has_check_outs_from_people_present(tmp_path: Path) -> None:
    path = build_demo(tmp_path / "demo.coprod")
    services = Services(ProgrammeFile.open(path))
    try:
        db = services.file.db
        held = [s for s in services.read.sessions()
                if s.kind != "discovery" and services.read.present(s.id)]
        assert len(held) >= 4
        listened_yes: list[float] = []
        for session in held:
            rows = list(db.query("SELECT * FROM checkout_answer WHERE session_id = ?",
                                 [session.id]))
            assert 0 < len(rows) <= len(services.read.present(session.id)), session.title
            assert {r["via"] for r in rows} == {"paper"}  # typed in from slips
            parents = [r["listened"] for r in rows
                       if r["group_name"] == "parent_carer" and r["listened"] is not None]
            listened_yes.append(sum(1 for a in parents if a == 2) / max(1, len(parents)))
        # None on the discovery workshop or the meeting still to come.
        others = {s.id for s in services.read.sessions()} - {s.id for s in held}
        assert not list(db.query(
            f"SELECT id FROM checkout_answer WHERE session_id IN ({','.join('?' * len(others))})",
            list(others)))
        assert listened_yes[-1] > listened_yes[0]
    finally:
        services.file.close()
