"""The handout's quick polls, read back from the PDF: only revealed polls, bars with their counts,
the cloud's words with their counts (hidden words left out), people's words verbatim."""

from __future__ import annotations

import subprocess
from pathlib import Path

from coprod_desktop.domain.polls import PollKind
from coprod_desktop.export.documents import Kind, PdfRequest, export_pdf
from coprod_desktop.services import Services
from coprod_desktop.store.phone_reader import PhoneReader
from tests.export.conftest import pdf_text

PHONES = {name: f"{n:02d}" * 16 for n, name in enumerate(["Ann", "Bo", "Cy", "Di"])}


def test_handout_prints_revealed_polls_only(services: Services, session_id: int,
                                            tmp_path: Path, artifacts: Path) -> None:
    services.phones.open_sign_in(session_id)
    token = PhoneReader(services.file.db).room(session_id).token  # type: ignore[union-attr]
    for name, phone in PHONES.items():
        services.phones.sign_in(token, phone, name=name, group="parent_carer")
    polls = services.polls
    scale = int(polls.create(session_id, PollKind.SCALE, "How safe did you feel?",
                             low_label="Not at all", high_label="Very").new_id or 0)
    for phone, value in zip(PHONES.values(), [5, 4, 5, 2], strict=True):
        polls.answer(phone, scale, value=value)
    polls.reveal(scale)
    choice = int(polls.create(session_id, PollKind.MULTIPLE, "What would help?",
                              options=["Childcare", "<b>Food</b> & drink"]).new_id or 0)
    polls.answer(PHONES["Ann"], choice, choices=[0, 1])
    polls.answer(PHONES["Bo"], choice, choices=[1])
    polls.reveal(choice)
    words = int(polls.create(session_id, PollKind.WORDS, "One word for today").new_id or 0)
    said = [["Listened", "tired"], ["listened", "Rubbish"], ["LISTENED", "hopeful"], ["tired"]]
    for phone, these in zip(PHONES.values(), said, strict=True):
        polls.answer(phone, words, words=these)
    polls.hide_word(words, "rubbish")
    polls.reveal(words)
    hidden = int(polls.create(session_id, PollKind.SINGLE, "Never revealed?",
                              options=["Yes", "No"]).new_id or 0)
    polls.answer(PHONES["Ann"], hidden, choices=[0])
    out = tmp_path / "handout.pdf"
    export_pdf(services.read, PdfRequest(Kind.HANDOUT, session_id), out)
    text = " ".join(pdf_text(out).split())
    assert "Quick polls" in text
    assert "How safe did you feel? Scale from 1 to 5 · 4 answers · average 4.0" in text
    assert "5 (Very)" in text and "1 (Not at all)" in text
    assert "<b>Food</b> & drink" in text  # verbatim
    assert "Listened (3); tired (2); hopeful (1)" in text
    assert "Rubbish" not in text and "Never revealed?" not in text
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(out), str(artifacts / "handout-polls")],
                   check=True)


def test_poll_results_in_csv_and_json(services: Services, session_id: int,
                                      tmp_path: Path) -> None:
    import csv
    import json

    from coprod_desktop.export.tables import export_tables

    services.phones.open_sign_in(session_id)
    token = PhoneReader(services.file.db).room(session_id).token  # type: ignore[union-attr]
    for name, phone in PHONES.items():
        services.phones.sign_in(token, phone, name=name, group="parent_carer")
    pid = int(services.polls.create(session_id, PollKind.WORDS, "One word").new_id or 0)
    services.polls.answer(PHONES["Ann"], pid, words=["=SUM(A1)", "Buses"])
    services.polls.answer(PHONES["Bo"], pid, words=["bus"])
    services.polls.create(session_id, PollKind.WORDS, "Not revealed")
    services.polls.reveal(pid)
    export_tables(services.read, tmp_path / "json", "json")
    export_tables(services.read, tmp_path / "csv", "csv")
    rows = json.loads((tmp_path / "json" / "poll_results.json").read_text("utf-8"))
    assert [(r["question"], r["answer"], r["count"], r["rank"], r["answers"]) for r in rows] == [
        ("One word", "Buses", 2, 1, 2), ("One word", "=SUM(A1)", 1, 2, 2)]
    with (tmp_path / "csv" / "poll_results.csv").open(encoding="utf-8-sig") as handle:
        cells = [r["answer"] for r in csv.DictReader(handle)]
    assert cells == ["Buses", "'=SUM(A1)"]  # a formula is never run by a spreadsheet
