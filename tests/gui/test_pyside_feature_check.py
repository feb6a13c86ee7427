"""PySide6's question to every imported module ("does your source mention PySide6?") answered from
the file's bytes (coprod_desktop/gui/pyside_feature_check.py), with the same answers as before."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path
from types import ModuleType

import pytest

import coprod_desktop.gui  # noqa: F401  (installs the quicker check)
from coprod_desktop.gui import pyside_feature_check

feature = sys.modules[pyside_feature_check.FEATURE_MODULE]


def _through_inspect(module: ModuleType) -> bool:
    """The answer as PySide6 itself works it out."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError):
        return False


def test_the_quicker_check_is_in_place_once_gui_is_imported() -> None:
    assert getattr(feature._mod_uses_pyside, "quicker", False)
    assert pyside_feature_check.install()  # a second install keeps the one in place
    assert getattr(feature._mod_uses_pyside, "quicker", False)


def test_answers_as_inspect_does_for_the_modules_of_a_real_import() -> None:
    import coprod_desktop.gui.smoke
    import coprod_desktop.i18n

    modules = [coprod_desktop.gui.smoke, coprod_desktop.i18n, inspect, pytest, sys]
    modules += [m for name, m in sorted(sys.modules.items())
                if name.startswith("coprod_desktop.") and isinstance(m, ModuleType)]
    answers = {m.__name__: feature._mod_uses_pyside(m) for m in modules}
    assert answers == {m.__name__: _through_inspect(m) for m in modules}
    assert answers["coprod_desktop.gui.smoke"] is True  # it imports from PySide6
    assert answers["coprod_desktop.i18n"] is False  # Qt-free
    assert answers["sys"] is False  # built in: no source at all


def test_modules_imported_later_are_sorted_by_their_source(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "uses_qt_here.py").write_text(
        "from PySide6.QtCore import QObject\n\nTHING = QObject\n", encoding="utf-8")
    (tmp_path / "plain_here.py").write_text("THING = 'no toolkit here'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        import plain_here  # noqa: F401
        import uses_qt_here  # noqa: F401

        assert feature.pyside_feature_dict["uses_qt_here"] == 0  # in play for __feature__
        assert feature.pyside_feature_dict["plain_here"] == -1  # ignored
    finally:
        for name in ("uses_qt_here", "plain_here"):
            sys.modules.pop(name, None)
            feature.pyside_feature_dict.pop(name, None)


def test_a_module_without_a_source_file_is_asked_the_old_way(tmp_path: Path) -> None:
    asked: list[str] = []

    def fallback(module: ModuleType) -> bool:
        asked.append(module.__name__)
        return False

    gone = ModuleType("gone_now")
    gone.__file__ = str(tmp_path / "gone_now.py")  # its file has been removed
    compiled = ModuleType("compiled_only")
    compiled.__file__ = str(tmp_path / "compiled_only.pyc")
    for module in (gone, compiled):
        assert pyside_feature_check.mentions_pyside(module, fallback) is False
    assert asked == ["gone_now", "compiled_only"]
