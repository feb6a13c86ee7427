"""Measure what issue 17 quotes: sign-in length on a small phone, slow clients, odd numbers.

    python tests/bench/bench_phone_issue17.py

Prints: where the name box and the Join/Sign in button sit at 320x568 (CSS px from the top), how
many of 150 slow-header clients are still connected after 12 s, what a vote target of '²' gets,
the same after a restart-like new secret, and `uptime`. Loopback only.
Baseline (issue 17, before): name box 977 px, button 2,873 px; 150 of 150 still connected; 500.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from coprod_desktop.clock import FakeClock  # noqa: E402
from tests.web.phone_helpers import csrf_of, make_env  # noqa: E402


def sign_in_positions(url: str) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    out: dict[str, float] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=shutil.which("chromium"),
                                     args=["--no-sandbox", "--disable-gpu"])
        for lang in ("en-GB", "pl"):
            page = browser.new_context(viewport={"width": 320, "height": 568}, locale=lang,
                                       is_mobile=True).new_page()
            page.goto(url)
            boxes = page.evaluate("""() => {
                const name = document.querySelector('input[name=name]');
                const btn = document.querySelector('form[action^="/j/"] button[type=submit]');
                return [name.getBoundingClientRect().top, btn.getBoundingClientRect().bottom,
                        document.querySelectorAll('input[type=radio]').length];
            }""")
            out[f"{lang} name top"], out[f"{lang} button bottom"], out[f"{lang} radios"] = boxes
        browser.close()
    return out


def slow_headers(port: int, n: int = 150, wait: float = 12.0) -> int:
    socks = []
    for _ in range(n):
        s = socket.create_connection(("127.0.0.1", port), 2)
        s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
        socks.append(s)
    time.sleep(wait)
    alive = 0
    for s in socks:
        s.setblocking(False)
        try:
            alive += s.recv(1) != b""
        except BlockingIOError:
            alive += 1
        except OSError:
            pass
        s.close()
    return alive


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for env in make_env(Path(tmp) / "p.coprod", FakeClock()):
            port = env.web.server.start("127.0.0.1", 0)
            url = env.web.join_url("127.0.0.1", env.token)
            for key, value in sign_in_positions(url).items():
                print(f"{key}: {value:.0f}")
            with httpx.Client(timeout=5) as phone:
                page = phone.get(url)
                form = {"csrf": csrf_of(page.text), "name": "Ola", "group": "voluntary"}
                phone.post(url, data=form)
                home = phone.get(f"http://127.0.0.1:{port}/home")
                bad = phone.post(f"http://127.0.0.1:{port}/vote",
                                 data={"csrf": csrf_of(home.text), "target": "²"})
                print("vote target '²':", bad.status_code)
            print("slow-header clients still connected after 12 s:", slow_headers(port), "/ 150")
    print(subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    os._exit(0)


if __name__ == "__main__":
    main()
