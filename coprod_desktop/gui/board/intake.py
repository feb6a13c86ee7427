"""Many notes at once: lines pasted from the clipboard, or a text or CSV file, become notes.

A room of 50 writes on paper or in a shared document; the facilitator pastes or imports the lot
instead of typing 110 notes one by one. Each non-empty line (or each CSV row's note column) is one
note, placed on a grid below what is already on the board.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from coprod_desktop.domain.board import GAP, NOTE_H, NOTE_W
from coprod_desktop.domain.limits import NOTE_MAX

MAX_NOTES = 500  # one paste or file; more is almost certainly the wrong file
COLUMNS = 6
NOTE_COLUMN_NAMES = ("note", "notes", "text", "idea", "ideas", "comment", "what")


def lines_to_notes(text: str) -> list[str]:
    """One note per non-empty line, trimmed; bullets and numbering people paste are kept."""
    return [line.strip() for line in text.splitlines() if line.strip()][:MAX_NOTES]


def csv_to_notes(text: str) -> list[str]:
    """The note column of a CSV (a header named note/text/idea…; else the first column)."""
    rows = [r for r in csv.reader(io.StringIO(text)) if any(c.strip() for c in r)]
    if not rows:
        return []
    header = [c.strip().lower() for c in rows[0]]
    column = next((header.index(n) for n in NOTE_COLUMN_NAMES if n in header), None)
    body = rows[1:] if column is not None else rows
    column = column or 0
    return [r[column].strip() for r in body if len(r) > column and r[column].strip()][:MAX_NOTES]


def read_notes_file(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    return csv_to_notes(text) if path.suffix.lower() == ".csv" else lines_to_notes(text)


def too_long(notes: list[str]) -> list[str]:
    return [n for n in notes if len(n) > NOTE_MAX]


def grid_positions(count: int, left: float, top: float) -> list[tuple[float, float]]:
    return [(left + (i % COLUMNS) * (NOTE_W + GAP), top + (i // COLUMNS) * (NOTE_H + GAP))
            for i in range(count)]
