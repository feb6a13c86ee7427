"""Benchmark: 300 phones on loopback sign in and post 10 notes each (run on demand).

    python tests/bench/bench_phones.py [--phones 300] [--notes 10] [--burst]

The server runs in its own process, as it would in the app, with the writes on one writer
thread (the ThreadBridge standing in for the GUI thread). Each phone is an asyncio httpx client
with its own source address in 127.0.0.0/8, so the per-address limits apply as in a real room.
By default phones behave like people: they arrive over 30 seconds and post a note every 3 to 9
seconds; --burst sends everything as fast as it can. Printed: errors, request latency (p50, p95,
p99, max), and how long the writer thread was held: its longest single job, and the worst
delay of a heartbeat submitted to it every 10 ms (what a GUI would feel as a stall).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import random
import re
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

CSRF = re.compile(r'name="csrf" value="([0-9a-f]+)"')


def serve(path: str, conn) -> None:
    from coprod_desktop.services import Services
    from coprod_desktop.store.phone_reader import PhoneReader
    from coprod_desktop.store.programme_file import ProgrammeFile
    from coprod_desktop.web.phone_web import PhoneWeb
    from coprod_desktop.web.thread_bridge import ThreadBridge

    bridge = ThreadBridge()

    def setup() -> tuple[Services, str]:
        services = Services(ProgrammeFile.create(Path(path)))
        services.programme.create_programme("Benchmark")
        sid = int(services.sessions.create_session("Big event", "2026-03-03").new_id or 0)
        services.phones.open_sign_in(sid)
        services.phones.set_notes_open(sid, True)
        return services, PhoneReader(services.file.db).room(sid).token  # type: ignore[union-attr]

    services, token = bridge.call(setup)
    web = PhoneWeb(services, bridge)
    port = web.server.start("127.0.0.1", 0)
    bridge.reset_stats()
    cpu_started = time.process_time()
    worst_heartbeat = 0.0
    stop = threading.Event()

    def heartbeat() -> None:
        nonlocal worst_heartbeat
        while not stop.is_set():
            sent = time.perf_counter()
            bridge.submit(lambda: None).result()
            worst_heartbeat = max(worst_heartbeat, time.perf_counter() - sent)
            time.sleep(0.01)

    beat = threading.Thread(target=heartbeat, daemon=True)
    beat.start()
    conn.send((port, token))
    conn.recv()  # the load is over
    cpu = time.process_time() - cpu_started
    stop.set()
    beat.join()
    notes = bridge.call(lambda: services.file.db["note"].count)
    people = bridge.call(lambda: services.file.db["attendee"].count)
    conn.send({"jobs": bridge.jobs, "longest_ms": bridge.longest_s * 1000,
               "mean_ms": bridge.total_s / max(1, bridge.jobs) * 1000,
               "heartbeat_ms": worst_heartbeat * 1000, "notes": notes, "people": people,
               "cpu_s": cpu})
    web.close()
    bridge.call(services.close)
    bridge.shutdown()


async def phone(n: int, base: str, token: str, notes: int, burst: bool,
                latencies: list[float], errors: list[str]) -> None:
    address = f"127.0.{1 + n // 250}.{1 + n % 250}"
    transport = httpx.AsyncHTTPTransport(local_address=address)
    async with httpx.AsyncClient(base_url=base, transport=transport, timeout=30) as client:

        async def call(method: str, url: str, expect: int, **kw: object) -> httpx.Response | None:
            started = time.perf_counter()
            try:
                response = await client.request(method, url, **kw)  # type: ignore[arg-type]
            except httpx.HTTPError as exc:
                errors.append(f"{method} {url}: {exc!r}")
                return None
            latencies.append(time.perf_counter() - started)
            if response.status_code != expect:
                errors.append(f"{method} {url}: {response.status_code}")
                return None
            return response

        if not burst:
            await asyncio.sleep(random.uniform(0, 30))
        page = await call("GET", f"/j/{token}", 200)
        if page is None:
            return
        signed = await call("POST", f"/j/{token}", 303, data={
            "csrf": CSRF.search(page.text).group(1), "name": f"Phone {n}",  # type: ignore[union-attr]
            "group": random.choice(["parent_carer", "young_person", "staff"])})
        home = await call("GET", "/home", 200) if signed else None
        for i in range(notes):
            if home is None:
                return
            if not burst:
                await asyncio.sleep(random.uniform(3, 9))
            posted = await call("POST", "/note", 303, data={
                "csrf": CSRF.search(home.text).group(1),  # type: ignore[union-attr]
                "text": f"Note {i} from phone {n}: the waiting list letters never say how long."})
            home = await call("GET", "/home?m=note", 200) if posted else None


async def load(base: str, token: str, phones: int, notes: int, burst: bool) -> dict[str, object]:
    latencies: list[float] = []
    errors: list[str] = []
    started = time.perf_counter()
    await asyncio.gather(*(phone(n, base, token, notes, burst, latencies, errors)
                           for n in range(phones)))
    return {"seconds": time.perf_counter() - started, "latencies": latencies, "errors": errors}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--phones", type=int, default=300)
    parser.add_argument("--notes", type=int, default=10)
    parser.add_argument("--burst", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ours, theirs = mp.Pipe()
        server = mp.get_context("spawn").Process(target=serve, args=(str(Path(tmp) / "b.coprod"),
                                                                      theirs))
        server.start()
        port, token = ours.recv()
        result = asyncio.run(load(f"http://127.0.0.1:{port}", token, args.phones, args.notes,
                                  args.burst))
        ours.send("stop")
        stats = ours.recv()
        server.join(30)
    lat = sorted(result["latencies"])  # type: ignore[arg-type]
    errors: list[str] = result["errors"]  # type: ignore[assignment]

    def pct(p: float) -> float:
        return lat[min(len(lat) - 1, int(len(lat) * p))] * 1000

    mode = "burst" if args.burst else "paced like people"
    print(f"{args.phones} phones x {args.notes} notes ({mode}) in {result['seconds']:.1f} s")
    print(f"requests: {len(lat)}  errors: {len(errors)}")
    for line in errors[:10]:
        print(f"  {line}")
    print(f"latency ms: p50 {pct(0.5):.1f}  p95 {pct(0.95):.1f}  p99 {pct(0.99):.1f}  "
          f"max {lat[-1] * 1000:.1f}  mean {statistics.fmean(lat) * 1000:.1f}")
    print(f"writer thread: {stats['jobs']} jobs, longest {stats['longest_ms']:.1f} ms, "
          f"mean {stats['mean_ms']:.2f} ms; worst heartbeat delay {stats['heartbeat_ms']:.1f} ms")
    print(f"server process CPU: {stats['cpu_s']:.1f} s in all, "
          f"{stats['cpu_s'] / max(1, len(lat)) * 1000:.2f} ms per request")
    print(f"file: {stats['people']} people, {stats['notes']} notes")
    ok = (not errors and pct(0.99) < 100 and result["seconds"] < 120  # type: ignore[operator]
          and stats["notes"] == args.phones * args.notes)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
