"""Choosing where to save a file (PDF, CSV, JSON, archive) without blocking: calls back with the
path. Every save made through here is also written to the programme's record of exports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from coprod_desktop.i18n import N_, _

FILTERS = {
    "pdf": N_("PDF documents (*.pdf)"),
    "csv": N_("Spreadsheet (CSV) files (*.csv)"),
    "json": N_("JSON files (*.json)"),
    "coprod": N_("Coprod programmes (*.coprod)"),
}


def choose_file(parent: QWidget, caption: str, start: Path, suffix: str,
                on_chosen: Callable[[Path], None]) -> QFileDialog:
    dialog = QFileDialog(parent, caption, str(start.parent),
                         _(FILTERS[suffix]) + ";;" + _("All files (*)"))
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
