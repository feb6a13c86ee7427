"""What the frozen build leaves out: the patterns in packaging/trim.py, on both wheel layouts."""

from __future__ import annotations

import ast
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


def test_unused_runtime_hooks_are_left_out() -> None:
    scripts = [("pyi_rth_inspect", "/h/pyi_rth_inspect.py", "PYSOURCE"),
               ("pyi_rth_pyside6", "/h/pyi_rth_pyside6.py", "PYSOURCE"),
               ("pyi_rth_multiprocessing", "/h/pyi_rth_multiprocessing.py", "PYSOURCE"),
               ("pyi_rth_pkgutil", "/h/pyi_rth_pkgutil.py", "PYSOURCE"),
               ("launch", str(ROOT / "packaging" / "launch.py"), "PYSOURCE")]
    assert [name for name, _path, _kind in trim.runtime_hooks(scripts)] == [
        "pyi_rth_inspect", "pyi_rth_pyside6", "pyi_rth_pkgutil", "launch"]


def _multiprocessing_uses(path: Path) -> list[str]:
    """Where `path` imports multiprocessing, or names a process pool or freeze_support."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or "", *(alias.name for alias in node.names)]
        elif isinstance(node, ast.Attribute):
            names = [node.attr]
        elif isinstance(node, ast.Name):
            names = [node.id]
        for name in names:
            if name.split(".")[0] == "multiprocessing" or name in (
                    "ProcessPoolExecutor", "freeze_support"):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}")
    return found


def test_the_multiprocessing_hook_has_nothing_to_do() -> None:
    """The frozen app leaves out pyi_rth_multiprocessing: right only while none of our code
    starts processes through multiprocessing (then restore it and call freeze_support())."""
    sources = [*sorted((ROOT / "coprod_desktop").rglob("*.py")), ROOT / "packaging" / "launch.py"]
    assert len(sources) > 100
    assert [use for path in sources for use in _multiprocessing_uses(path)] == []
