"""What the frozen build leaves out: the patterns in packaging/trim.py, on both wheel layouts."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import trim  # noqa: E402


def test_dropped_plugins_and_translations() -> None:
    for dest in ("PySide6/Qt/plugins/platformthemes/libqgtk3.so",
                 "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
                 "PySide6/Qt/translations/qtbase_de.qm", "PySide6/translations/qt_fr.qm",
                 "PySide6/plugins/imageformats/qpdf.dll",
                 "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so"):
        assert trim.dropped(dest), dest


def test_kept_plugins_and_our_own_files() -> None:
    for dest in ("PySide6/Qt/plugins/platforms/libqxcb.so",
                 "PySide6/Qt/plugins/platforms/libqwayland.so",
                 "PySide6/plugins/platforms/qwindows.dll",
                 "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
                 "PySide6/Qt/plugins/imageformats/libqsvg.so",
                 "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
                 "PySide6/Qt/lib/libQt6Multimedia.so.6",
                 "coprod_desktop/resources/web/templates/join.html",
                 "coprod_desktop/resources/licences/LGPL-3.0.txt"):
        assert not trim.dropped(dest), dest


def test_every_qt_module_the_code_names_is_taken() -> None:
    found = trim.optional_qt_modules(ROOT / "coprod_desktop")
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg",
            "PySide6.QtMultimedia"} <= set(found)
    assert not set(found) & set(trim.EXCLUDED_MODULES)


def test_windows_version_resource(tmp_path: Path) -> None:
    path = tmp_path / "v.txt"
    trim.write_windows_version(path, "1.2.3", "Coprod Desktop")
    text = path.read_text()
    assert "filevers=(1, 2, 3, 0)" in text and "StringStruct('ProductVersion', '1.2.3')" in text
