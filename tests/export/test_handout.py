"""Session handouts read back from the PDF: sections, names, verbatim text, fonts, metadata."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from coprod_desktop.export.documents import Kind, PdfRequest, export_pdf
from coprod_desktop.export.styles import Paper
from tests.export.conftest import (
    NAMED,
    ROOM_ONLY_WORDS,
    STORY_ANON,
    STORY_NAMED,
    TRICKY_NOTES,
    UNNAMED,
    Sample,
    flat,
    pdf_text,
    stream_text,
)


def _handout(sample: Sample, tmp_path: Path, kind: Kind = Kind.HANDOUT,
             session_id: int | None = None, paper: Paper = Paper.A4) -> Path:
    out = tmp_path / f"{kind.value}.pdf"
    export_pdf(sample.services.read, PdfRequest(kind, session_id or sample.session_id, paper), out)
    return out


@pytest.mark.parametrize("kind", [Kind.HANDOUT, Kind.LARGE_PRINT, Kind.SCREEN_READER])
def test_handout_has_its_sections_names_and_verbatim_notes(sample: Sample, tmp_path: Path, kind):
    out = _handout(sample, tmp_path, kind)
    text = pdf_text(out)
    words = flat(text)
    for section in ("Who came", "What we did", "What people wrote on the board",
                    "What we chose", "Next meeting", "Stay in touch"):
        assert section in text
    assert "Fortnightly meeting <3 & more" in words
    assert "St Anne's Hall & Garden" in words
    # Groups under 3 are not printed one by one (they could single someone out): 3 parents,
    # then 2, 2 and 1 counted together, unnamed.
    assert "8 people came: 3 parents or carers and 5 people in the smaller groups together." \
        in words
    for name in NAMED:
        assert name in words, name
    for name in UNNAMED:
        assert name not in words
    assert "3 more people came and chose not to have their name printed." in words
    in_order = stream_text(out)  # notes sit in columns: read them in drawing order
    for note in TRICKY_NOTES:
        assert flat(note) in flat(in_order), note
    assert "Line one\nLine two" in in_order
    assert "Welcome & <i>check-in</i>" in words
    # The agenda as it ran: real times, overruns, and what was never reached.
    assert "We started at 6:04pm." in words
    assert "6:04pm to 6:16pm, 12 minutes (planned 10)" in words
    assert "Focus · Dot vote · 6:44pm" in words and "dot-vote" not in words  # the card's name
    assert "6:44pm to 7:15pm, 31 minutes (planned 25)" in words
    assert "Tea Close · started at 7:15pm" in words
    assert "Close Close · not reached (planned 5 minutes)" in words
    # Clusters with their notes, a group with none, the rest; unrevealed and held-back notes.
    assert "7 notes, sorted into 2 groups." in words
    philippa, yaroslav = sample.people["Philippa Oxenthorpe"], sample.people["Ярослав Щербак"]
    assert f"Person {philippa} (staff)'s idea, backed by Kai Brightwater" in flat(in_order)
    assert f"Call Person {sample.people['Quentin Zabrowski']} (parent or carer) about" in words
    assert f"with Person {yaroslav} (young person) and Zofia Wiśniewska" in words
    assert "Letters & <waiting> lists" in words and "No notes in this group." in words
    assert "Notes not in a group" in words
    assert "private matter" not in words and "1 note was not revealed" in words
    assert "Quillfeather" not in words and "Held back" not in words
    # The vote and the focus.
    assert "Clear letters <b>& waiting</b> lists" in words
    assert "6 dots from 3 people" in words
    if kind is Kind.SCREEN_READER:  # the chart is given in words
        assert "1st: Letters & <waiting> lists (6 dots)" in words
    else:
        assert "1st Letters & <waiting> lists 6 dots" in words
    assert "1 more had no dots." in words
    # Stories: named only as the teller chose; room-only ones (and what was heard) nowhere.
    assert f"{STORY_NAMED} Told by Zofia Wiśniewska" in words
    assert f"{STORY_ANON} Shared without a name" in words and "Told by Kai" not in words
    assert "Prompt: A time when <it> mattered" in words
    assert "Waiting is hard & <lonely>" in flat(in_order)
    assert "2 stories were kept in the room, as the tellers asked." in words
    for secret in ROOM_ONLY_WORDS:
        assert secret not in words and secret not in flat(in_order)
    assert "What we heard: story" not in words  # heard notes sit with their story, not the board
    # Actions: who as consent allows; the words of the note or story they came from never.
    quentin = sample.people["Quentin Zabrowski"]
    assert "Ring the <b>GP</b> practice & ask Who: Zofia Wiśniewska · By: 20 October 2026" in words
    assert f"Draft a plain letter Who: Person {quentin} (parent or carer) · By: no date set" in words
    assert "Book the hall Who: Ashbrook Council & <NHS>" in words
    assert "Agree ground rules again" in words and "Quillfeather" not in words  # from held note
    assert "Monthly phone call <trial>" in words
    assert "Who: Family support & <team>" in words and "How we will know: Fewer calls" in words
    # The jargon buster's terms that came up, the programme's own among them, verbatim.
    assert "Drop-in: A time & place you can turn up to without booking, to ask <anything>." in words
    assert "GP: A family doctor" in words
    # The speaking balance: by group, never by person (4.5 minutes rounds to 4).
    assert "4 minutes of open discussion were recorded." in words
    if kind is Kind.SCREEN_READER:
        # 2 staff and 2 young people came: too few to print their shares of the talk.
        assert "Parent or carer: 38% of the people" in words
        assert "Staff:" not in words and "Young person:" not in words
    assert "Groups with fewer than 3 people in the room are not shown on their own" in words
    assert "Celebration evening" in words and "Tuesday 20 October 2026, 6pm to 8pm" in words
    assert "Our group chat" in words
    # Nothing the attendees typed changed the type size (<font size=99> printed, not obeyed).
    sizes = {round(float(s)) for s in _font_sizes(out)}
    assert max(sizes) <= 40


def _font_sizes(path: Path) -> list[str]:
    """Type sizes of the text objects that draw something (not the empty ones tables emit)."""
    sizes: list[str] = []
    for page in PdfReader(path).pages:
        content = page.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
        for block in re.findall(r"\bBT\b(.*?)\bET\b", content, flags=re.S):
            if re.search(r"\bT[jJ]\b", block):
                sizes += re.findall(r"([\d.]+) Tf", block)
    return sizes


def test_pdf_says_its_title_author_language_and_has_bookmarks(sample: Sample, tmp_path: Path):
    out = _handout(sample, tmp_path, Kind.SCREEN_READER)
    pdf = PdfReader(out)
    assert pdf.metadata.title == "Fortnightly meeting <3 & more, 6 October 2026"
    assert pdf.metadata.author == "Test forum"
    assert pdf.trailer["/Root"]["/Lang"] == "en-GB"
    top = [item.title for item in pdf.outline if not isinstance(item, list)]
    assert top == ["Who came", "What we did", "What people wrote on the board", "What we chose",
                   "Stories we heard", "Quick polls", "What we agreed to do", "Rapid tests we planned",
                   "Who spoke in open discussion", "Words we used", "Next meeting",
                   "Stay in touch"]
    nested = [item.title for group in pdf.outline if isinstance(group, list) for item in group]
    assert nested == ["Letters & <waiting> lists", "Empty group", "Notes not in a group",
                      "Dot vote on clusters", STORY_NAMED, STORY_ANON]
    assert pdf.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]


def test_names_in_every_script_are_drawn_with_a_font_that_has_them(sample: Sample, tmp_path: Path):
    out = _handout(sample, tmp_path)
    fonts_used = set()
    for page in PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts_used.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert {"AtkinsonHyperlegible-Regular", "AtkinsonHyperlegible-Bold", "DejaVuSans"} <= fonts_used
    words = flat(pdf_text(out))
    for name in ("Zofia Wiśniewska", "Nguyễn Thị Lan", "Ελένη Παπαδοπούλου", "Олена Коваленко"):
        assert name in words


def test_large_print_body_is_16_point_or_more_and_letter_paper_works(sample: Sample, tmp_path):
    out = _handout(sample, tmp_path, Kind.LARGE_PRINT, paper=Paper.LETTER)
    assert min(float(s) for s in _font_sizes(out)) >= 16  # every word, page numbers too
    box = PdfReader(out).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (612, 792)


def test_pages_are_numbered_and_carry_a_running_header(sample: Sample, tmp_path: Path):
    out = _handout(sample, tmp_path, Kind.LARGE_PRINT)
    pages = PdfReader(out).pages
    assert len(pages) >= 2
    last = pdf_text(out, "-f", str(len(pages)), "-l", str(len(pages)))
    assert f"Page {len(pages)} of {len(pages)}" in last
    assert "Test programme · Fortnightly meeting <3 & more" in last


def test_an_empty_session_gives_a_friendly_valid_handout(sample: Sample, tmp_path: Path):
    out = _handout(sample, tmp_path, session_id=sample.empty_session_id)
    assert len(PdfReader(out).pages) == 1
    words = flat(pdf_text(out))
    assert "Nobody signed in to this session." in words
    assert "Nothing was written on the board in this session." in words
    assert "No next meeting is in the programme yet." in words
    assert "What we did" not in words and "What we planned" not in words  # no plan: left out
    assert "What we chose" not in words


def test_every_note_of_a_long_board_is_printed_once_in_reading_order(sample: Sample, tmp_path):
    services = sample.services
    long_note = " ".join(f"w{n}" for n in range(380))  # nearly a column long: it splits
    texts = [f"Note number {n} " + "and a bit more " * (n % 7) for n in range(180)]
    texts.insert(90, long_note)
    for text in texts:
        services.notes.add_note(sample.empty_session_id, text)
    out = _handout(sample, tmp_path, session_id=sample.empty_session_id)
    # The order in the file is the order a screen reader and a copy-and-paste follow.
    words = flat(stream_text(out))
    found = [int(m) for m in re.findall(r"Note number (\d+)", words)]
    assert found == list(range(180))
    assert flat(long_note) in words


def test_a_vote_on_notes_prints_their_text_verbatim_in_the_chart(sample: Sample, tmp_path):
    board = sample.services.board
    notes = {n.text: n.id for n in sample.services.read.notes(sample.session_id)}
    vote = int(board.votes.open_vote(sample.session_id, target_kind="note",
                                     dots_per_person=5, title="Which <b>note</b>?").new_id or 0)
    board.votes.cast_vote(vote, notes["<font size=99>HUGE</font>"], dots=3)
    board.votes.cast_vote(vote, notes["Line one\nLine two"], dots=1)
    board.votes.close_vote(vote)
    for kind in (Kind.HANDOUT, Kind.SCREEN_READER):
        out = _handout(sample, tmp_path, kind)
        words = flat(pdf_text(out))
        assert "Which <b>note</b>?" in words
        assert "<font size=99>HUGE</font>" in words and "Line one Line two" in words
        assert max(float(s) for s in _font_sizes(out)) <= 40
