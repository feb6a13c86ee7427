"""Benchmark: paced phones on loopback against the app's phone server AND a bare Starlette app.

    python tests/bench/bench_phones.py [--phones 300 600] [--notes 10] [--pairs 2] [--burst]

Two servers, each in its own process, as in the app: a QApplication's GUI thread owns the file and
runs every write (the app through its own QtBridge; the bare one through a queued signal), while
uvicorn serves on its own thread. The bare app does the same work a phone asks for in the
simplest way: a form page, a form post that is checked and written durably to a SQLite file in
WAL mode with synchronous=FULL (as every programme file is), a redirect, the page again.
Runs alternate (bare, app, app, bare, ...) so the machine's load falls on both alike; each
server listens on a fixed loopback port, moving to the next port when one is taken.

Each phone is an asyncio httpx client with its own source address in 127.0.0.0/8, so the
per-address limits apply as in a real room. By default phones behave like people: they arrive
over 30 seconds and post a note every 3 to 9 seconds; --burst sends everything at once.
Printed per run: errors, latency (p50, p95, p99, max), server CPU per request (less what the
server uses idle, measured for 3 s before the phones come), and the GUI
thread's stall: a 10 ms QTimer on Qt's GUI thread and how late it fired (worst, p99). Then the
ratios app / bare and `uptime`.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.ports import free_port  # noqa: E402

CSRF = re.compile(r'name="csrf" value="([0-9a-f]+)"')
ONCE = re.compile(r'name="once" value="([A-Za-z0-9_-]+)"')
APP_PORT, BARE_PORT = 18_830, 18_930  # fixed, so a run can be repeated; the next free one if taken
HEARTBEAT_MS = 10


class Heartbeat:
    """A QTimer on the GUI thread: how late each beat comes is the stall a person would feel."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.late_ms: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(self.timer.timerType().PreciseTimer)
        self.timer.timeout.connect(self._beat)
        self.timer.start(HEARTBEAT_MS)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.late_ms.append(max(0.0, (now - self._last) * 1000 - HEARTBEAT_MS))
        self._last = now

    def reset(self) -> None:
        self.late_ms.clear()
        self._last = time.perf_counter()


