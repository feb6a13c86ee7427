"""Named places in multi-step jobs where a test may stop the process dead.

A fault-injection test sets COPROD_CRASH_AT to a step's name and runs the job in a child process;
when the job reaches that step the process ends at once with `os._exit`, as a power cut or a
killed process would: no `finally`, no flush, no clean close. Outside tests the variable is unset
and each call is one dictionary look-up.
"""

from __future__ import annotations

import os

ENV = "COPROD_CRASH_AT"
EXIT_CODE = 86


def crash_point(name: str) -> None:
    """End the process here if a test asked for a crash at `name`."""
    if os.environ.get(ENV) == name:
        os._exit(EXIT_CODE)
