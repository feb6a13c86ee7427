"""Small helpers shared by the GUI tests."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def next_turn(qtbot: Any) -> None:
    """Wait until the event loop has run what was queued before this call: zero-delay timers
    (a view's first fit, a refit after a burst of changes) and posted events such as layout
    requests. A condition, where a fixed `qtbot.wait(n)` only guesses how long that takes."""
    marker = QTimer()
    marker.setSingleShot(True)
    with qtbot.waitSignal(marker.timeout, timeout=10_000):
        marker.start(0)  # fires after every zero-delay timer started before it


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def in_thread(qtbot: Any, work: Callable[[], Any], timeout_ms: int = 10_000) -> Any:
    """Run a phone's requests on another thread while the GUI thread keeps serving the bridge;
    returns what `work` returned, or raises what it raised, on the test's thread."""
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["result"] = work()
        except Exception as exc:  # raised below, on the test's thread
            out["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=timeout_ms)
    if "error" in out:
        raise out["error"]
    return out.get("result")
