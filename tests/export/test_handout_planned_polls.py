"""The handout's list of activities says what a planned poll will ask (kind, question, options or
the scale's ends), verbatim, in English and in Polish; a poll run and never revealed stays out."""

from __future__ import annotations

import subprocess
from pathlib import Path

from coprod_desktop.domain.settings import HANDOUT_LANGUAGE
from coprod_desktop.export.documents import Kind, PdfRequest, export_pdf
from coprod_desktop.services import Services
from tests.export.conftest import pdf_text


def _plan(services: Services, session_id: int) -> tuple[int, int, int]:
    scale = int(services.agenda.add_method(session_id, "quick-poll").new_id or 0)
    services.planned_polls.plan(scale, "scale", "How clear was today?", low=0, high=10,
                                low_label="Not at all", high_label="Completely")
    choice = int(services.agenda.add_method(session_id, "quick-poll").new_id or 0)
    services.planned_polls.plan(choice, "multiple", "What would help <b>most</b>?",
                                options=["Childcare", "Food & drink"])
    cloud = int(services.agenda.add_method(session_id, "word-cloud").new_id or 0)
    services.planned_polls.plan(cloud, "words", "Three words for today")
    return scale, choice, cloud


def test_planned_polls_are_listed_with_their_activities(services: Services, session_id: int,
                                                        tmp_path: Path, artifacts: Path) -> None:
    _scale, _choice, cloud = _plan(services, session_id)
    out = tmp_path / "handout.pdf"
    export_pdf(services.read, PdfRequest(Kind.HANDOUT, session_id), out)
    text = " ".join(pdf_text(out).split())
    assert "What we planned to do" in text
    assert ("Quick poll: How clear was today? (a scale from 0 to 10; 0: Not at all, "
            "10: Completely)") in text
    assert ("Quick poll: What would help <b>most</b>? (choose any: Childcare · Food & drink)"
            in text)
    assert "Quick poll: Three words for today (a word cloud, up to three words each)" in text
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", str(out),
                    str(artifacts / "handout-planned-polls")], check=True)
    services.planned_polls.open_planned(cloud)  # it ran, and was never revealed
    export_pdf(services.read, PdfRequest(Kind.HANDOUT, session_id), out)
    assert "Three words for today" not in " ".join(pdf_text(out).split())


def test_in_polish(services: Services, session_id: int, tmp_path: Path) -> None:
    _plan(services, session_id)
    services.programme.set_setting(HANDOUT_LANGUAGE, "pl")
    out = tmp_path / "handout-pl.pdf"
    export_pdf(services.read, PdfRequest(Kind.HANDOUT, session_id), out)
    text = " ".join(pdf_text(out).split())
    assert ("Szybka ankieta: How clear was today? (skala od 0 do 10; 0: Not at all, "
            "10: Completely)") in text
    assert "chmura słów, do trzech słów od osoby" in text
