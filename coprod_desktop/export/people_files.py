"""Saving the people feature's exports (a claims sheet, one person's file, as PDF, CSV or JSON):
the whole file or nothing (export.atomic), then a line in the programme's record of exports.

These files are small, so they are made on the GUI thread."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.domain.export_record import ExportFormat
from coprod_desktop.export.atomic import write_file
from coprod_desktop.services import Services


def save_and_record(services: Services, target: Path, data: bytes, *, what: str,
                    fmt: ExportFormat, held_names: bool, detail: str = "") -> Path:
    """Raises ExportFailed (a CoprodError, with a plain reason) if nothing could be written."""
    path = write_file(Path(target), data)
    services.exports.record(what, fmt, path, held_names=held_names, detail=detail)
    return path
