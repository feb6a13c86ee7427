"""How the phone server hands a write to the thread that owns the programme file.

SQLite connections belong to one thread, and the design keeps one writer: the GUI thread in the
app, a worker thread when serving without a window. The server never calls a service directly: it
submits the call and awaits the future, so its own thread stays free for other phones.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Protocol, TypeVar

T = TypeVar("T")


class WriteBridge(Protocol):
    def submit(self, call: Callable[[], T]) -> Future[T]:
        """Run `call` on the writer's thread; the future holds its result or its exception."""
        ...
