"""The finance team's claims sheet: names only for people who agreed to be paid, amounts from
whole pence, a guard against spreadsheet formulas, and a line in the record of exports."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

from coprod_desktop.domain.export_record import ExportFormat
from coprod_desktop.domain.money import ClaimStatus
from coprod_desktop.domain.records import Consent
from coprod_desktop.export.claims_sheet import claims_sheet, to_csv
from coprod_desktop.export.people_files import save_and_record
from coprod_desktop.services import Services
from coprod_desktop.store.export_reader import ExportReader


def _setup(services: Services, session_id: int) -> dict[str, int]:
    people = services.people
    ids = {}
    for key, name, paid in (("named", "Ffion Hughes", True), ("quiet", "=Danny", False)):
        ids[key] = int(people.sign_in_attendee(session_id, name=name, group="parent_carer")
                       .new_id or 0)
        people.set_consent(ids[key], Consent(paid=paid))
    pay = services.payments
    pay.set_rate("12.50")
    pay.set_attendance(session_id, ids["quiet"], payment=True)
    pay.add_time_claims(session_id)
    pay.add_claim(ids["named"], "travel", "8.40", session_id=session_id, note="Bus, return")
    pay.add_claim(ids["quiet"], "childcare", "30", session_id=session_id, note="=cmd|' /C calc'")
    return ids


def _rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_names_only_for_people_who_agreed_to_be_paid(services: Services, session_id: int,
                                                     clock) -> None:
    ids = _setup(services, session_id)
    clock.set(datetime(2026, 3, 20, 12, 0, tzinfo=UTC))
    sheet = claims_sheet(services.file.db, clock.now().date())
    rows = _rows(to_csv(sheet))
    assert [r["Payee"] for r in rows] == ["Ffion Hughes", "Ffion Hughes",
                                          f"Person {ids['quiet']} (parent or carer)",
                                          f"Person {ids['quiet']} (parent or carer)"]
    assert "Danny" not in to_csv(sheet).decode("utf-8-sig")
    by_for = {(r["Payee"][:4], r["For"]): r for r in rows}
    time = by_for[("Ffio", "Time (recognition payment)")]
    assert (time["Hours"], time["Amount (£)"], time["Amount (pence)"]) == ("3", "37.50", "3750")
    travel = by_for[("Ffio", "Travel")]
    assert travel["Note"] == "Bus, return" and travel["Days waited"] == "17"
    assert by_for[("Pers", "Childcare")]["Note"] == ""  # not named: no note that could point
    assert sheet.total_pence == 3750 + 840 + 3750 + 3000 and sheet.held_names


def test_a_cell_that_looks_like_a_formula_is_kept_as_text(services: Services,
                                                          session_id: int) -> None:
    ids = _setup(services, session_id)
    services.people.set_consent(ids["quiet"], Consent(paid=True))
    rows = _rows(to_csv(claims_sheet(services.file.db, datetime(2026, 3, 3).date())))
    assert {r["Payee"] for r in rows} >= {"'=Danny"}
    assert "'=cmd|' /C calc'" in {r["Note"] for r in rows}


def test_saving_writes_the_record_of_exports(services: Services, session_id: int,
                                             tmp_path: Path, clock) -> None:
    _setup(services, session_id)
    services.payments.mark_paid([1])
    sheet = claims_sheet(services.file.db, clock.now().date(), (ClaimStatus.PAID,))
    target = tmp_path / "paid.csv"
    save_and_record(services, target, to_csv(sheet), what="Claims sheet: " + sheet.scope,
                    fmt=ExportFormat.CSV, held_names=sheet.held_names)
    assert target.read_bytes() == to_csv(sheet)
    [record] = ExportReader(services.file.db).records()
    assert (record.what, record.format, record.target, record.held_names) == (
        "Claims sheet: Claims paid", ExportFormat.CSV, str(target), True)
    assert record.at == clock.now()
