"""Where `ui/` and `resources/` are: a source checkout, an installed wheel or a frozen build.

In a checkout they sit beside the package; the wheel maps them into the package as
`coprod_desktop/ui` and `coprod_desktop/resources`; PyInstaller puts them under `sys._MEIPASS`.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    found = [_PACKAGE / name, _PACKAGE.parent / name]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        found.insert(0, Path(frozen) / "coprod_desktop" / name)
    return found


@cache
def _root(name: str) -> Path:
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Coprod Desktop's '{name}' folder is missing; please reinstall.")


def resource(*parts: str) -> Path:
    """A path inside resources/, e.g. resource("methods")."""
    return _root("resources").joinpath(*parts)


def ui_file(*parts: str) -> Path:
    """A path inside ui/, e.g. ui_file("projector-dark.qss")."""
    return _root("ui").joinpath(*parts)
