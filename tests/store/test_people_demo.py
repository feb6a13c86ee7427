"""The demo programme shows every part of people's data: consents given, changed and withdrawn
(in person, on paper and by phone), one withdrawal, claims of each kind in every state (one
waiting too long), the hourly rate, a privacy notice, a retention date and a record of exports."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from coprod_desktop.demo.builder import build_demo
from coprod_desktop.domain.money import WAIT_LATE_DAYS, ClaimKind, ClaimStatus
from coprod_desktop.services import Services
from coprod_desktop.store.payments_reader import PaymentsReader
from coprod_desktop.store.people_reader import PeopleReader
from coprod_desktop.store.privacy_reader import PrivacyReader
from coprod_desktop.store.programme_file import ProgrammeFile


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path = build_demo(Path(tmp_path_factory.mktemp("people-demo")) / "demo.coprod")
    services = Services(ProgrammeFile.open(path))
    yield services
    services.close()


def test_consents_of_every_kind_and_one_withdrawal(demo: Services) -> None:
    seen = {(r["kind"], r["via"]) for r in demo.file.db.query(
        "SELECT DISTINCT kind, via FROM consent_event")}
    assert {k for k, _ in seen} == {"given", "changed", "withdrawn"}
    assert {v for _, v in seen} == {"console", "paper", "phone"}
    [withdrawal] = PeopleReader(demo.file.db).withdrawals()
    assert withdrawal.note.startswith("Asked after team meeting 3")
    assert any(p.consent.paid for p in demo.read.attendees())


def test_claims_in_every_state(demo: Services) -> None:
    reader = PaymentsReader(demo.file.db)
    claims = reader.claims()
    assert {c.status for c in claims} == set(ClaimStatus)
    assert {c.kind for c in claims} == set(ClaimKind)
    for kind in ClaimKind:
        assert {c.status for c in claims if c.kind is kind} == set(ClaimStatus), kind
    assert reader.rate() == 1500
    today = date(2026, 11, 20)
    assert any(c.owed and c.waited_days(today) > WAIT_LATE_DAYS for c in claims)
    assert all(c.paid_on is None or c.approved_on <= c.paid_on for c in claims)  # type: ignore[operator]
    assert all(c.amount_pence > 0 and isinstance(c.amount_pence, int) for c in claims)


def test_privacy_notice_retention_and_exports(demo: Services) -> None:
    privacy = PrivacyReader(demo.file.db)
    assert privacy.retention() == date(2027, 6, 30)
    assert "privacy@ashbrook-pcf.example" in privacy.notice_lines().contact
    assert [r.what for r in demo.exports.records()] == [
        "Copy of the programme", "Claims sheet: Claims paid", "Session handout"]
