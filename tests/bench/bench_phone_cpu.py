"""Benchmark: CPU per phone request, by kind, for the app's phone server and the bare app.

    python tests/bench/bench_phone_cpu.py [--phones 100] [--rounds 3] [--profile DIR] [--top 25]

bench_phones.py measures a room (latency under load); this one asks where the CPU goes. Each
server runs in its own process as there (a QApplication's GUI thread owns the file and runs the
writes, uvicorn serves on its thread); phones on loopback, each with its own address, ask one
kind of request after another, one phone at a time, so each kind's CPU is measured alone:
the join page, the sign-in post, the home page, a note posted and the home page after it (what
bench_phones.py sends), then (the app only) the vote page, a dot placed and the notes page.
Printed for each kind: the server's CPU per request (all its threads, less what it uses idle)
and the median round trip (figures from a run without --profile: profiling costs CPU).
--profile DIR writes a cProfile of each kind (the server's thread and
the GUI thread, CPU time) to DIR/<server>-<kind>.prof and prints the top functions.
Measured for issue 18 (200 phones, 3 notes each; load 7-9, so read the app beside the bare app):
before (10ae5e0) the room's mix 0.75 ms a request (bare 0.49), home page after a note 0.48
(0.28), vote page 2.97, a dot 2.14; after (this branch) 0.69 (0.48), 0.40 (0.27), 1.69, 0.99.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import multiprocessing as mp
import os
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.bench_phones import bare_server  # noqa: E402
from tests.bench.ports import free_port  # noqa: E402

CSRF = re.compile(r'name="csrf" value="([0-9a-f]+)"')
ONCE = re.compile(r'name="once" value="([A-Za-z0-9_-]+)"')
TARGET = re.compile(r'name="target" value="([0-9]+)"')
PORT = 18_730
BENCH_KINDS = ("join page", "sign in", "home", "note", "home after note")
APP_KINDS = (*BENCH_KINDS, "vote page", "dot", "notes page")


def app_server(path: str, port: int) -> tuple[Any, str, Any]:
    """bench_phones.py's app server, with a way to open a vote and publish today's notes."""
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
    web = PhoneWeb(services, QtBridge())
    web.templates_compiled.join()  # done as sign-in opens, before phones come (not idle CPU)
    web.server.start("127.0.0.1", port)

    def extra() -> None:  # on the GUI thread, between two kinds
        notes = [r["id"] for r in services.file.db.query("SELECT id FROM note ORDER BY id")]
        services.board.votes.open_vote(sid, target_kind="note", dots_per_person=3,
                                       target_ids=notes[:12])
        services.publishing.publish(sid)

    def finish() -> None:
        web.close()
        services.close()

    return finish, token, extra


def bare(path: str, port: int) -> tuple[Any, str, Any]:
    finish, token = bare_server(path, port)
    return finish, token, lambda: None


class ServerProfile:
    """cProfile (thread CPU time) on uvicorn's thread and on the GUI thread, one kind at a time."""

    def __init__(self) -> None:
        import uvicorn

        self.server = cProfile.Profile(time.thread_time)
        self.gui = cProfile.Profile(time.thread_time)
        self.loop: asyncio.AbstractEventLoop | None = None
        original = uvicorn.Server.serve
        profile = self

        async def serve(server: Any, sockets: Any = None) -> None:
            profile.loop = asyncio.get_running_loop()
            await original(server, sockets)

        uvicorn.Server.serve = serve  # type: ignore[method-assign]

    def start(self) -> None:
        self.server, self.gui = (cProfile.Profile(time.thread_time),
                                 cProfile.Profile(time.thread_time))
        self._on_server(self.server.enable)
        self.gui.enable()

    def stop(self, path: str) -> None:
        self.gui.disable()
        self._on_server(self.server.disable)
        stats = pstats.Stats(self.server)
        stats.add(self.gui)
        stats.dump_stats(path)

    def _on_server(self, call: Any) -> None:
        assert self.loop is not None
        done = threading.Event()
        self.loop.call_soon_threadsafe(lambda: (call(), done.set()))
        done.wait(5)


