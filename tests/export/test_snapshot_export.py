"""An export reads one state of the programme, even while phones and the console write to it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from coprod_desktop.export.documents import Kind, PdfRequest, export_pdf
from coprod_desktop.store.board_reader import BoardReader
from coprod_desktop.store.reader import Reader
from coprod_desktop.store.snapshot import open_read_only, read_snapshot
from tests.export.conftest import Sample, flat, pdf_text

LATE = "A note typed while the handout was being made"


def _writes_mid_export(sample: Sample) -> Callable[[float, str], None]:
    """A progress hook that, the first time it is called, writes from the console's
    connection: a new note, and every cluster renamed."""
    done: list[bool] = []

    def progress(_fraction: float, _stage: str) -> None:
        if done:
            return
        done.append(True)
        services = sample.services
        services.notes.add_note(sample.session_id, LATE)
        for cluster in BoardReader(services.file.db).clusters(sample.session_id):
            services.board.clusters.rename_cluster(cluster.id, "Renamed mid-export")

    return progress


def _handout(sample: Sample, reader: Reader, out: Path) -> str:
    export_pdf(reader, PdfRequest(Kind.SCREEN_READER, sample.session_id), out,
               _writes_mid_export(sample))
    return flat(pdf_text(out))


def test_a_snapshot_export_shows_the_programme_as_it_was_when_it_began(
        sample: Sample, tmp_path: Path) -> None:
    titles = [c.title for c in BoardReader(sample.services.file.db).clusters(sample.session_id)]
    assert "Letters & <waiting> lists" in titles
    db = sample.services.file.read_connection()
    try:
        with read_snapshot(db):
            text = _handout(sample, Reader(db), tmp_path / "snapshot.pdf")
    finally:
        db.close()
    assert LATE not in text and "Renamed mid-export" not in text
    assert "Letters & <waiting> lists" in text
    # The writes did happen: the next export sees them.
    with sample.services.file.snapshot() as later:
        text = flat(pdf_text(export_pdf(Reader(later), PdfRequest(
            Kind.SCREEN_READER, sample.session_id), tmp_path / "later.pdf")))
    assert LATE in text and "Renamed mid-export" in text


def test_without_a_snapshot_the_same_export_would_see_the_writes(
        sample: Sample, tmp_path: Path) -> None:
    """The check above can fail: read outside a snapshot, the writes show up mid-export."""
    db = open_read_only(sample.services.file.path)
    try:
        text = _handout(sample, Reader(db), tmp_path / "plain.pdf")
    finally:
        db.close()
    assert LATE in text
