"""Waiting on a condition outside Qt's event loop (a child process, a server thread, a log).

`wait_until` asks `check` again and again until it is true, and fails with `message` once
`timeout` seconds have gone: the timeout is a guard against a hang, never a measure of speed, so
it is generous. Inside Qt tests use `qtbot.waitUntil` instead.
"""

from __future__ import annotations

import time
from collections.abc import Callable

POLL_S = 0.02


def wait_until(check: Callable[[], object], timeout: float = 20.0,
               message: str = "the condition never came true", poll_s: float = POLL_S) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, message
        time.sleep(poll_s)
