"""Making a fresh copy of the demo programme without holding the window still.

The demo is written through the services as a facilitator's clicks would write it (about 1.5 s):
on a thread of its own, so the window is drawn and answers meanwhile (a first start on
`scripts/start.sh` used to show nothing at all until it was done). Its modules are imported on the
GUI thread first, so two threads never import the same modules at once.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal


class DemoMaker(QObject):
    """Builds the demo at `path` on a worker thread; `then(path, error)` runs on the GUI thread
    once it is done (`error` None when it worked)."""

    _finished = Signal(object)  # None, or the exception that stopped it

    def __init__(self, path: Path, then: Callable[[Path, BaseException | None], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._then = then
        self._finished.connect(self._done, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        from coprod_desktop.demo.builder import build_demo  # imported here, on the GUI thread

        def build() -> None:
            error: BaseException | None = None
            try:
                build_demo(self.path)
            except BaseException as exc:  # handed to the GUI thread, which shows it
                error = exc
            with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
                self._finished.emit(error)

        threading.Thread(target=build, name="coprod-demo", daemon=True).start()

    def _done(self, error: BaseException | None) -> None:
        self._then(self.path, error)
        self.deleteLater()
