"""Choosing programme files, without blocking: each dialog calls back with the chosen path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from coprod_desktop.i18n import N_, _

SUFFIX = "coprod"
FILTER = N_("Coprod programmes (*.coprod);;All files (*)")


def _dialog(parent: QWidget, caption: str, start: Path, on_chosen: Callable[[Path], None],
            *, saving: bool) -> QFileDialog:
    dialog = QFileDialog(parent, caption, str(start), _(FILTER))
    dialog.setObjectName("fileDialog")
    if saving:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix(SUFFIX)
        if start.suffix:
            dialog.selectFile(start.name)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def choose_programme_to_open(parent: QWidget, start: Path,
                             on_chosen: Callable[[Path], None]) -> QFileDialog:
    return _dialog(parent, _("Open a programme"), start, on_chosen, saving=False)


def choose_where_to_save(parent: QWidget, caption: str, start: Path,
                         on_chosen: Callable[[Path], None]) -> QFileDialog:
    return _dialog(parent, caption, start, on_chosen, saving=True)


def safe_file_name(title: str) -> str:
    """A file name from a programme title: letters, digits, spaces and dashes only."""
    kept = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    name = " ".join(kept.split())[:60].strip()
    return name or _("Programme")
