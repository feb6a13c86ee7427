"""Benchmark: today's notes downloaded by a room of phones (run on demand).

    python tests/bench/bench_phone_notes.py [--phones 60]

The demo programme's discovery workshop (52 people, ~290 notes) is served on loopback with the
writes on one writer thread (the ThreadBridge standing in for the GUI thread). Phones sign in,
the handout is published, then every phone downloads it at once. Printed: how long the writer
thread was held (publishing is one small write; no PDF is ever built there), how soon after
publishing the PDF was ready, download latency (p50, p95, max) with the PDF kept, and the cost
of a rebuild after a change (a consent withdrawn between two downloads).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from coprod_desktop.demo.builder import build_demo  # noqa: E402
from coprod_desktop.domain.records import Consent  # noqa: E402
from coprod_desktop.services import Services  # noqa: E402
from coprod_desktop.store.phone_reader import PhoneReader  # noqa: E402
from coprod_desktop.store.programme_file import ProgrammeFile  # noqa: E402
from coprod_desktop.web.phone_web import PhoneWeb  # noqa: E402
from coprod_desktop.web.thread_bridge import ThreadBridge  # noqa: E402
from tests.bench.ports import free_port  # noqa: E402

CSRF = re.compile(r'name="csrf" value="([0-9a-f]+)"')


def _phone(url: str, n: int) -> httpx.Client:
    address = f"127.0.{n // 250}.{n % 250 + 2}"  # one address per phone, as in a room
    phone = httpx.Client(timeout=60, follow_redirects=False,
                         transport=httpx.HTTPTransport(local_address=address))
    page = phone.get(url)
    found = CSRF.search(page.text)
    assert found, page.text[:300]
    done = phone.post(url, data={"csrf": found.group(1), "name": f"Phone {n}", "group": "staff"})
    assert done.status_code == 303, done.text[:300]
    return phone


def _download(phone: httpx.Client, url: str) -> float:
    started = time.perf_counter()
    response = phone.get(url)
    assert response.status_code == 200 and response.content.startswith(b"%PDF-")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--phones", type=int, default=60)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="coprod-bench-"))
    build_demo(folder / "demo.coprod")
    bridge = ThreadBridge()
    services = bridge.call(lambda: Services(ProgrammeFile.open(folder / "demo.coprod")))
    session = bridge.call(lambda: next(s for s in services.read.sessions()
                                       if s.kind == "discovery"))
    bridge.call(lambda: services.phones.open_sign_in(session.id))
    token = bridge.call(lambda: PhoneReader(services.file.db).room(session.id)).token
    web = PhoneWeb(services, bridge)
    port = web.server.start("127.0.0.1", free_port(18850))
    join = f"http://127.0.0.1:{port}/j/{token}"
    try:
        with ThreadPoolExecutor(16) as pool:
            phones = list(pool.map(lambda n: _phone(join, n), range(args.phones)))
        bridge.reset_stats()
        started = time.perf_counter()
        bridge.call(lambda: services.publishing.publish(session.id))
        while web.handouts.builds < 1:
            time.sleep(0.005)
        ready = time.perf_counter() - started
        pdf = f"{join}/notes.pdf"
        with ThreadPoolExecutor(args.phones) as pool:
            times = sorted(pool.map(lambda p: _download(p, pdf), phones))
        held, built = bridge.longest_s, web.handouts.builds
        first = phones[0]
        person = bridge.call(lambda: next(p for p in services.read.attendees()
                                          if p.consent.name_in_handouts))
        bridge.call(lambda: services.people.set_consent(person.id, Consent()))
        rebuild = _download(first, pdf)
        size = len(first.get(pdf).content)
        notes = bridge.call(lambda: len(services.read.notes(session.id)))
        print(f"session: {session.title} ({notes} notes)")
        print(f"writer thread: longest job {held * 1000:.1f} ms over {bridge.jobs} jobs "
              "(publishing and the sign-ins' reads; no PDF)")
        print(f"PDF ready {ready * 1000:.0f} ms after publishing ({size / 1024:.0f} KiB)")
        print(f"{args.phones} phones at once: p50 {statistics.median(times) * 1000:.0f} ms, "
              f"p95 {times[int(len(times) * 0.95) - 1] * 1000:.0f} ms, "
              f"max {times[-1] * 1000:.0f} ms; PDFs built so far: {built}")
        print(f"after a consent change: the next download took {rebuild * 1000:.0f} ms "
              f"(rebuilt; PDFs built: {web.handouts.builds})")
        for phone in phones:
            phone.close()
    finally:
        web.close()
        bridge.call(services.close)
        bridge.shutdown()


if __name__ == "__main__":
    main()
