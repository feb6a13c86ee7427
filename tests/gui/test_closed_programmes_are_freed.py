"""A programme closed is let go: opening one programme after another in the same window keeps
one programme's services alive, not every one opened since the start, and the console's own
actions (places, next and previous view, File › Export…) reach only the programme now open."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from coprod_desktop.services import Services
from coprod_desktop.store.programme_file import ProgrammeFile


def _settle() -> None:
    for _ in range(3):  # as the event loop does between clicks: deferred deletes run
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _alive(kind: type, files: list[Path]) -> int:
    """How many objects of `kind` for these files are alive (other tests' may be, too)."""
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, kind) and _path(o) in files)


def _path(thing: object) -> Path | None:
    if isinstance(thing, Services):
        return thing.file.path
    return thing.path if isinstance(thing, ProgrammeFile) else None


def test_switching_programmes_keeps_only_the_open_one_alive(make_app, demo_path: Path,
                                                            tmp_path: Path, capsys) -> None:
    files = [tmp_path / "a.coprod", tmp_path / "b.coprod"]
    for file in files:
        shutil.copyfile(demo_path, file)
    app = make_app()
    app.start(files[0])
    _settle()
    assert _alive(Services, files) == 1
    for n in range(6):
        app.open_file(files[(n + 1) % 2])
        _settle()
    assert _alive(Services, files) == 1  # one programme open, as at the start
    assert _alive(ProgrammeFile, files) == 1
    exports = [a for a in app.console.findChildren(QAction) if a.objectName() == "exportAction"]
    assert len(exports) == 1
    # The places' actions move the programme now open, and nothing closed (no traceback).
    view = app.current.view
    place = next(iter(app.console.actions_.places))
    other = next(p for p in app.console.actions_.places if p != view.place())
    app.console.actions_.places[other].trigger()
    assert view.place() == other
    app.console.actions_.places[place].trigger()
    assert view.place() == place
    assert "already deleted" not in capsys.readouterr().err
