"""The finance team's claims sheet and a person's own file (subject access) as PDFs, read back
with poppler: what they must say, and what they must not."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

from coprod_desktop.domain.money import ClaimStatus
from coprod_desktop.domain.records import Consent, WordsUse
from coprod_desktop.export.claims_pdf import claims_pdf
from coprod_desktop.export.claims_sheet import claims_sheet
from coprod_desktop.export.subject_access_pdf import subject_access_pdf
from coprod_desktop.services import Services
from coprod_desktop.store.people_reader import PeopleReader
from tests.export.conftest import flat, pdf_text

PAID = "Zofia Wiśniewska"
UNPAID = "Quentin Zabrowski-Ødegård"


def _claims(services: Services, session_id: int, clock) -> dict[str, int]:
    people, pay = services.people, services.payments
    ids = {}
    for name, paid in ((PAID, True), (UNPAID, False)):
        ids[name] = int(people.sign_in_attendee(session_id, name=name, group="parent_carer")
                        .new_id or 0)
        people.set_consent(ids[name], Consent(paid=paid, contact=True, words=WordsUse.NAMED),
                           contact_details="zofia@example.org" if paid else "q@example.org",
                           access_needs="Step-free access")
    pay.set_rate("15")
    pay.set_attendance(session_id, ids[UNPAID], payment=True)
    pay.add_time_claims(session_id)
    travel = int(pay.add_claim(ids[PAID], "travel", "6.80", session_id=session_id,
                               note="Bus <return> & back").new_id or 0)
    pay.add_claim(ids[UNPAID], "childcare", "30", session_id=session_id, note="Private note")
    clock.set(datetime(2026, 3, 20, 10, 0, tzinfo=UTC))
    pay.mark_paid([travel])
    clock.set(datetime(2026, 4, 10, 10, 0, tzinfo=UTC))
    return ids


def test_claims_sheet_pdf(services: Services, session_id: int, clock, tmp_path: Path,
                          artifacts: Path) -> None:
    ids = _claims(services, session_id, clock)
    sheet = claims_sheet(services.file.db, clock.now().date(), statuses=tuple(ClaimStatus))
    path = tmp_path / "claims.pdf"
    path.write_bytes(claims_pdf(sheet))
    text = flat(pdf_text(path))
    assert "Claims for payment" in text and "All claims, as on 10 April 2026" in text
    assert f"{PAID} (parent or carer): £51.80" in text
    assert f"Person {ids[UNPAID]} (parent or carer): £75.00" in text
    assert "Bus <return> & back" in text  # a named payee's note, exactly as typed
    assert UNPAID not in text and "Private note" not in text and "Zabrowski" not in text
    assert "Paid 1 £6.80" in text and "Paid 20 Mar 2026" in text
    assert "Over 4 weeks £120.00" in text  # what is still owed, by how long it has waited
    assert "All 4 £126.80" in text
    assert PdfReader(path).metadata.title == "Claims for payment: All claims"
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", str(path),
                    str(artifacts / "people-claims-sheet")], check=True)


def test_subject_access_pdf(services: Services, session_id: int, clock, tmp_path: Path,
                            artifacts: Path) -> None:
    ids = _claims(services, session_id, clock)
    me = ids[UNPAID]  # not named in handouts, not paid by name: their own file names them
    services.people.set_consent(me, Consent(words=WordsUse.ANONYMOUS), note="Changed their mind",
                                access_needs="Step-free access")
    services.notes.add_note(session_id, "Letters <b>late</b> & lost", author_id=me)
    pf = PeopleReader(services.file.db).person_file(me)
    path = tmp_path / "sar.pdf"
    path.write_bytes(subject_access_pdf(pf, services.read.programme(), clock.now()))
    text = flat(pdf_text(path))
    for expected in (UNPAID, "Everything we hold about you", "Step-free access",
                     "Their words: Share with my name → Share without my name",
                     "Changed their mind", "Discovery workshop", "£30.00", "£45.00",
                     "Letters <b>late</b> & lost", "Answers about themselves"):
        assert expected in text, expected
    assert PAID not in text and "zofia@example.org" not in text
    assert PdfReader(path).metadata.title == f"Everything held about {UNPAID}"
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "2", str(path),
                    str(artifacts / "people-subject-access")], check=True)
