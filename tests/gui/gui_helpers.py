"""Small helpers shared by the GUI tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