class CollectorTime:
    """How long Python's cyclic garbage collector ran (all threads), by generation."""

    def __init__(self) -> None:
        self.seconds = [0.0, 0.0, 0.0]
        self.runs = [0, 0, 0]
        self._started = 0.0
        gc.callbacks.append(self._note)

    def _note(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.seconds[info["generation"]] += time.perf_counter() - self._started
            self.runs[info["generation"]] += 1

    def take(self) -> tuple[float, int]:
        """Seconds collecting and the full collections since the last take."""
        out = (sum(self.seconds), self.runs[2])
        self.seconds, self.runs = [0.0, 0.0, 0.0], [0, 0, 0]
        return out


def _server_main(kind: str, path: str, port: int, profile_dir: str, conn: Any) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    profile = ServerProfile() if profile_dir else None
    collecting = CollectorTime()
    finish, token, extra = (app_server if kind == "app" else bare)(path, port)
    state: dict[str, Any] = {"idle_from": (time.process_time(), time.perf_counter())}

    def poll() -> None:
        if not conn.poll():
            return
        message, arg = conn.recv()
        if message == "go":
            if "idle" not in state:  # what the server uses idle, measured once before any kind
                cpu, at = state["idle_from"]
                state["idle"] = (time.process_time() - cpu) / max(0.001, time.perf_counter() - at)
            state["cpu"], state["at"] = time.process_time(), time.perf_counter()
            collecting.take()
            if profile:
                profile.start()
        elif message == "stop":
            if profile:
                profile.stop(str(Path(profile_dir) / f"{kind}-{arg}.prof"))
            took = time.perf_counter() - state["at"]
            conn.send((time.process_time() - state["cpu"] - state["idle"] * took,
                       collecting.take()))
        elif message == "extra":
            extra()
            conn.send(None)
        elif message == "quit":
            finish()
            app.quit()

    conn.send(token)
    reader = QTimer()
    reader.timeout.connect(poll)
    reader.start(5)
    app.exec()


class Phone:
    def __init__(self, n: int, base: str) -> None:
        address = f"127.0.{1 + n // 250}.{1 + n % 250}"
        self.n = n
        self.client = httpx.Client(base_url=base, timeout=30,
                                   transport=httpx.HTTPTransport(local_address=address))
        self.page = ""

    def form(self, **values: str) -> dict[str, str]:
        once = ONCE.search(self.page)
        return {"csrf": CSRF.search(self.page).group(1),  # type: ignore[union-attr]
                "once": once.group(1) if once else "", **values}

    def call(self, method: str, url: str, expect: int, **kw: Any) -> float:
        started = time.perf_counter()
        response = self.client.request(method, url, **kw)
        took = time.perf_counter() - started
        if response.status_code != expect:
            raise SystemExit(f"{method} {url}: {response.status_code} (expected {expect})")
        if expect == 200:
            self.page = response.text
        return took


def step(kind: str, phone: Phone, token: str, round_no: int) -> float:
    """One request of `kind` from `phone`; the round trip in seconds."""
    if kind == "join page":
        return phone.call("GET", f"/j/{token}", 200)
    if kind == "sign in":
        return phone.call("POST", f"/j/{token}", 303, data=phone.form(
            name=f"Phone {phone.n}", group="parent_carer"))
    if kind == "home":
        return phone.call("GET", "/home?m=welcome", 200)
    if kind == "note":
        return phone.call("POST", "/note", 303, data=phone.form(
            text=f"Note {round_no} from phone {phone.n}: the letters never say how long."))
    if kind == "home after note":
        return phone.call("GET", "/home?m=note", 200)
    if kind == "vote page":
        return phone.call("GET", "/vote", 200)
    if kind == "dot":
        target = TARGET.findall(phone.page)[phone.n % 12]
        return phone.call("POST", "/vote", 303, data=phone.form(target=target))
    if kind == "notes page":
        return phone.call("GET", f"/j/{token}/notes", 200)
    raise ValueError(kind)


def measure(kind: str, phones: int, rounds: int, profile_dir: str) -> dict[str, dict[str, float]]:
    port = free_port(PORT)
    out: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        ours, theirs = mp.Pipe()
        proc = mp.get_context("spawn").Process(target=_server_main, args=(
            kind, str(Path(tmp) / f"{kind}.coprod"), port, profile_dir, theirs))
        proc.start()
        token = ours.recv()
        room = [Phone(n, f"http://127.0.0.1:{port}") for n in range(phones)]
        time.sleep(1)  # the idle CPU is measured over this
        cpu: dict[str, float] = {}
        gc_s: dict[str, float] = {}
        trips: dict[str, list[float]] = {}

        def run(what: str, label: str, round_no: int = 0) -> None:
            ours.send(("go", ""))
            trips.setdefault(what, []).extend(step(what, phone, token, round_no)
                                              for phone in room)
            ours.send(("stop", label))
            used, (collecting, _full) = ours.recv()
            cpu[what] = cpu.get(what, 0.0) + used
            gc_s[what] = gc_s.get(what, 0.0) + collecting

        for what in (APP_KINDS if kind == "app" else BENCH_KINDS):
            if what == "vote page":
                ours.send(("extra", ""))
                ours.recv()
            if what == "home after note":
                continue  # with the notes: a note, then the page it leads to, as the room does
            if what != "note":
                run(what, what.replace(" ", "-"))
                continue
            for r in range(rounds):
                run("note", f"note-{r}", r)
                run("home after note", f"home-after-note-{r}", r)
        out = {what: {"cpu_ms": cpu[what] / len(trips[what]) * 1000,
                      "trip_ms": statistics.median(trips[what]) * 1000,
                      "gc_ms": gc_s[what] / len(trips[what]) * 1000} for what in cpu}
        ours.send(("quit", ""))
        proc.join(30)
        for phone in room:
            phone.client.close()
    return out


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def show_profile(directory: str, server: str, top: int) -> None:
    for path in sorted(Path(directory).glob(f"{server}-*.prof")):
        print(f"--- {path.name}")
        pstats.Stats(str(path)).sort_stats("tottime").print_stats(top)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--phones", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3, help="notes each phone posts")
    parser.add_argument("--profile", default="", help="a folder for the cProfile files")
    parser.add_argument("--top", type=int, default=0, help="print this many functions a kind")
    parser.add_argument("--only", choices=("app", "bare"))
    args = parser.parse_args()
    if args.profile:
        Path(args.profile).mkdir(parents=True, exist_ok=True)
    print("before:", uptime())
    results = {server: measure(server, args.phones, args.rounds, args.profile)
               for server in ("bare", "app") if args.only in (None, server)}
    print(f"{args.phones} phones, one request at a time; CPU ms per request (of which the "
          "garbage collector; round trip ms)")
    print(f"  {'kind':16} {'app':>22} {'bare':>22}")
    for kind in APP_KINDS:
        cells = [f"{r[kind]['cpu_ms']:5.2f} ({r[kind]['gc_ms']:4.2f}; {r[kind]['trip_ms']:5.2f})"
                 if kind in r else "" for r in (results.get("app", {}), results.get("bare", {}))]
        print(f"  {kind:16} {cells[0]:>22} {cells[1]:>22}")
    for server, by_kind in results.items():
        mixed = [by_kind[k]["cpu_ms"] for k in BENCH_KINDS]
        print(f"  {server}: the room's mix (1 join, 1 sign-in, 11 pages, 10 notes a phone) "
              f"{(mixed[0] + mixed[1] + mixed[2] + 10 * (mixed[3] + mixed[4])) / 23:.2f} ms "
              "per request")
    if args.profile and args.top:
        for server in results:
            show_profile(args.profile, server, args.top)
    print("after:", uptime())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
