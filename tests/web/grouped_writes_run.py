"""Run by test_grouped_writes.py in a child process, which the test then kills: a phone server
over a programme file, its writer held busy until a given number of phone writes are waiting to
go together. Prints its port and link as JSON, then "released" once it let them go. Not a test
module."""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from coprod_desktop.clock import FakeClock  # noqa: E402
from tests.waiting import wait_until  # noqa: E402
from tests.web.phone_helpers import make_env  # noqa: E402


def main(path: Path) -> None:
    for env in make_env(path, FakeClock()):
        env.run(lambda e=env: e.services.phones.set_notes_open(e.session_id, True))
        port = env.web.server.start("127.0.0.1", 0)
        print(json.dumps({"port": port, "token": env.token}), flush=True)
        for line in sys.stdin:  # "hold N": keep the writer busy until N writes wait
            waiting = int(line.split()[1])
            busy = threading.Event()
            env.bridge.submit(busy.wait)
            print("holding", flush=True)
            wait_until(lambda n=waiting, e=env: e.web.context.writes.waiting == n, timeout=60)
            busy.set()
            print("released", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
