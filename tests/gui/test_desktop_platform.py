"""The app's UI font is one that is really installed, and macOS's file-open event opens files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent, QFont, QFontDatabase, QFontInfo

from coprod_desktop.gui.desktop_platform import (
    BUNDLED_UI_FAMILY,
    FileOpenEvents,
    register_bundled_ui_fonts,
    ui_font,
)


def test_the_bundled_ui_font_loads_into_qt(qapp) -> None:
    assert BUNDLED_UI_FAMILY in register_bundled_ui_fonts()


def test_a_missing_system_font_is_replaced_by_the_bundled_one_at_the_same_size(qapp) -> None:
    """As under Wine, where Windows' "MS Shell Dlg 2" is absent and Qt fell back to a serif."""
    missing = QFont("No Such UI Font 7", 11)
    assert not QFontDatabase.hasFamily("No Such UI Font 7")
    chosen = ui_font(missing)
    assert QFontInfo(chosen).family() == BUNDLED_UI_FAMILY
    assert chosen.pointSize() == 11


def test_an_installed_system_font_is_kept(qapp) -> None:
    register_bundled_ui_fonts()
    others = [f for f in QFontDatabase.families() if f != BUNDLED_UI_FAMILY]
    if not others:
        pytest.skip("no other font family is installed")
    installed = QFont(others[0], 10)
    assert ui_font(installed).family() == others[0]


def test_a_file_open_event_opens_a_programme_and_leaves_other_files(qapp, tmp_path: Path) -> None:
    opened: list[Path] = []
    events = FileOpenEvents(opened.append)
    qapp.installEventFilter(events)
    try:
        programme = tmp_path / "Spring group.coprod"
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(programme)))
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(QUrl.fromLocalFile(str(tmp_path / "b.COPROD"))))
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "notes.txt")))
    finally:
        qapp.removeEventFilter(events)
    assert opened == [programme, tmp_path / "b.COPROD"]
