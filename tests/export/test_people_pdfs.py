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


# English of the claims sheet and the person's file that must not survive in Polish ones.
CLAIMS_ENGLISH = ["Claims for payment", "as on", "For the finance team", "Totals", "Where it is",
                  "Claims by person", "Days waited", "parent or carer", "Person ", "April",
                  "Over 4 weeks", "Travel", "Childcare", "Paid", " people", " claims"]
SAR_ENGLISH = ["Everything we hold about you", "Details", "Choices now", "History of their",
               "Sessions they came to", "Payments and expenses", "Notes they wrote",
               "Answers about themselves", "Share with my name", "Contact details", "April",
               "Apr ", "in this programme", "Made "]


def test_claims_sheet_pdf_follows_the_handout_language(services: Services, session_id: int, clock,
                                                        tmp_path: Path, artifacts: Path) -> None:
    from coprod_desktop.domain.settings import HANDOUT_LANGUAGE

    ids = _claims(services, session_id, clock)
    services.programme.set_setting(HANDOUT_LANGUAGE, "pl")
    sheet = claims_sheet(services.file.db, clock.now().date(), statuses=tuple(ClaimStatus))
    path = artifacts / "people-claims-sheet-pl.pdf"
    path.write_bytes(claims_pdf(sheet))
    text = flat(pdf_text(path))
    for english in CLAIMS_ENGLISH:
        assert english not in text, english
    assert "Wnioski o zapłatę" in text and "Wszystkie wnioski, stan na 10 kwietnia 2026" in text
    assert f"{PAID} (rodzic lub opiekun): 51,80 £" in text
    assert f"Osoba {ids[UNPAID]} (rodzic lub opiekun): 75,00 £" in text
    assert "Zapłacono 20 mar 2026" in text  # Babel's Polish month, not the laptop's
    assert "2 osoby, 4 wnioski." in text  # Polish plurals
    assert "Bus <return> & back" in text  # the payee's own words, as typed
    assert PdfReader(path).trailer["/Root"]["/Lang"] == "pl"
    assert "Claims for payment" in flat(pdf_text_of(claims_pdf(sheet, language="en_GB"),
                                                    tmp_path))
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", str(path),
                    str(artifacts / "people-claims-sheet-pl")], check=True)


def test_subject_access_pdf_follows_the_handout_language(services: Services, session_id: int,
                                                          clock, tmp_path: Path,
                                                          artifacts: Path) -> None:
    from coprod_desktop.domain.settings import HANDOUT_LANGUAGE

    ids = _claims(services, session_id, clock)
    me = ids[UNPAID]
    services.people.set_consent(me, Consent(words=WordsUse.ANONYMOUS), note="Changed their mind")
    services.notes.add_note(session_id, "Letters <b>late</b> & lost", author_id=me)
    services.programme.set_setting(HANDOUT_LANGUAGE, "pl")
    pf = PeopleReader(services.file.db).person_file(me)
    path = artifacts / "people-subject-access-pl.pdf"
    path.write_bytes(subject_access_pdf(pf, services.read.programme(), clock.now()))
    text = flat(pdf_text(path))
    for english in SAR_ENGLISH:
        assert english not in text, english
    for expected in ("Wszystko, co o tobie przechowujemy", UNPAID, "Obecne wybory",
                     "Ich słowa: Można udostępnić z moim imieniem → Można udostępnić bez mojego "
                     "imienia", "Changed their mind", "Letters <b>late</b> & lost",
                     "Płatności i wydatki", "kwi 2026", "Odpowiedzi o sobie"):
        assert expected in text, expected
    # The console's Person view is made outside any PDF: still English.
    from coprod_desktop.domain.person_file import sections
    assert sections(pf)[0].title == "Details"
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "2", str(path),
                    str(artifacts / "people-subject-access-pl")], check=True)


def test_shortcut_sheet_in_polish(tmp_path: Path) -> None:
    from coprod_desktop.export.shortcuts_pdf import ShortcutRow, write_shortcuts_pdf

    rows = [ShortcutRow("Plik", "Ctrl+O", "Otwórz program")]
    path = write_shortcuts_pdf(tmp_path / "keys.pdf", rows, language="pl")
    text = flat(pdf_text(path))
    assert "Coprod Desktop: skróty klawiszowe" in text and "Klawisze" in text
    assert "Co robią" in text and "Otwórz program" in text and "keyboard" not in text
    english = flat(pdf_text(write_shortcuts_pdf(tmp_path / "en.pdf", rows)))
    assert "Coprod Desktop: keyboard shortcuts" in english and "What they do" in english


def pdf_text_of(data: bytes, folder: Path) -> str:
    path = folder / "read.pdf"
    path.write_bytes(data)
    return pdf_text(path)
