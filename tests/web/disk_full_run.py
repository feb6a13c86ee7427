"""Run by test_full_disk.py inside its own mount namespace, on a tiny tmpfs it made: fill the disk
for real, post notes from a phone over loopback, print what happened as JSON. Not a test module."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from coprod_desktop.clock import FakeClock  # noqa: E402
from tests.web.phone_helpers import csrf_of, make_env  # noqa: E402

KEPT = re.compile(r"<textarea id=\"text\"[^>]*>([^<]*)</textarea>")


def main(folder: Path) -> None:
    out: dict[str, object] = {"codes": [], "kept": 0, "failures": 0}
    for env in make_env(folder / "programme.coprod", FakeClock()):
        env.run(lambda e=env: e.services.phones.set_notes_open(e.session_id, True))
        failures: list[str] = []
        env.run(lambda e=env, heard=failures: e.services.bus.on_failure(heard.append))
        port = env.web.server.start("127.0.0.1", 0)
        base = f"http://127.0.0.1:{port}"
        phone = httpx.Client(base_url=base, timeout=10)
        page = phone.get(f"/j/{env.token}")
        phone.post(f"/j/{env.token}", data={"csrf": csrf_of(page.text), "name": "Full"})
        filler = folder / "filler"
        with filler.open("wb", buffering=0) as f:  # take every free byte the disk has
            for size in (65536, 512):
                try:
                    while True:
                        f.write(b"\0" * size)
                except OSError:
                    pass
        codes: list[int] = []
        for n in range(300):
            text = f"Note {n}: " + "w" * 1500
            env.clock.advance(5)  # a person's pace: the phone's own write limit is not reached
            home = phone.get("/home")
            if home.status_code != 200:
                print("HOME", home.status_code, home.text[-600:], file=sys.stderr)
            answer = phone.post("/note", data={"csrf": csrf_of(home.text), "text": text})
            codes.append(answer.status_code)
            if answer.status_code == 503:
                found = KEPT.search(answer.text)
                out["kept"] = int(out["kept"]) + bool(found and found.group(1) == text)
                out["message"] = "cannot save right now" in answer.text
        out["codes"] = codes
        out["failures"] = len(failures)
        out["notes_before_free"] = len(env.notes())
        filler.unlink()
        home = phone.get("/home")
        out["after_free"] = phone.post("/note", data={"csrf": csrf_of(home.text),
                                                      "text": "Space again"}).status_code
        out["notes_after_free"] = len(env.notes())
        phone.close()
    print(json.dumps(out))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
