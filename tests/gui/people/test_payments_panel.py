"""The Payments panel with real widgets offscreen: the rate, hours per attendance, time payments,
a new claim (refused, then saved), approving and paying, waiting days, and the claims sheet."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

from coprod_desktop.domain.money import ClaimStatus
from coprod_desktop.gui.people.claim_dialog import ClaimDialog
from coprod_desktop.gui.people.payments_panel import PaymentsPanel
from coprod_desktop.services import Services
from coprod_desktop.store.export_reader import ExportReader
from coprod_desktop.store.payments_reader import PaymentsReader
from tests.gui.people.people_host import env_for, grab, three_people


def _column(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_payments_from_rate_to_paid(qtbot, services: Services, session_id: int, clock,
                                    artifacts: Path, tmp_path: Path) -> None:
    ids = three_people(services, session_id)
    env = env_for(services, clock)
    panel = PaymentsPanel(env)
    qtbot.addWidget(panel)
    panel.resize(1280, 820)
    panel.show()
    panel.set_session(session_id)
    assert panel.summary.text() == "Nothing is owed."
    panel.rate.setText("-4")
    panel.save_rate()
    assert "less than nothing" in panel.rate_error.text() and panel.rate_error.isVisible()
    panel.rate.setText("£15.00")
    panel.save_rate()
    assert PaymentsReader(services.file.db).rate() == 1500 and panel.rate_error.isHidden()
    hours = panel.hours.table
    # Zofia agreed to be paid; Kai did not; Sam (staff) did not but is paid by hand here.
    sam_box = panel.hours.findChild(type(hours.cellWidget(0, 3)), f"payment_{ids['sam']}")
    sam_box.setChecked(True)
    spin = panel.hours.findChild(type(hours.cellWidget(0, 2)), f"hours_{ids['sam']}")
    spin.setValue(1.5)
    spin.editingFinished.emit()
    panel.hours.add_button.click()
    assert _column(hours, 5).count("Claimed") == 2
    assert panel.summary.text() == "Owed: £67.50 to 2 people"
    # A travel claim: first refused with the reason by the field, then saved.
    panel.new_button.click()
    dialog = next(d for d in panel.findChildren(ClaimDialog) if d.isVisible())
    dialog.person.setCurrentIndex(dialog.person.findData(ids["zofia"]))
    dialog.amount.setText("12.345")
    dialog.save()
    assert "two figures" in dialog.errors.message("amount") and dialog.isVisible()
    dialog.amount.setText("£6.80")
    dialog.note.setText("Bus, return")
    dialog.save()
    assert not dialog.isVisible()
    clock.set(datetime(2026, 3, 20, 10, 0, tzinfo=UTC))
    panel.refresh()
    assert _column(panel.owed, 0) == ["Zofia Wiśniewska", "Sam Okafor"]
    assert _column(panel.owed, 1) == ["£51.80", "£22.50"]
    assert _column(panel.owed, 3) == ["17 days (2+ weeks)", "17 days (2+ weeks)"]
    panel.claims.selectAll()
    panel.approve_button.click()
    statuses = {c.status for c in PaymentsReader(services.file.db).claims()}
    assert statuses == {ClaimStatus.APPROVED}
    clock.set(datetime(2026, 4, 10, 10, 0, tzinfo=UTC))
    panel.refresh()
    panel.owed.selectRow(1)  # Sam only
    assert _column(panel.claims, 0) == ["Sam Okafor"]
    panel.claims.selectAll()
    panel.paid_button.click()
    panel.owed.clearSelection()
    assert panel.summary.text() == "Owed: £51.80 to 1 person"
    assert _column(panel.owed, 3) == ["38 days (late)"]
    assert "Paid so far: £22.50" in panel.detail.text()
    panel.filter.setCurrentIndex(2)  # All
    grab(panel, artifacts / "people-payments.png")
    target = tmp_path / "claims.csv"
    panel.filter.setCurrentIndex(0)  # Owed
    assert panel.sheets.save(target, "csv") == target
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"))))
    assert [(r["Payee"], r["Amount (£)"], r["Status"]) for r in rows] == [
        ("Zofia Wiśniewska", "45.00", "Approved"), ("Zofia Wiśniewska", "6.80", "Approved")]
    [record] = ExportReader(services.file.db).records()
    assert record.held_names and record.what == "Claims sheet: Claims not yet paid"
    pdf = panel.sheets.save(tmp_path / "claims.pdf", "pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    latest = ExportReader(services.file.db).records()[0]
    assert (latest.format.value, latest.target) == ("pdf", str(pdf))
