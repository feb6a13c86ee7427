"""Choosing where to save a file (PDF, CSV, JSON, archive) without blocking: calls back with the
path. Every save made through here is also written to the programme's record of exports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

FILTERS = {
    "pdf": "PDF documents (*.pdf)",
    "csv": "Spreadsheet (CSV) files (*.csv)",
    "json": "JSON files (*.json)",
    "coprod": "Coprod programmes (*.coprod)",
}


def choose_file(parent: QWidget, caption: str, start: Path, suffix: str,
                on_chosen: Callable[[Path], None]) -> QFileDialog:
    dialog = QFileDialog(parent, caption, str(start.parent), f"{FILTERS[suffix]};;All files (*)")
    dialog.setObjectName("saveDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(start.name)
    dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def default_folder(programme_path: Path) -> Path:
    """Beside the programme file, where the facilitator already keeps its papers."""
    return programme_path.parent
