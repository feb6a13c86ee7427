"""Names and notes in sixteen scripts print shaped, in reading order, and never as empty boxes."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.records import Consent, WordsUse
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


# Scripts added with their own Noto fonts (Amharic in Ge'ez, Sinhala, Malayalam, Telugu), and
# scripts we carry no font for (Tibetan, Burmese, Khmer), which print as the script's name.
MORE_NAMES = {"ሰላማዊት ተስፋዬ": "parent_carer", "නිමාලි පෙරේරා": "parent_carer",
              "അനു മാത്യു": "staff", "లక్ష్మి రెడ్డి": "voluntary"}
MORE_NOTES = ["ትምህርት ቤቱ እርዳታ ያስፈልገዋል", "පාසලට තව උදව් ඕනෑ", "ബസ് വളരെ വൈകുന്നു",
              "వేచి ఉండే సమయం చాలా ఎక్కువ"]
NO_FONT_NOTE = "Tashi said བཀྲ་ཤིས་བདེ་ལེགས and Aung wrote ကျေးဇူးတင်ပါတယ်"
ETHIOPIC_TITLE = "የጥበቃ ዝርዝር"  # a cluster title: a heading, so bold


def _more(services: Services, clock: FakeClock) -> int:
    clock.set(datetime(2026, 11, 12, 18, 0, tzinfo=UTC))
    sid = int(services.sessions.create_session("More voices", "2026-11-12", venue="Hall",
                                               starts_at="18:00", ends_at="19:30").new_id or 0)
    for name, group in MORE_NAMES.items():
        clock.advance(20)
        pid = int(services.people.sign_in_attendee(sid, name=name, group=group).new_id or 0)
        services.people.set_consent(pid, Consent(name_in_handouts=True, words=WordsUse.NAMED))
    ids = [int(services.notes.add_note(sid, text).new_id or 0)
           for text in [*MORE_NOTES, NO_FONT_NOTE]]
    services.board.clusters.create_cluster(sid, ETHIOPIC_TITLE, note_ids=ids[:2])
    return sid


@pytest.fixture
def more_scripts(services: Services, clock: FakeClock, artifacts: Path) -> Path:
    sid = _more(services, clock)
    out = artifacts / "more-scripts.pdf"
    out.write_bytes(build_pdf(Reader(services.ctx.db), PdfRequest(kind=Kind.HANDOUT,
                                                                  session_id=sid)))
    return out


def _fonts_used(path: Path) -> set[str]:
    from pypdf import PdfReader

    found: set[str] = set()
    for page in PdfReader(path).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            found.add(str(ref.get_object()["/BaseFont"]).split("+")[-1])
    return found


def test_geez_sinhala_malayalam_and_telugu_print_in_their_own_fonts(more_scripts: Path):
    assert boxes(more_scripts) == []
    used = _fonts_used(more_scripts)
    for script in ("Ethiopic", "Sinhala", "Malayalam", "Telugu"):
        assert f"NotoSans{script}-Regular" in used, script
    text = _normal(pdf_text(more_scripts))
    assert "\ufffd" not in text
    for typed in ("ሰላማዊት ተስፋዬ", MORE_NOTES[0]):  # Ge'ez syllables read back one for one
        assert _normal(typed) in text, typed


def test_a_heading_in_a_script_font_is_bold(more_scripts: Path):
    """The Amharic cluster title is a heading: drawn with Noto Sans Ethiopic Bold, not Regular."""
    assert "NotoSansEthiopic-Bold" in _fonts_used(more_scripts)
    assert _normal(ETHIOPIC_TITLE) in _normal(pdf_text(more_scripts))


def test_writing_with_no_font_is_named_and_the_pdf_says_so(more_scripts: Path):
    text = _normal(pdf_text(more_scripts))
    assert "\ufffd" not in text
    assert "Tashi said [Tibetan text] and Aung wrote [Myanmar text]" in text
    assert "Some writing in this document is in a script we have no font for" in text
    assert boxes(more_scripts) == []


def test_the_stand_in_is_in_the_pdfs_language(services: Services, clock: FakeClock,
                                              artifacts: Path):
    from coprod_desktop.domain.settings import HANDOUT_LANGUAGE

    sid = _more(services, clock)
    services.programme.set_setting(HANDOUT_LANGUAGE, "pl")
    out = artifacts / "more-scripts-pl.pdf"
    out.write_bytes(build_pdf(Reader(services.ctx.db), PdfRequest(kind=Kind.HANDOUT,
                                                                  session_id=sid)))
    text = _normal(pdf_text(out))
    assert "[pismo tybetańskie]" in text and "[pismo birmańskie]" in text
    assert "Some writing" not in text and "nie mamy czcionki" in text


def test_an_ordinary_handout_says_nothing_about_missing_fonts(handout: Path):
    assert "no font for" not in _normal(pdf_text(handout))


def test_a_space_after_a_word_in_two_fonts_is_kept():
    """'शर्मा,' is a word in two fonts (Devanagari and the reading font's comma): shaped piece by
    piece, it still has the space after it (it used to run into the next name)."""
    from coprod_desktop.export.styles import Layout, styles_for
    from coprod_desktop.export.text import para

    paragraph = para("अनुराधा शर्मा, अनुश्री दास and Zofia", styles_for(Layout.STANDARD).body)
    paragraph.wrap(400, 800)
    texts = [str(getattr(w, "text", "")) for line in paragraph.blPara.lines for w in line.words]
    comma = next(i for i, text in enumerate(texts) if text.startswith(","))
    assert texts[comma].endswith(" ") or texts[comma + 1].startswith(" "), texts
