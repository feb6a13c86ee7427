"""Names and notes in sixteen scripts print shaped, in reading order, and never as empty boxes."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.export.documents import Kind, PdfRequest, build_pdf
from coprod_desktop.services import Services
from coprod_desktop.store.reader import Reader
from tests.export.conftest import pdf_text
from tests.export.multiscript import LONG_ARABIC, NAMES, NOTES, make_multiscript
from tests.export.pdf_glyphs import boxes

# pdftotext reads these back letter for letter. Indic conjuncts and Tamil/Thai vowel signs are
# drawn as glyphs reportlab cannot map back to one character, so those are checked by glyph only.
READ_BACK = ["فاطمة الزهراء", "נועה כהן", "王小明", "さくら", "김민준", "Ελένη Παπαδοπούλου",
             "Олена Коваленко", "Nguyễn Thị Lan", "Zofia Wiśniewska"]
READ_BACK_NOTES = [NOTES[0], NOTES[1], NOTES[8], NOTES[9], NOTES[10], NOTES[12], NOTES[13],
                   NOTES[14]]


def _normal(text: str) -> str:
    """NFKC (Arabic presentation forms back to letters), no bidi marks, one space."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.bidirectional(ch) not in
                   ("RLE", "LRE", "PDF", "RLO", "LRO", "RLI", "LRI", "FSI", "PDI", "BN"))
    return " ".join(text.split())


@pytest.fixture(params=[Kind.HANDOUT, Kind.LARGE_PRINT], ids=["standard", "large-print"])
def handout(request: pytest.FixtureRequest, services: Services, clock: FakeClock,
            programme_path: Path, artifacts: Path) -> Path:
    sid = make_multiscript(services, clock)
    out = artifacts / f"every-script-{request.param.value}.pdf"
    out.write_bytes(build_pdf(Reader(services.ctx.db), PdfRequest(kind=request.param,
                                                                  session_id=sid)))
    return out


def test_no_character_is_drawn_as_an_empty_box(handout: Path):
    assert boxes(handout) == []


def test_the_text_read_back_is_what_people_typed(handout: Path):
    text = _normal(pdf_text(handout))
    for typed in READ_BACK + READ_BACK_NOTES:
        assert _normal(typed) in text, typed


def test_arabic_is_joined_and_in_reading_order(handout: Path):
    # Joined Arabic letters are drawn from the font's presentation forms (poppler reports them):
    # an unjoined, left-to-right note would read back as isolated letters in reverse.
    raw = pdf_text(handout)
    assert any(0xFB50 <= ord(ch) <= 0xFEFF for ch in raw)
    assert _normal("الانتظار طويل جدا") in _normal(raw)


def test_pages_render_for_a_person_to_look_at(handout: Path, artifacts: Path):
    assert shutil.which("pdftoppm")
    subprocess.run(["pdftoppm", "-r", "70", "-png", str(handout), str(handout.with_suffix(""))],
                   check=True)
    assert list(artifacts.glob(handout.stem + "-*.png"))


def test_every_name_is_in_the_sample():
    assert len(NAMES) == 16


def test_a_long_arabic_note_keeps_its_first_line_on_top(handout: Path):
    # Lines are broken in reading order before each is put in display order: the first words
    # are on the first line. (Reordering first and breaking after puts the end on top.)
    lines = [_normal(line) for line in pdf_text(handout).splitlines()]
    first = next(i for i, line in enumerate(lines) if "البداية" in line)
    last = next(i for i, line in enumerate(lines) if "النهاية" in line)
    assert first < last
    # The first line holds the note's first words, in reading order (poppler moves the
    # punctuation, and the word a colon follows, about when it reads right-to-left text back,
    # so compare which words the line holds).
    words = [w.strip(":،.") for w in lines[first].replace(":", " ").split()]
    typed = [w.strip(":،.") for w in _normal(LONG_ARABIC).replace(":", " ").split()]
    assert len(words) >= 3 and sorted(words) == sorted(typed[:len(words)])
