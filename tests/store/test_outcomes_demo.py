"""The demo programme carries outcomes, venues, equalities answers, a reference and invitations,
so every closing-the-loop view has something real to show."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.demo.builder import build_demo
from coprod_desktop.domain.outcomes import OutcomeStatus
from coprod_desktop.export.documents import Kind, PdfRequest, build_pdf
from coprod_desktop.store.invitations_reader import InvitationsReader
from coprod_desktop.store.outcomes_reader import OutcomesReader
from coprod_desktop.store.programme_file import ProgrammeFile
from coprod_desktop.store.reach_reader import ReachReader
from coprod_desktop.store.reader import Reader
from tests.export.conftest import flat


def test_demo_closes_the_loop(tmp_path: Path) -> None:
    file = ProgrammeFile.open(build_demo(tmp_path / "demo.coprod"))
    try:
        read = OutcomesReader(file.db)
        outcomes = read.outcomes()
        statuses = {o.status for o in outcomes}
        assert statuses == set(OutcomeStatus)
        cant = [o for o in outcomes if o.status is OutcomeStatus.CANT]
        assert cant and all(len(o.reason.split()) >= 3 for o in cant)
        assert any(o.links for o in outcomes)
        assert any(not o.shareable for o in outcomes)  # a room-only story's outcome
        last_meeting = max(s.id for s in Reader(file.db).sessions())
        assert len(read.since_last_time(last_meeting)) >= 3
        reach = ReachReader(file.db)
        assert {v.name for v in reach.venues()} >= {"St Anne's Church Hall, Ashbrook",
                                                    "Ashbrook Central Library, Community Room"}
        assert len(reach.by_area()) >= 2
        assert reach.reference()[("carer", "yes")] == 8
        assert sum(reach.tally().get("carer", {}).values()) > 20
        invitations = InvitationsReader(file.db)
        invited = invitations.invited()
        assert any(i.came for i in invited) and any(not i.came for i in invited)
        assert invitations.lost(Reader(file.db).session(last_meeting).date)
        handout = build_pdf(Reader(file.db), PdfRequest(Kind.HANDOUT, session_id=last_meeting - 1))
        assert handout.startswith(b"%PDF")
    finally:
        file.close()


def test_a_handout_says_what_moved_since_the_meeting_before(tmp_path: Path) -> None:
    import subprocess

    file = ProgrammeFile.open(build_demo(tmp_path / "demo.coprod"))
    try:
        meeting = next(s for s in Reader(file.db).sessions() if s.date.isoformat() == "2026-11-10")
        data = build_pdf(Reader(file.db), PdfRequest(Kind.HANDOUT, session_id=meeting.id))
    finally:
        file.close()
    out = tmp_path / "handout.pdf"
    out.write_bytes(data)
    words = flat(subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"],
                                capture_output=True, check=True).stdout.decode())
    assert "You said, we did" in words
    assert "Why not: Each school sets its own training days" in words
