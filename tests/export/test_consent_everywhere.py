"""Every document and every export, from one file with mixed consents: nothing private leaks.

People in UNNAMED did not agree to their name being printed and chose to keep their words in the
room; two people gave contact details; everyone gave an access need. None of that may appear in
any PDF's text, outline or metadata, nor in any CSV or JSON file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from coprod_desktop.domain.phones import WifiDetails
from coprod_desktop.export.documents import Kind, PdfRequest, export_pdf
from coprod_desktop.export.tables import FORMATS, TABLES, export_tables
from tests.export.conftest import NAMED, ROOM_ONLY_WORDS, UNNAMED, Sample, flat, pdf_text

PRIVATE = [*UNNAMED, "07700 900456", "zofia@example.org", "hearing loop",
           "Quillfeather", "private matter",  # a held-back note, a note never revealed
           *ROOM_ONLY_WORDS]  # stories kept in the room, and what listeners heard of them


def _every_pdf(sample: Sample, folder: Path) -> dict[str, Path]:
    read = sample.services.read
    made = {}
    for kind in Kind:
        for session in ([sample.session_id, sample.empty_session_id] if kind.per_session
                        else [None, sample.session_id]):
            if kind is Kind.PROGRAMME and session is not None:
                continue
            request = PdfRequest(kind, session, join_url="http://10.0.0.2:8765/join",
                                 wifi=WifiDetails("Hall", "secret"))
            name = f"{kind.value}-{session}.pdf"
            made[name] = export_pdf(read, request, folder / name)
    return made


def _pdf_words(path: Path) -> str:
    pdf = PdfReader(path)
    meta = " ".join(str(v) for v in (pdf.metadata or {}).values())
    outline = " ".join(o.title for o in pdf.outline if hasattr(o, "title"))
    return flat(pdf_text(path)) + " " + meta + " " + outline


def test_no_private_detail_in_any_pdf(sample: Sample, tmp_path: Path):
    made = _every_pdf(sample, tmp_path)
    assert {p.split("-")[0] for p in made} >= {"handout", "large", "screen", "register",
                                                "programme", "poster"}
    named_seen = set()
    for name, path in made.items():
        words = _pdf_words(path)
        for secret in PRIVATE:
            assert secret.casefold() not in words.casefold(), f"{secret!r} printed in {name}"
        named_seen |= {n for n in NAMED if n in words}
    assert named_seen == set(NAMED)  # the check would see a name if one were printed


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_private_detail_in_any_table_export(sample: Sample, tmp_path: Path, fmt: str):
    files = export_tables(sample.services.read, tmp_path / fmt, fmt)
    assert sorted(p.name for p in files) == sorted(f"{t.name}.{fmt}" for t in TABLES)
    assert {t.name for t in TABLES} >= {
        "programme", "sessions", "people", "attendance", "activities", "notes", "clusters",
        "vote_results", "stories", "speaking_balance", "actions", "rapid_tests"}
    everything = ""
    for path in files:
        text = path.read_text(encoding="utf-8-sig")
        if fmt == "json":
            text = json.dumps(json.loads(text), ensure_ascii=False)
        everything += text
        for secret in PRIVATE:
            assert secret.casefold() not in text.casefold(), f"{secret!r} in {path.name}"
    for name in NAMED:
        assert name in everything
