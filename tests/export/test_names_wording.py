"""The handout's words about names are right for every mix of answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from coprod_desktop.export.documents import Kind, PdfRequest, export_pdf
from coprod_desktop.export.small_counts import names_line
from tests.export.conftest import UNNAMED, Sample, flat, pdf_text


@pytest.mark.parametrize(("named", "unnamed", "erased", "said"), [
    (5, 0, 0, None),  # everyone agreed: the list says it all
    (5, 4, 0, "4 more people came and chose not to have their name printed."),
    (5, 2, 0, "Fewer than 3 more people came and chose not to have their name printed."),
    (0, 6, 0, "Everyone who came chose not to have their name printed."),
    (0, 6, 2, "No names are printed here."),  # two of them never chose: they were erased
    (5, 4, 4, "4 more people came whose details have since been erased."),
    (5, 4, 1, "4 more people came whose names are not printed here."),
    (5, 1, 1, "Fewer than 3 more people came whose details have since been erased."),
])
def test_every_mix_of_answers(named: int, unnamed: int, erased: int, said: str | None) -> None:
    assert names_line(named, unnamed, erased) == said


def test_an_erased_person_is_not_said_to_have_chosen(sample: Sample, tmp_path: Path) -> None:
    services = sample.services
    erased = sample.people[next(iter(UNNAMED))]
    services.erase.erase(erased)
    text = flat(pdf_text(export_pdf(services.read, PdfRequest(Kind.HANDOUT, sample.session_id),
                                    tmp_path / "handout.pdf")))
    assert "3 more people came whose names are not printed here." in text
    assert "chose not to have their name printed" not in text
