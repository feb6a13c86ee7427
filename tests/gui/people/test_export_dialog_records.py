"""File › Export… writes each finished export to the record of exports (Privacy panel)."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.domain.export_record import ExportFormat
from coprod_desktop.store.export_reader import ExportReader
from tests.gui.test_export_dialog import (  # noqa: F401 - fixtures
    _choose,
    _dialog,
    _run,
    env,
    pool,
    sample,
)


def test_each_export_from_the_dialog_is_recorded(env, sample, qtbot, pool,  # noqa: F811
                                                 tmp_path: Path) -> None:
    dialog = _dialog(env, qtbot, pool, session_id=sample.session_id)
    dialog.destination.setText(str(tmp_path / "handout.pdf"))
    _run(dialog, qtbot)
    _choose(dialog, "json")
    dialog.destination.setText(str(tmp_path / "tables"))
    _run(dialog, qtbot)
    records = ExportReader(env.services.file.db).records()
    assert [(r.what, r.format, r.held_names, r.target) for r in records] == [
        ("Every table as JSON", ExportFormat.JSON, True, str(tmp_path / "tables")),
        ("Session handout: Fortnightly meeting <3 & more", ExportFormat.PDF, True,
         str(tmp_path / "handout.pdf"))]
