"""A person's words set into ours on one line (a header, "Title, date", a list line) keep to
themselves: a day number or a count beside an Arabic title stays with our words."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

from coprod_desktop.clock import FakeClock
from coprod_desktop.export import script_line
from coprod_desktop.export.bidi_lines import levels
from coprod_desktop.export.documents import Kind, PdfRequest, build_pdf
from coprod_desktop.export.script_runs import FSI, PDI, first_strong_rtl
from coprod_desktop.export.text import isolate
from coprod_desktop.services import Services
from coprod_desktop.store.reader import Reader
from tests.export.conftest import make_sample

ARABIC = "كل صوت"  # "every voice"


def _plain(text: str) -> str:
    """NFKC (presentation forms back to letters), without the bidi marks poppler adds."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def _page_text(path: Path, page: int) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page),
                           str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def test_the_page_header_keeps_the_date_out_of_the_arabic(services: Services, clock: FakeClock,
                                                          artifacts: Path):
    sample = make_sample(services, clock)
    kind = Reader(services.ctx.db).session(sample.session_id).kind
    services.sessions.update_session(sample.session_id, title=f"Every voice / {ARABIC}",
                                     on="2026-11-19", venue="Hall", starts_at="18:00",
                                     ends_at="19:30", kind=kind)
    out = artifacts / "header-bidi.pdf"
    out.write_bytes(build_pdf(Reader(services.ctx.db),
                              PdfRequest(kind=Kind.HANDOUT, session_id=sample.session_id)))
    lines = [_plain(line) for line in _page_text(out, 2).splitlines()]
    header = next(line for line in lines if "Test programme" in line)
    # The old header read "Every voice / 19 ,<Arabic>November 2026": the day inside the run.
    assert header.endswith(", 19 November 2026"), header
    arabic = _plain(ARABIC).replace(" ", "")
    assert header.replace(" ", "").index(arabic[-2:]) < header.replace(" ", "").index("19")


def test_isolated_text_is_one_neutral_to_the_words_around_it():
    line = f"Total for {isolate(ARABIC)}: 12"
    found = levels(line, rtl=False)
    colon = line.index(":")
    assert all(level == 0 for level in found[colon:])  # ": 12" stays left to right
    inner = line.index(ARABIC[0])
    assert found[inner] == 1
    # Without the isolate, the number after the Arabic joins its run (UAX 9, W2): the old way.
    bare = f"Total for {ARABIC}: 12"
    assert levels(bare, rtl=False)[bare.index("12")] > 0


def test_the_base_direction_is_ours_not_the_isolated_text():
    assert first_strong_rtl(f"{ARABIC}, 19 November") is True
    assert first_strong_rtl(f"{FSI}{ARABIC}{PDI}, 19 November") is False
    assert isolate("Plain English") == "Plain English"  # nothing to isolate
    assert isolate(ARABIC) == f"{FSI}{ARABIC}{PDI}"


def test_a_drawn_line_puts_our_words_around_the_isolate_and_drops_the_marks():
    pieces = [text for _face, text in script_line._pieces(f"{isolate(ARABIC)}: 3 dots",
                                                          "DejaVuSans")]
    joined = "".join(pieces)
    assert FSI not in joined and PDI not in joined
    assert joined.endswith(": 3 dots")  # drawn left to right after the Arabic
    assert joined.index("صوت") < joined.index("كل")  # the Arabic itself right to left
