"""The people panels inside the real console on the demo programme (light and dark), File › Save a
Copy As… written to the record of exports, and screenshots for people to look at."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from coprod_desktop.gui.people.panel import PeoplePanel
from coprod_desktop.gui.people.payments_panel import PaymentsPanel
from coprod_desktop.gui.people.privacy_panel import PrivacyPanel
from coprod_desktop.store.export_reader import ExportReader
from coprod_desktop.store.people_reader import PeopleReader


def _show(app, title: str):
    view = app.console.view
    panel = view.panel(title)
    view.show_panel(panel)
    return panel


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_people_payments_privacy_in_the_console(make_app, demo_path: Path, artifacts: Path,
                                                qtbot, tmp_path: Path, theme: str,
                                                clock) -> None:
    clock.set(datetime(2026, 11, 20, 10, 0, tzinfo=UTC))  # the demo's "today"
    app = make_app()
    app.start(demo_path)
    app.console.action(f"theme_{theme}").trigger()
    console = app.console
    console.resize(1440, 900)
    qtbot.waitExposed(console)
    services = app.current.services
    people = _show(app, "People")
    assert isinstance(people, PeoplePanel) and people.table.rowCount() == 52
    [withdrawal] = PeopleReader(services.file.db).withdrawals()
    people.select(withdrawal.attendee_id)
    assert "withdrew a choice" in people.person.status.text()
    history = people.person.tree.section_text("history")
    assert any(row[2] == "Withdrawn" for row in history)
    console.grab().save(str(artifacts / f"people-console-person-{theme}.png"))
    payments = _show(app, "Payments")
    assert isinstance(payments, PaymentsPanel)
    assert payments.summary.text().startswith("Owed: £")
    assert "(late)" in " ".join(payments.owed.item(r, 3).text()
                               for r in range(payments.owed.rowCount()))
    console.grab().save(str(artifacts / f"people-console-payments-{theme}.png"))
    copy = tmp_path / "copy.coprod"
    console.save_copy_to(copy)
    latest = ExportReader(services.file.db).records()[0]
    assert (latest.what, latest.target, latest.held_names) == (
        "Copy of the programme", str(copy), True)
    privacy = _show(app, "Privacy")
    assert isinstance(privacy, PrivacyPanel)
    assert privacy.exports.column(4)[0] == str(copy)
    console.grab().save(str(artifacts / f"people-console-privacy-{theme}.png"))
