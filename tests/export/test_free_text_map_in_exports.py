"""Every free-text column in the map of personal data is safe in every export: a withheld
person's name planted in each of them comes out as their stand-in, in every PDF and table.

The planted text also holds the first name alone in lower case ("philippa"), which is left as it
is by design (domain.name_forms: a lower-case first name is far more often a word), so the
checks look for the name as a name is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coprod_desktop.export.documents import Kind, PdfRequest, export_pdf
from coprod_desktop.export.tables import export_tables
from coprod_desktop.store.personal_data import free_text_columns
from tests.export.conftest import Sample, pdf_text

WITHHELD = "Philippa Oxenthorpe"  # did not agree to her name being printed
# Settings hold the app's own values (some are JSON) and the record of exports is never
# exported: planting text there would only break the file, not test an export.
NOT_PLANTED = {"setting", "export_log", "history"}


def _plant(sample: Sample) -> list[tuple[str, str]]:
    db = sample.services.file.db
    planted = []
    with db.atomic():
        for table, column in free_text_columns(set(db.table_names())):
            if table in NOT_PLANTED:
                continue
            n = db.execute(f"UPDATE [{table}] SET [{column}] = "
                           f"coalesce([{column}], '') || ' (ask {WITHHELD} or philippa)'"
                           ).rowcount
            if n:
                planted.append((table, column))
    return planted


@pytest.mark.parametrize("kind", [Kind.HANDOUT, Kind.PROGRAMME, Kind.REGISTER])
def test_a_name_planted_in_every_free_text_column_never_reaches_a_pdf(
        sample: Sample, tmp_path: Path, kind: Kind) -> None:
    assert len(_plant(sample)) > 10
    out = export_pdf(sample.services.read, PdfRequest(kind, sample.session_id),
                     tmp_path / "out.pdf")
    text = pdf_text(out)
    assert "Philippa" not in text and "Oxenthorpe" not in text
    assert f"Person {sample.people[WITHHELD]} (staff)" in text or kind is Kind.REGISTER


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_name_planted_in_every_free_text_column_never_reaches_a_table(
        sample: Sample, tmp_path: Path, fmt: str) -> None:
    _plant(sample)
    written = export_tables(sample.services.read, tmp_path / fmt, fmt)
    leaks = [p.name for p in written if "Oxenthorpe" in p.read_text("utf-8-sig")
             or "Philippa" in p.read_text("utf-8-sig")]
    assert leaks == []
    if fmt == "json":
        notes = json.loads((tmp_path / fmt / "notes.json").read_text("utf-8"))
        assert any(f"Person {sample.people[WITHHELD]} (staff)" in n["text"] for n in notes)
