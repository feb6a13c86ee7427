"""The bulletin: one or two pages in standard and large print, consent honoured like any export."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from coprod_desktop.demo.builder import build_demo
from coprod_desktop.domain.records import Consent
from coprod_desktop.export.documents import Kind, PdfRequest, export_pdf
from coprod_desktop.services import Services
from coprod_desktop.store.programme_file import ProgrammeFile
from coprod_desktop.store.reader import Reader
from tests.export.conftest import flat, pdf_text


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.coprod")


@pytest.mark.parametrize("kind", [Kind.BULLETIN, Kind.BULLETIN_LARGE])
def test_the_demo_bulletin_fits_two_pages_and_explains_why_not(demo: Path, tmp_path: Path,
                                                               kind: Kind) -> None:
    file = ProgrammeFile.open(demo)
    try:
        out = export_pdf(Reader(file.db), PdfRequest(kind), tmp_path / "bulletin.pdf")
    finally:
        file.close()
    assert 1 <= len(PdfReader(out).pages) <= 2
    words = flat(pdf_text(out))
    assert "You said, we did" in words
    assert "You said: Staff training on autism is one twilight session a year" in words
    assert "Why not: Each school sets its own training days" in words
    assert "Passed to: Ashbrook Primary Care Network" in words
    # The demo's outcome for a story kept in the room never leaves it.
    assert "A&E" not in words


def test_withheld_names_and_room_only_stories_stay_out(services: Services, session_id: int,
                                                       tmp_path: Path) -> None:
    shy = services.people.sign_in_attendee(session_id, name="Quentin Zabrowski",
                                           group="parent_carer").new_id
    services.people.set_consent(shy, Consent(name_in_handouts=False))
    open_ = services.people.sign_in_attendee(session_id, name="Nia Named",
                                             group="parent_carer").new_id
    services.people.set_consent(open_, Consent(name_in_handouts=True))
    note = services.notes.add_note(session_id, "Quentin Zabrowski and Nia Named want <b>ramps</b>")
    oid = services.outcomes.come_back_to("note", note.new_id).new_id
    services.outcomes.set_outcome(oid, "passed", passed_to="Quentin Zabrowski's school")
    story = services.stories.add_story(session_id, shy, title="Ours", consent="room").new_id
    kept = services.outcomes.come_back_to("story", story, said="Night-time crises").new_id
    services.outcomes.set_outcome(kept, "doing", what_happened="A crisis line is being set up")
    out = export_pdf(services.read, PdfRequest(Kind.BULLETIN), tmp_path / "b.pdf")
    words = flat(pdf_text(out))
    assert f"You said: Person {shy} (parent or carer) and Nia Named want <b>ramps</b>" in words
    assert f"Passed to: Person {shy} (parent or carer)'s school" in words
    assert "Quentin" not in words and "Night-time" not in words and "crisis line" not in words
