"""A pytest plugin that makes PySide6 unimportable, for the run that proves the core is Qt-free.

    pytest -p tests.no_qt tests/unit tests/store tests/export tests/web

Import-linter checks the import graph; this checks what actually runs: a test of domain, store,
services, export or web code that reached Qt by any path fails with ImportError.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from types import ModuleType

BLOCKED = ("PySide6", "shiboken6")


class _NoQt(MetaPathFinder):
    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname.split(".")[0] in BLOCKED:
            raise ImportError(f"{fullname} is blocked: this run proves the core needs no Qt")
        return None


def pytest_configure(config: object) -> None:
    loaded = [name for name in sys.modules if name.split(".")[0] in BLOCKED]
    if loaded:
        raise RuntimeError(f"Qt was imported before the blocker: {loaded[:3]}")
    sys.meta_path.insert(0, _NoQt())
