"""The record of exports: each file made from the programme, when, and whether it held names.

An information-governance lead asks "where has this data gone?"; this is the answer. Copies of
the whole programme always hold names (and contact details), so they are always marked so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class ExportFormat(StrEnum):
    PDF = "pdf"
    CSV = "csv"
    JSON = "json"
    COPY = "copy"  # a copy of the whole programme file
    ARCHIVE = "archive"  # a copy with every person erased

    @property
    def label(self) -> str:
        return {ExportFormat.PDF: "PDF", ExportFormat.CSV: "CSV", ExportFormat.JSON: "JSON",
                ExportFormat.COPY: "Copy of the programme",
                ExportFormat.ARCHIVE: "Anonymised archive"}[self]


@dataclass(frozen=True)
class ExportRecord:
    id: int
    at: datetime
    what: str
    format: ExportFormat
    target: str
    held_names: bool
    detail: str
