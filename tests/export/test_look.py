"""Save the sample handout's pages for people to look at (artifacts/)."""

from __future__ import annotations

import subprocess

from coprod_desktop.export.documents import Kind, PdfRequest, export_pdf
from tests.export.conftest import Sample


def test_save_sample_pages_to_look_at(sample: Sample, artifacts):
    for kind in (Kind.HANDOUT, Kind.LARGE_PRINT, Kind.SCREEN_READER):
        out = export_pdf(sample.services.read, PdfRequest(kind, sample.session_id),
                         artifacts / f"sample-{kind.value}.pdf")
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(out), str(out.with_suffix(""))],
                       check=True)
        assert list(artifacts.glob(f"sample-{kind.value}-*.png"))
