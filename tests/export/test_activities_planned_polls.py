"""The activities table carries the poll a poll activity plans (kind, question, choices, the
scale's ends and their words), as typed; a poll that ran and was never shown stays out, as in the
handout."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from coprod_desktop.export.tables import export_tables
from coprod_desktop.services import Services


def _rows(services: Services, folder: Path) -> tuple[dict[int, dict], dict[int, dict]]:
    folder.mkdir()
    export_tables(services.read, folder / "csv", "csv")
    export_tables(services.read, folder / "json", "json")
    with (folder / "csv" / "activities.csv").open(encoding="utf-8-sig", newline="") as f:
        from_csv = {int(r["id"]): r for r in csv.DictReader(f)}
    from_json = {r["id"]: r for r in json.loads(
        (folder / "json" / "activities.json").read_text("utf-8"))}
    return from_csv, from_json


def test_planned_polls_travel_with_their_activities(services: Services, session_id: int,
                                                    tmp_path: Path) -> None:
    scale = int(services.agenda.add_method(session_id, "quick-poll").new_id or 0)
    services.planned_polls.plan(scale, "scale", "How clear was today?", low=0, high=10,
                                low_label="Not at all", high_label="")
    choice = int(services.agenda.add_method(session_id, "quick-poll").new_id or 0)
    services.planned_polls.plan(choice, "single", "=Which <b>day</b>?",
                                options=["Tuesday", "Food & drink"])
    cloud = int(services.agenda.add_method(session_id, "word-cloud").new_id or 0)
    services.planned_polls.plan(cloud, "words", "Three words for today")
    plain = int(services.agenda.add_method(session_id, "tea-break").new_id or 0)

    from_csv, from_json = _rows(services, tmp_path / "a")
    assert (from_csv[scale]["poll_kind"], from_csv[scale]["poll_question"]) == (
        "scale", "How clear was today?")
    assert [from_csv[scale][k] for k in ("poll_scale_low", "poll_scale_high", "poll_low_words",
                                         "poll_high_words", "poll_options")] == [
        "0", "10", "Not at all", "", ""]
    assert from_json[scale]["poll_scale_low"] == 0 and from_json[scale]["poll_options"] is None
    # Choices one a line in CSV, a list in JSON; a leading '=' cannot run as a formula.
    assert from_csv[choice]["poll_question"] == "'=Which <b>day</b>?"
    assert from_csv[choice]["poll_options"] == "Tuesday\nFood & drink"
    assert from_json[choice]["poll_options"] == ["Tuesday", "Food & drink"]
    assert from_json[choice]["poll_question"] == "=Which <b>day</b>?"
    assert from_json[choice]["poll_scale_low"] is None
    assert (from_json[cloud]["poll_kind"], from_json[cloud]["poll_options"]) == ("words", None)
    assert all(from_json[plain][k] is None for k in from_json[plain] if k.startswith("poll_"))

    services.planned_polls.open_planned(cloud)  # it ran, and was never shown to the room
    _from_csv, from_json = _rows(services, tmp_path / "b")
    assert from_json[cloud]["poll_kind"] is None and from_json[cloud]["poll_question"] is None
    assert from_json[scale]["poll_kind"] == "scale"
