"""The programme report's check-out, read back from the PDF: shares saying Yes for parents and
carers and for staff, across the programme and per session, small groups shown as fewer than 3."""

from __future__ import annotations

import subprocess
from pathlib import Path

from coprod_desktop.export.documents import Kind, PdfRequest, export_pdf
from coprod_desktop.services import Services
from tests.export.conftest import pdf_text

KEYS = ("listened", "could_say", "understood", "come_again")


def _slips(services: Services, session_id: int, group: str, values: str, times: int) -> None:
    for _ in range(times):
        services.checkout.enter_slip(session_id, group, dict(zip(KEYS, values, strict=True)))


def test_programme_report_charts_the_checkout(services: Services, session_id: int,
                                              tmp_path: Path, artifacts: Path) -> None:
    later = int(services.sessions.create_session("Second meeting", "2026-04-07",
                                                 starts_at="18:00", ends_at="20:00").new_id or 0)
    _slips(services, session_id, "parent_carer", "2221", 3)  # 3 parents: Yes x3 on listened
    _slips(services, session_id, "parent_carer", "0222", 1)
    _slips(services, session_id, "staff", "2222", 2)  # only 2 staff here: not shown alone
    _slips(services, later, "parent_carer", "1122", 3)
    _slips(services, later, "staff", "2202", 3)
    _slips(services, later, "young_person", "2222", 1)
    out = tmp_path / "report.pdf"
    export_pdf(services.read, PdfRequest(Kind.PROGRAMME, None), out)
    text = " ".join(pdf_text(out).split())
    assert "How the sessions felt" in text
    assert "13 check-outs in all" in text
    # Across the programme: parents 3 of 7 said Yes to 'listened' (43%). The one young person
    # is hidden, and so the next smallest side (5 staff) too: the total would give it away.
    assert "I felt listened to: parents and carers 43% Yes (of 7); staff not shown." in text
    # First session: 2 staff are too few, so the 4 parents are hidden beside them.
    assert "3 Mar 2026 6 Parents: not shown Staff: not shown" in text
    # Second session: the young person hidden, then the first of the tied 3s (parents); the
    # 3 staff all said Yes to 'listened', and 0 of 3 to 'understood'.
    assert ("7 Apr 2026 7 Parents: not shown Staff: 100% Yes (of 3) Parents: not shown Staff: "
            "100% Yes (of 3) Parents: not shown Staff: 0% Yes (of 3)") in text
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(out), str(artifacts / "report-checkout")],
                   check=True)


def test_chart_when_both_sides_can_be_shown(services: Services, session_id: int,
                                            tmp_path: Path, artifacts: Path) -> None:
    _slips(services, session_id, "parent_carer", "2120", 2)
    _slips(services, session_id, "parent_carer", "1222", 2)
    _slips(services, session_id, "staff", "2222", 3)
    out = tmp_path / "report.pdf"
    export_pdf(services.read, PdfRequest(Kind.PROGRAMME, None), out)
    text = " ".join(pdf_text(out).split())
    assert "I felt listened to: parents and carers 50% Yes (of 4); staff 100% Yes (of 3)." in text
    assert "I would come again: parents and carers 50% Yes (of 4)" in text
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(out), str(artifacts / "report-chart")],
                   check=True)
    # The chart: each question, then a bar each for staff and for parents and carers.
    assert "I felt listened to Staff Parents and carers" in text, text[-900:]