def _gui_main(run_server: Any, path: str, port: int, conn: Any) -> None:
    """Both servers: a QApplication whose GUI thread owns the file; the server on its thread."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    beat = Heartbeat()
    state: dict[str, Any] = {}

    def poll() -> None:  # the pipe is read on the GUI thread, between its other events
        if not conn.poll():
            return
        message = conn.recv()
        if message == "go":
            beat.reset()
            state["cpu"], state["at"] = time.process_time(), time.perf_counter()
            state["idle"] = ((state["cpu"] - state["ready_cpu"])  # CPU an idle server uses
                             / max(0.001, state["at"] - state["ready_at"]))
        elif message == "stop":
            took = time.perf_counter() - state["at"]
            cpu = time.process_time() - state["cpu"] - state["idle"] * took
            late = sorted(beat.late_ms) or [0.0]
            stats = state["finish"]()
            conn.send({**stats, "cpu_s": cpu, "beats": len(late), "late_max": late[-1],
                       "late_p99": late[min(len(late) - 1, int(len(late) * 0.99))]})
            app.quit()

    state["finish"], token = run_server(path, port)
    state["ready_cpu"], state["ready_at"] = time.process_time(), time.perf_counter()
    conn.send(token)
    reader = QTimer()
    reader.timeout.connect(poll)
    reader.start(20)
    app.exec()


def app_server(path: str, port: int) -> tuple[Any, str]:
    from coprod_desktop.gui.bridge import QtBridge
    from coprod_desktop.services import Services
    from coprod_desktop.store.phone_reader import PhoneReader
    from coprod_desktop.store.programme_file import ProgrammeFile
    from coprod_desktop.web.phone_web import PhoneWeb

    services = Services(ProgrammeFile.create(Path(path)))
    services.programme.create_programme("Benchmark")
    sid = int(services.sessions.create_session("Big event", "2026-03-03").new_id or 0)
    services.phones.open_sign_in(sid)
    services.phones.set_notes_open(sid, True)
    token = PhoneReader(services.file.db).room(sid).token  # type: ignore[union-attr]
    bridge = QtBridge()
    web = PhoneWeb(services, bridge)
    web.templates_compiled.join()  # done as sign-in opens, before phones come (not idle CPU)
    web.server.start("127.0.0.1", port)

    def finish() -> dict[str, Any]:
        notes, people = services.file.db["note"].count, services.file.db["attendee"].count
        groups = web.context.writes
        checkpoints = services.file.checkpoints
        web.close()
        services.close()
        return {"notes": notes, "people": people, "jobs": bridge.jobs,
                "longest_ms": bridge.longest_s * 1000, "grouped": (groups.writes, groups.groups),
                "checkpoints": checkpoints.checkpoints if checkpoints else 0}

    return finish, token


def bare_server(path: str, port: int) -> tuple[Any, str]:
    """The same form posts and durable writes, in the fewest lines Starlette allows."""
    import asyncio as aio
    import hashlib
    import hmac
    import html
    import secrets
    import sqlite3
    import threading
    from concurrent.futures import Future

    import uvicorn
    from PySide6.QtCore import QObject, Qt, Signal
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, RedirectResponse, Response
    from starlette.routing import Route

    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, token TEXT UNIQUE, name TEXT)")
    db.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, person INTEGER, text TEXT)")
    db.commit()
    secret, token = secrets.token_bytes(32), secrets.token_urlsafe(18)

    class Bridge(QObject):
        job = Signal(object)

        def __init__(self) -> None:
            super().__init__()
            self.job.connect(self.run, Qt.ConnectionType.QueuedConnection)
            self.jobs, self.longest = 0, 0.0

        def run(self, job: tuple[Any, Future[Any]]) -> None:
            call, future = job
            started = time.perf_counter()
            try:
                future.set_result(call())
            except Exception as exc:  # handed to the server thread, as the app's bridge does
                future.set_exception(exc)
            self.jobs += 1
            self.longest = max(self.longest, time.perf_counter() - started)

    bridge = Bridge()

    async def write(call: Any) -> Any:
        future: Future[Any] = Future()
        bridge.job.emit((call, future))
        return await aio.wrap_future(future)

    def csrf(cookie: str) -> str:
        return hmac.new(secret, cookie.encode(), hashlib.sha256).hexdigest()[:40]

    def page(cookie: str, title: str, action: str, field: str) -> str:
        return (f"<!doctype html><title>{html.escape(title)}</title><form method=post "
                f"action={action}><input type=hidden name=\"csrf\" value=\"{csrf(cookie)}\">"
                f"<input type=hidden name=\"once\" value=\"{secrets.token_urlsafe(16)}\">"
                f"<textarea name={field}></textarea><button>Send</button></form>")

    async def join(request: Request) -> Response:
        cookie = request.cookies.get("p") or secrets.token_urlsafe(24)
        response = HTMLResponse(page(cookie, "Sign in", f"/j/{token}", "name"))
        response.set_cookie("p", cookie, httponly=True, samesite="lax")
        return response

    async def sign_in(request: Request) -> Response:
        cookie = request.cookies.get("p", "")
        form = await request.form()
        if not hmac.compare_digest(csrf(cookie), str(form.get("csrf", ""))):
            return Response(status_code=403)
        name = str(form.get("name", ""))[:80]

        def insert() -> None:
            with db:
                db.execute("INSERT INTO person (token, name) VALUES (?, ?)", [cookie, name])

        await write(insert)
        return RedirectResponse("/home?m=welcome", status_code=303)

    async def home(request: Request) -> Response:
        return HTMLResponse(page(request.cookies.get("p", ""), "Now", "/note", "text"))

    async def note(request: Request) -> Response:
        cookie = request.cookies.get("p", "")
        form = await request.form()
        if not hmac.compare_digest(csrf(cookie), str(form.get("csrf", ""))):
            return Response(status_code=403)
        text = str(form.get("text", ""))[:2000]

        def insert() -> None:
            with db:
                db.execute("INSERT INTO note (person, text) SELECT id, ? FROM person "
                           "WHERE token = ?", [text, cookie])

        await write(insert)
        return RedirectResponse("/home?m=note", status_code=303)

    app = Starlette(routes=[Route("/j/{t}", join, methods=["GET"]),
                            Route("/j/{t}", sign_in, methods=["POST"]),
                            Route("/home", home, methods=["GET"]),
                            Route("/note", note, methods=["POST"])])
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(256)
    server = uvicorn.Server(uvicorn.Config(app, lifespan="off", log_level="warning",
                                           access_log=False, timeout_keep_alive=30))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)

    def finish() -> dict[str, Any]:
        server.should_exit = True
        thread.join(10)
        notes = db.execute("SELECT count(*) FROM note").fetchone()[0]
        people = db.execute("SELECT count(*) FROM person").fetchone()[0]
        db.close()
        return {"notes": notes, "people": people, "jobs": bridge.jobs,
                "longest_ms": bridge.longest * 1000}

    return finish, token


async def phone(n: int, base: str, token: str, notes: int, burst: bool,
                latencies: list[float], errors: list[str]) -> None:
    address = f"127.0.{1 + n // 250}.{1 + n % 250}"
    transport = httpx.AsyncHTTPTransport(local_address=address)
    async with httpx.AsyncClient(base_url=base, transport=transport, timeout=30) as client:

        async def call(method: str, url: str, expect: int, **kw: Any) -> httpx.Response | None:
            started = time.perf_counter()
            try:
                response = await client.request(method, url, **kw)
            except httpx.HTTPError as exc:
                errors.append(f"{method} {url}: {exc!r}")
                return None
            latencies.append(time.perf_counter() - started)
            if response.status_code != expect:
                errors.append(f"{method} {url}: {response.status_code}")
                return None
            return response

        def form(page: httpx.Response, **values: str) -> dict[str, str]:
            once = ONCE.search(page.text)
            return {"csrf": CSRF.search(page.text).group(1),  # type: ignore[union-attr]
                    "once": once.group(1) if once else "", **values}

        if not burst:
            await asyncio.sleep(random.uniform(0, 30))
        page = await call("GET", f"/j/{token}", 200)
        if page is None:
            return
        signed = await call("POST", f"/j/{token}", 303, data=form(
            page, name=f"Phone {n}", group=random.choice(["parent_carer", "young_person"])))
        home = await call("GET", "/home?m=welcome", 200) if signed else None
        for i in range(notes):
            if home is None:
                return
            if not burst:
                await asyncio.sleep(random.uniform(3, 9))
            posted = await call("POST", "/note", 303, data=form(
                home, text=f"Note {i} from phone {n}: the waiting list letters never say how long."))
            home = await call("GET", "/home?m=note", 200) if posted else None


def one_run(kind: str, phones: int, notes: int, burst: bool) -> dict[str, Any]:
    target = app_server if kind == "app" else bare_server
    port = free_port(APP_PORT if kind == "app" else BARE_PORT)
    with tempfile.TemporaryDirectory() as tmp:
        ours, theirs = mp.Pipe()
        proc = mp.get_context("spawn").Process(
            target=_gui_main, args=(target, str(Path(tmp) / f"{kind}.coprod"), port, theirs))
        proc.start()
        token = ours.recv()
        time.sleep(3)  # the server idles a moment: its idle CPU is left out of the figures
        latencies: list[float] = []
        errors: list[str] = []
        ours.send("go")
        started = time.perf_counter()

        async def room() -> None:
            await asyncio.gather(*(phone(n, f"http://127.0.0.1:{port}", token, notes, burst,
                                         latencies, errors) for n in range(phones)))

        asyncio.run(room())
        seconds = time.perf_counter() - started
        ours.send("stop")
        stats = ours.recv()
        proc.join(30)
    lat = sorted(latencies) or [0.0]

    def pct(p: float) -> float:
        return lat[min(len(lat) - 1, int(len(lat) * p))] * 1000

    return {**stats, "kind": kind, "port": port, "seconds": seconds, "requests": len(latencies),
            "errors": errors, "p50": pct(0.5), "p95": pct(0.95), "p99": pct(0.99),
            "max": lat[-1] * 1000, "mean": statistics.fmean(lat) * 1000,
            "cpu_ms": stats["cpu_s"] / max(1, len(latencies)) * 1000,
            "complete": stats["notes"] == phones * notes and stats["people"] == phones}


def show(run: dict[str, Any]) -> None:
    print(f"  {run['kind']:4} :{run['port']}  {run['requests']} requests in "
          f"{run['seconds']:.0f} s, errors {len(run['errors'])}, "
          f"notes {run['notes']} people {run['people']}  |  latency ms p50 {run['p50']:.1f} "
          f"p95 {run['p95']:.1f} p99 {run['p99']:.1f} max {run['max']:.0f}  |  CPU "
          f"{run['cpu_ms']:.2f} ms/request  |  GUI thread late: p99 {run['late_p99']:.1f} ms, "
          f"worst {run['late_max']:.0f} ms; writes {run['jobs']}, longest {run['longest_ms']:.1f} ms"
          + (f" ({run['grouped'][0]} phone writes in {run['grouped'][1]} groups; log copied "
             f"{run['checkpoints']} times off the GUI thread)" if "grouped" in run else ""),
          flush=True)
    for line in run["errors"][:5]:
        print(f"      {line}")


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--phones", type=int, nargs="+", default=[300, 600])
    parser.add_argument("--notes", type=int, default=10)
    parser.add_argument("--pairs", type=int, default=2)
    parser.add_argument("--burst", action="store_true")
    args = parser.parse_args()
    print("before:", uptime())
    failed = False
    for phones in args.phones:
        mode = "burst" if args.burst else "paced like people"
        print(f"{phones} phones x {args.notes} notes ({mode}), {args.pairs} alternating pairs")
        runs: dict[str, list[dict[str, Any]]] = {"app": [], "bare": []}
        for pair in range(args.pairs):
            for kind in (("bare", "app") if pair % 2 == 0 else ("app", "bare")):
                run = one_run(kind, phones, args.notes, args.burst)
                runs[kind].append(run)
                show(run)
        app_p99 = statistics.median(r["p99"] for r in runs["app"])
        bare_p99 = statistics.median(r["p99"] for r in runs["bare"])
        ratio = app_p99 / max(bare_p99, 0.001)
        ok = (ratio <= 1.5 and (phones > 300 or app_p99 <= 100)
              and all(not r["errors"] and r["complete"] for r in runs["app"] + runs["bare"]))
        failed |= not ok
        print(f"  median p99: app {app_p99:.1f} ms, bare {bare_p99:.1f} ms, ratio {ratio:.2f} "
              f"(target <= 1.5{', and <= 100 ms' if phones <= 300 else ''})  "
              f"{'PASS' if ok else 'FAIL'}")
        print(f"  CPU per request: app {statistics.median(r['cpu_ms'] for r in runs['app']):.2f} "
              f"ms, bare {statistics.median(r['cpu_ms'] for r in runs['bare']):.2f} ms; GUI "
              f"thread worst lateness: app {max(r['late_max'] for r in runs['app']):.0f} ms, "
              f"bare {max(r['late_max'] for r in runs['bare']):.0f} ms", flush=True)
    print("after:", uptime())
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
