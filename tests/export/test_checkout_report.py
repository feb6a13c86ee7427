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
    # Across the programme: parents 3 of 7 said Yes to 'listened' (43%), staff 5 of 5. The one
    # young person is never shown alone, and 13 check-outs less 7 parents less 5 staff would
    # count them: so the shares are printed without "(of 7)" and "(of 5)", and both sides are
    # shown (before, the 5 staff were hidden for the young person's sake).
    assert "I felt listened to: parents and carers 43% Yes; staff 100% Yes." in text
    assert "(of " not in text
    # First session: 4 parents (3 said Yes to 'listened'), 2 staff. The staff are too few; the
    # parents are shown (before, they were hidden beside the 2 staff). Nothing in the report
    # gives the staff's answers: it prints no everyone's share, and no count for a session.
    assert ("3 Mar 2026 6 Parents: 75% Yes Staff: not shown Parents: 100% Yes Staff: not shown "
            "Parents: 100% Yes Staff: not shown Parents: 25% Yes Staff: not shown") in text
    # Second session: 3 parents and 3 staff both shown (the young person's sake costs nothing
    # here either); staff all said Yes to 'listened', and none to 'understood'.
    assert ("7 Apr 2026 7 Parents: 0% Yes Staff: 100% Yes Parents: 0% Yes Staff: "
            "100% Yes Parents: 100% Yes Staff: 0% Yes") in text
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


def test_a_small_sessions_check_outs_cannot_be_worked_out_from_the_total(
        services: Services, session_id: int, tmp_path: Path) -> None:
    second = int(services.sessions.create_session("Second meeting", "2026-04-07",
                                                  starts_at="18:00", ends_at="20:00").new_id or 0)
    third = int(services.sessions.create_session("Third meeting", "2026-05-05",
                                                 starts_at="18:00", ends_at="20:00").new_id or 0)
    _slips(services, session_id, "parent_carer", "2222", 6)
    _slips(services, second, "parent_carer", "2222", 3)
    _slips(services, third, "parent_carer", "0000", 2)
    out = tmp_path / "report.pdf"
    export_pdf(services.read, PdfRequest(Kind.PROGRAMME, None), out)
    text = " ".join(pdf_text(out).split())
    # 11 in all = 6 + 3 + 2. The third session's 2 read "fewer than 3"; printing 6 and 3 would
    # give 11 - 6 - 3 = 2, so the smaller of them (3) is held back too: 11 - 6 = 5 for the two.
    assert "11 check-outs in all" in text
    assert "3 Mar 2026 6 Parents: 100% Yes" in text
    assert "7 Apr 2026 not shown Parents: 100% Yes" in text
    assert "5 May 2026 fewer than 3 Parents: not shown" in text


def test_the_check_out_columns_headers_are_not_broken_mid_word(
        services: Services, session_id: int, tmp_path: Path, artifacts: Path) -> None:
    # The column of check-outs was too narrow for its header in the report's bold type: it read
    # "Check-out" over "s" (Polish "Odpowied" over "zi"). Each language's header word whole.
    _slips(services, session_id, "parent_carer", "2222", 4)
    for language, headers in (("en", ("Session", "Check-outs")),
                              ("pl", ("Spotkanie", "Odpowiedzi"))):
        out = tmp_path / f"report-{language}.pdf"
        export_pdf(services.read, PdfRequest(Kind.PROGRAMME, None, language=language), out)
        words = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True,
                               capture_output=True, text=True).stdout.split()
        for header in headers:
            assert header in words, (language, header)
        assert "s" not in words and "zi" not in words
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(out),
                        str(artifacts / f"report-checkout-header-{language}")], check=True)
