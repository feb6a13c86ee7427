"""CSV and JSON exports: one file per table, documented columns, text kept exactly."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from coprod_desktop.export.tables import TABLES, columns_doc, export_tables
from tests.export.conftest import NAMES_NOTE, STORY_ANON, STORY_NAMED, TRICKY_NOTES, Sample

ROOT = Path(__file__).resolve().parents[2]


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_column_documentation_is_up_to_date():
    doc = (ROOT / "docs" / "export-columns.md").read_text(encoding="utf-8")
    assert doc == columns_doc(), "run: python -m coprod_desktop.export.tables > docs/export-columns.md"


def test_every_file_has_exactly_the_documented_columns(sample: Sample, tmp_path: Path):
    export_tables(sample.services.read, tmp_path / "csv", "csv")
    export_tables(sample.services.read, tmp_path / "json", "json")
    for table in TABLES:
        names = [c.name for c in table.columns]
        with (tmp_path / "csv" / f"{table.name}.csv").open(encoding="utf-8-sig") as handle:
            assert next(csv.reader(handle)) == names
        rows = json.loads((tmp_path / "json" / f"{table.name}.json").read_text("utf-8"))
        assert rows, table.name
        assert all(list(row) == names for row in rows)


def test_notes_keep_their_text_and_spreadsheet_formulas_are_defused(sample: Sample, tmp_path):
    services = sample.services
    services.notes.add_note(sample.session_id, "=HYPERLINK(\"http://x\",\"click\")")
    services.notes.add_note(sample.session_id, "- a dash list\n- second")
    export_tables(services.read, tmp_path / "csv", "csv")
    export_tables(services.read, tmp_path / "json", "json")
    notes = json.loads((tmp_path / "json" / "notes.json").read_text("utf-8"))
    as_json = [n["text"] for n in notes if n["story_id"] is None]
    named = NAMES_NOTE.replace("Philippa Oxenthorpe",
                               f"Person {sample.people['Philippa Oxenthorpe']} (staff)")
    assert as_json == [*TRICKY_NOTES, named, "=HYPERLINK(\"http://x\",\"click\")", "- a dash list\n- second"]
    as_csv = [n["text"] for n in _csv(tmp_path / "csv" / "notes.csv") if not n["story_id"]]
    assert as_csv == [*TRICKY_NOTES, named, "'=HYPERLINK(\"http://x\",\"click\")", "'- a dash list\n- second"]


def test_people_and_attendance_use_the_same_stand_in_names(sample: Sample, tmp_path: Path):
    export_tables(sample.services.read, tmp_path, "csv")
    people = {row["id"]: row for row in _csv(tmp_path / "people.csv")}
    quentin = str(sample.people["Quentin Zabrowski"])
    assert people[quentin]["name"] == f"Person {quentin} (parent or carer)"
    assert people[quentin]["name_printed"] == "no" and people[quentin]["words"] == "room"
    assert people[quentin]["contact"] == "yes"  # that they agreed; never the details
    attendance = _csv(tmp_path / "attendance.csv")
    assert {r["name"] for r in attendance if r["person_id"] == quentin} == {people[quentin]["name"]}
    zofia = str(sample.people["Zofia Wiśniewska"])
    assert people[zofia]["name"] == "Zofia Wiśniewska"
    assert [r["hours"] for r in attendance if r["person_id"] == zofia] == ["1.5"]


def test_stories_go_out_as_their_tellers_chose(sample: Sample, tmp_path: Path):
    export_tables(sample.services.read, tmp_path, "json")
    stories = json.loads((tmp_path / "stories.json").read_text("utf-8"))
    assert [(s["title"], s["shared"], s["teller"], s["heard"]) for s in stories] == [
        (STORY_NAMED, "named", "Zofia Wiśniewska", ["Waiting is hard & <lonely>"]),
        (STORY_ANON, "anonymous", None, ["Other parents knew first"]),
    ]
    notes = json.loads((tmp_path / "notes.json").read_text("utf-8"))
    heard = {n["story_id"] for n in notes if n["story_id"] is not None}
    assert heard == {s["id"] for s in stories}
    clusters = [c["title"] for c in json.loads((tmp_path / "clusters.json").read_text("utf-8"))]
    assert clusters == ["What we heard: story 1", "What we heard: story 2",
                        "Letters & <waiting> lists", "Empty group"]


def test_speaking_balance_is_by_group(sample: Sample, tmp_path: Path):
    export_tables(sample.services.read, tmp_path, "csv")
    rows = {r["group"]: r for r in _csv(tmp_path / "speaking_balance.csv")}
    # 3 parents or carers (Zofia spoke 1 minute); 2 staff (Philippa, 3 minutes), 2 young
    # people (Kai, half a minute) and 1 from the voluntary sector are each too few to show:
    # counted together, 5 people and 3.5 minutes.
    assert set(rows) == {"parent_carer", "smaller_groups"}
    assert rows["parent_carer"]["people"] == "3" and rows["parent_carer"]["talk_minutes"] == "1.0"
    assert rows["smaller_groups"]["people"] == "5"
    assert rows["smaller_groups"]["talk_minutes"] == "3.5"
    assert set(rows["parent_carer"]) == {"session_id", "group", "people", "people_share",
                                         "talk_minutes", "talk_share"}


def test_actions_name_owners_as_consent_allows_and_never_carry_their_source(sample, tmp_path):
    export_tables(sample.services.read, tmp_path, "json")
    acts = json.loads((tmp_path / "actions.json").read_text("utf-8"))
    quentin = sample.people["Quentin Zabrowski"]
    assert [(a["what"], a["who"], a["who_kind"], a["source"]) for a in acts] == [
        ("Ring the <b>GP</b> practice & ask", "Zofia Wiśniewska", "person", "manual"),
        ("Draft a plain letter", f"Person {quentin} (parent or carer)", "person", "manual"),
        ("Book the hall", "Ashbrook Council & <NHS>", "organisation", "manual"),
        ("Agree ground rules again", "", "", "note"),
        ("Ask the clinic about quiet waiting areas", "", "", "story"),
        ("Run a drop-in", "Carers Hub", "organisation", "manual"),
        (f"Call Person {quentin} (parent or carer) about <letters>", "", "", "manual"),
    ]
    tests = json.loads((tmp_path / "rapid_tests.json").read_text("utf-8"))
    assert tests[0]["title"] == "Monthly phone call <trial>" and tests[0]["stage"] == "plan"
