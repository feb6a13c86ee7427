"""A quicker answer to the question PySide6 asks of every module imported after it.

PySide6 keeps a table of which modules may switch on its optional `__feature__` names (snake_case,
true_property); a module is in play when its source mentions "PySide6". It finds out through
`inspect.getsource`, which decodes each file and splits it into lines through linecache: about
0.1 ms a module, 15-20 ms of the ~180 modules a programme's start brings in (issue 18). Looking for
the same bytes in the file as read from disk gives the same answer for a source file; anything
else (a module without a .py file, one loaded from an archive) is still asked the old way.

The table lives in PySide6's private `shibokensupport.feature` module: if a PySide6 release no
longer has it, nothing is changed and PySide6 asks as it always did.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
CHECK = "_mod_uses_pyside"
MARK = b"PySide6"


def mentions_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether `module`'s source file holds the word PySide6 (`fallback` for modules that have
    no plain source file)."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return MARK in source.read()
        except OSError:
            pass
    return fallback(module)


def install() -> bool:
    """Answer PySide6's question from the file's bytes from now on (once; after PySide6 has been
    imported). True when the quicker check is in place; False where PySide6 cannot be imported
    (the Qt-free tests make it so) or no longer asks."""
    try:
        import PySide6  # noqa: F401  (sets up the feature table and its import hook)
    except ImportError:
        return False
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "quicker", False):
        return True

    def check(module: ModuleType) -> bool:
        return mentions_pyside(module, original)

    check.quicker = True  # type: ignore[attr-defined]
    setattr(feature, CHECK, check)
    return True
