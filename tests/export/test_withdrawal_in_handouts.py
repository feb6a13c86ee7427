"""A withdrawal takes effect in every handout, register and table made after it: Zofia agreed to
her name in handouts and told a story with her name; she then withdraws both. Every document and
table made afterwards calls her "Person N (parent or carer)" and keeps her story in the room, and
the free text that names her ("Ring the GP…", a test plan) has her stand-in instead."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.domain.records import Consent, WordsUse
from coprod_desktop.export.documents import Kind, PdfRequest, export_pdf
from coprod_desktop.export.tables import FORMATS, export_tables
from tests.export.conftest import STORY_NAMED, Sample, flat, pdf_text

NAME = "Zofia Wiśniewska"


def _everything(sample: Sample, folder: Path) -> str:
    """The text of a handout, the register and every table (CSV and JSON), as one string."""
    read = sample.services.read
    folder.mkdir()
    words = []
    for kind in (Kind.HANDOUT, Kind.SCREEN_READER, Kind.REGISTER, Kind.PROGRAMME):
        session = None if kind is Kind.PROGRAMME else sample.session_id
        path = export_pdf(read, PdfRequest(kind, session), folder / f"{kind.value}.pdf")
        words.append(flat(pdf_text(path)))
    for fmt in FORMATS:
        for path in export_tables(read, folder / fmt, fmt):
            words.append(path.read_text("utf-8-sig"))
    return "\n".join(words)


def test_withdrawal_reaches_every_later_handout_and_table(sample: Sample, tmp_path: Path) -> None:
    services = sample.services
    zofia = sample.people[NAME]
    before = _everything(sample, tmp_path / "before")
    assert NAME in before and STORY_NAMED in before
    person = services.read.attendee(zofia)
    services.people.set_consent(zofia, Consent(words=WordsUse.ROOM_ONLY), via="paper",
                                contact_details="", access_needs=person.access_needs,
                                note="Withdrew at the door")
    after = _everything(sample, tmp_path / "after")
    assert NAME not in after
    assert STORY_NAMED not in after  # her named story now stays in the room
    assert f"Person {zofia} (parent or carer)" in after
