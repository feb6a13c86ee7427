"""Run one multi-step job in a child process, for the fault-injection tests.

    python crash_child.py final|everyone|archive|create FILE [TARGET]

The test sets COPROD_CRASH_AT to a step's name; the job ends the process there (exit 86).
"""

from __future__ import annotations

import sys
from pathlib import Path

from coprod_desktop.clock import SystemClock
from coprod_desktop.demo.builder import build_demo
from coprod_desktop.services import Services
from coprod_desktop.services.archive import anonymised_archive
from coprod_desktop.store.programme_file import ProgrammeFile


def main(job: str, path: Path, target: Path | None) -> int:
    if job == "create":
        build_demo(path)
        return 0
    services = Services(ProgrammeFile.open(path), SystemClock())
    try:
        if job == "final":
            services.erase.confirm([e.id for e in services.erase.pending()])
        elif job == "everyone":
            services.erase.erase_everyone(final=True)
        elif job == "archive":
            assert target is not None
            anonymised_archive(services, target, SystemClock())
        else:
            raise SystemExit(f"unknown job {job}")
    finally:
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]) if len(sys.argv) > 3 else None))
