"""The handout's questions for the room, read back from the PDF: only those let through, verbatim,
with votes and whether answered, and never the name of who asked."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.export.documents import Kind, PdfRequest, export_pdf
from coprod_desktop.services import Services
from coprod_desktop.store.phone_reader import PhoneReader
from tests.export.conftest import pdf_text

PHONES = {"Zofia Nowak": "z" * 32, "Bartholomew Quill": "q" * 32}


def test_handout_lists_questions_let_through_and_which_were_answered(
        services: Services, session_id: int, tmp_path: Path) -> None:
    services.phones.open_sign_in(session_id)
    token = PhoneReader(services.file.db).room(session_id).token  # type: ignore[union-attr]
    for name, phone in PHONES.items():
        services.phones.sign_in(token, phone, name=name, group="parent_carer")
    ask = services.room_questions.ask
    answered = int(ask(PHONES["Zofia Nowak"], "Why is <b>transport</b> & parking so hard?",
                       named=True).new_id or 0)
    open_ = int(ask(PHONES["Bartholomew Quill"], "Who checks the plans?").new_id or 0)
    ask(PHONES["Bartholomew Quill"], "Held back: never printed")
    for qid in (answered, open_):
        services.room_questions.release(qid)
    services.room_questions.upvote(PHONES["Bartholomew Quill"], answered)
    services.room_questions.upvote(PHONES["Zofia Nowak"], answered)
    services.room_questions.answer(answered)
    out = tmp_path / "handout.pdf"
    export_pdf(services.read, PdfRequest(Kind.HANDOUT, session_id), out)
    text = " ".join(pdf_text(out).split())
    assert "Questions from the room" in text
    assert "1 of 2 answered in the session." in text
    assert "Why is <b>transport</b> & parking so hard? 2 votes · Answered" in text
    assert "Who checks the plans? 0 votes · Not answered yet" in text
    assert "Held back" not in text
    # The handout names nobody who asked, even someone who gave their name to the console.
    assert "Zofia" not in text and "Bartholomew" not in text


def test_handout_questions_page_for_a_person_to_look_at(services: Services, session_id: int,
                                                        tmp_path: Path, artifacts: Path) -> None:
    services.phones.open_sign_in(session_id)
    token = PhoneReader(services.file.db).room(session_id).token  # type: ignore[union-attr]
    services.phones.sign_in(token, "p" * 32, name="Pat", group="parent_carer")
    for text in ("Can meetings be after school pick-up?", "Who reads the notes afterwards?"):
        qid = int(services.room_questions.ask("p" * 32, text).new_id or 0)
        services.room_questions.release(qid)
    services.room_questions.answer(qid)
    out = artifacts / "handout-questions.pdf"
    export_pdf(services.read, PdfRequest(Kind.HANDOUT, session_id), out)
    assert "Who reads the notes afterwards? 0 votes · Answered" in " ".join(pdf_text(out).split())
