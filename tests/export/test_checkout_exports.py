"""Check-out results in the CSV and JSON exports: per session, side and question, with the
report's small-number rules worked out here from the slips typed in, and nothing about anyone."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from coprod_desktop.export.tables import export_tables
from coprod_desktop.services import Services

KEYS = ("listened", "could_say", "understood", "come_again")


def _slips(services: Services, session_id: int, group: str, values: str, times: int) -> None:
    for _ in range(times):
        services.checkout.enter_slip(session_id, group, {k: v for k, v in zip(
            KEYS, values, strict=True) if v != "-"})


def test_check_out_results_leave_with_small_numbers_hidden(services: Services, session_id: int,
                                                           tmp_path: Path) -> None:
    later = int(services.sessions.create_session("Second meeting", "2026-04-07",
                                                 starts_at="18:00", ends_at="20:00").new_id or 0)
    _slips(services, session_id, "parent_carer", "2221", 3)
    _slips(services, session_id, "parent_carer", "02-2", 1)  # one left 'understood' blank
    _slips(services, session_id, "staff", "2222", 2)  # 2 staff: hidden, and so is the next
    _slips(services, later, "parent_carer", "1122", 3)
    _slips(services, later, "staff", "2202", 3)
    export_tables(services.read, tmp_path / "csv", "csv")
    export_tables(services.read, tmp_path / "json", "json")
    with (tmp_path / "csv" / "checkout_results.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    from_json = json.loads((tmp_path / "json" / "checkout_results.json").read_text("utf-8"))
    assert len(rows) == len(from_json) == 2 * 3 * 4  # sessions × sides × questions
    assert set(rows[0]) == {"session_id", "check_outs", "side", "side_check_outs", "question",
                            "statement", "shown", "answered", "yes_share"}

    def row(session: int, side: str, question: str) -> dict:
        return next(r for r in rows if (r["session_id"], r["side"], r["question"]) == (
            str(session), side, question))

    # First session: 4 parents, 2 staff (fewer than 3), 0 others. Staff hidden; with only one
    # side hidden, the next smallest shown side that has anyone (parents) is hidden too.
    first = row(session_id, "parents", "listened")
    assert first["check_outs"] == "6"
    assert (first["side_check_outs"], first["shown"], first["answered"], first["yes_share"]) == (
        "", "no", "", "")
    assert row(session_id, "staff", "listened")["side_check_outs"] == ""
    assert row(session_id, "others", "listened")["side_check_outs"] == "0"
    # Second session: 3 and 3, both shown; listened: parents 0 of 3 Yes, staff 3 of 3.
    assert row(later, "parents", "listened")["yes_share"] == "0.0"
    assert row(later, "staff", "listened")["answered"] == "3"
    assert row(later, "staff", "listened")["yes_share"] == "1.0"
    assert row(later, "staff", "understood")["yes_share"] == "0.0"
    assert row(later, "parents", "come_again")["shown"] == "yes"
    json_row = next(r for r in from_json if r["session_id"] == later and r["side"] == "staff"
                    and r["question"] == "listened")
    assert json_row["shown"] is True and json_row["yes_share"] == 1.0
    text = (tmp_path / "csv" / "checkout_results.csv").read_text("utf-8-sig")
    assert "paper" not in text and "phone" not in text  # how each came in stays on the laptop


def test_a_question_answered_by_fewer_than_three_on_a_side_shows_nothing(
        services: Services, session_id: int, tmp_path: Path) -> None:
    _slips(services, session_id, "parent_carer", "2---", 1)
    _slips(services, session_id, "parent_carer", "22--", 2)
    _slips(services, session_id, "staff", "2222", 3)
    export_tables(services.read, tmp_path, "json")
    rows = json.loads((tmp_path / "checkout_results.json").read_text("utf-8"))
    parents = {r["question"]: r for r in rows if r["side"] == "parents"}
    assert parents["listened"]["shown"] and parents["listened"]["answered"] == 3
    assert not parents["could_say"]["shown"] and parents["could_say"]["answered"] is None
