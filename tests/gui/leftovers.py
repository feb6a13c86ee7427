"""What a GUI test may leave behind, found after it ends: running QTimers and live threads."""

from __future__ import annotations

import gc
import threading
import time

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication


def _describe(timer: QTimer) -> str:
    owner = timer.parent()
    where = type(owner).__name__ if owner is not None else "no parent"
    name = timer.objectName() or "unnamed"
    return f"QTimer {name} ({timer.interval()} ms) of {where}"


def running_timers(app: QApplication) -> dict[int, str]:
    """Active QTimers on objects still alive, once deleted widgets are really gone: described,
    by the address of each timer's C++ object."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # closed by pytest-qt
    owners = [app, *QApplication.topLevelWidgets()]
    candidates = [t for o in owners for t in o.findChildren(QTimer)]
    candidates += [o for o in gc.get_objects() if isinstance(o, QTimer)]
    found: dict[int, str] = {}
    for timer in candidates:
        try:
            active = timer.isActive()
        except RuntimeError:  # its C++ side is gone: nothing can be running
            continue
        if active:
            found[shiboken6.getCppPointer(timer)[0]] = _describe(timer)
    return found


def running_threads() -> set[threading.Thread]:
    """Python's threads, less the stand-ins Python makes for threads it did not start (Qt's)."""
    return {t for t in threading.enumerate()
            if t.is_alive() and not isinstance(t, threading._DummyThread)}


def wait_for_threads(before: set[threading.Thread], timeout_s: float) -> list[str]:
    """Wait until every thread started since `before` has ended (threads finish their last job
    after being told to stop); the names of those still running at the deadline."""
    deadline = time.monotonic() + timeout_s
    while True:
        extra = running_threads() - before
        if not extra or time.monotonic() > deadline:
            return sorted(t.name for t in extra)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        next(iter(extra)).join(timeout=0.05)  # returns as soon as that thread ends
