"""`coprod serve` as a person runs it, and finding the laptop's addresses."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import httpx
import ifaddr
import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.services import Services
from coprod_desktop.store.phone_reader import PhoneReader
from coprod_desktop.store.programme_file import ProgrammeFile
from coprod_desktop.web.addresses import (
    LocalAddress,
    from_adapters,
    local_addresses,
    only_loopback,
    order,
)
from coprod_desktop.web.cli_serve import choose_session

ROOT = Path(__file__).resolve().parents[2]


def _adapter(name: str, *ips: str | tuple[str, int, int]) -> ifaddr.Adapter:
    return ifaddr.Adapter(name, name, [ifaddr.IP(ip, 24, name) for ip in ips])


ADAPTERS = [_adapter("lo", "127.0.0.1", ("::1", 0, 0)),
            _adapter("Wi-Fi", "192.168.1.23", ("fe80::1", 0, 4)),
            _adapter("usb0", "169.254.10.2"),
            _adapter("Local Area Connection* 2", "10.42.0.1")]


def test_addresses_from_adapters_are_ordered_room_network_first() -> None:
    found = order(from_adapters(ADAPTERS))
    assert [a.ip for a in found] == ["10.42.0.1", "192.168.1.23", "169.254.10.2", "127.0.0.1"]
    assert found[1].label == "192.168.1.23 (Wi-Fi)"
    assert found[-1].loopback and "this laptop only" in found[-1].label
    assert not only_loopback(found)
    assert only_loopback(order([]))  # loopback is always offered, with its warning


def test_this_machine_has_at_least_loopback() -> None:
    found = local_addresses()
    assert found[-1] == LocalAddress("127.0.0.1", found[-1].interface) and found[-1].loopback


def test_choose_session(services: Services) -> None:
    a = services.read.session(int(services.sessions.create_session("A", "2026-03-03").new_id or 0))
    b = services.read.session(int(services.sessions.create_session("B", "2026-03-17").new_id or 0))
    sessions = services.read.sessions()
    assert choose_session(sessions, None, date(2026, 3, 10)) == a
    assert choose_session(sessions, None, date(2026, 3, 17)) == b
    assert choose_session(sessions, None, date(2026, 1, 1)) == a
    assert choose_session(sessions, b.id, date(2026, 1, 1)) == b
    with pytest.raises(ValidationError, match="no session 99"):
        choose_session(sessions, 99, date(2026, 1, 1))
    with pytest.raises(ValidationError, match="no sessions yet"):
        choose_session([], None, date(2026, 1, 1))


STOPS = [signal.SIGINT] + [getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)]


@pytest.mark.parametrize("stop", STOPS, ids=lambda s: signal.Signals(s).name)
def test_serve_prints_the_join_link_and_closes_sign_in_when_stopped(
        programme_path: Path, clock: FakeClock, stop: int) -> None:
    with ProgrammeFile.create(programme_path) as file:
        services = Services(file, clock)
        services.programme.create_programme("Serve test")
        sid = int(services.sessions.create_session("Evening meeting", "2026-03-03").new_id or 0)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "coprod_desktop", "serve", str(programme_path), "--host",
         "127.0.0.1", "--port", "0"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        assert proc.stdout is not None
        lines = []
        for line in proc.stdout:
            lines.append(line)
            if "Ctrl-C" in line:
                break
        text = "".join(lines)
        assert "Sign-in is open for ‘Evening meeting’" in text
        assert "Warning:" in text  # 127.0.0.1 only: phones cannot reach it
        url = re.search(r"http://127\.0\.0\.1:\d+/j/[\w-]+", text)
        assert url, text
        page = httpx.get(url.group(0), timeout=5)
        assert page.status_code == 200 and "Evening meeting" in page.text
        typed = re.search(r"Or type: (127\.0\.0\.1:\d+/[A-Za-z0-9]+)", text)
        assert typed, text  # the short code, for people who cannot scan
        assert "Evening meeting" in httpx.get("http://" + typed.group(1).lower(), timeout=5,
                                              follow_redirects=True).text
    finally:
        proc.send_signal(stop)
        out, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    assert "Closing sign-in" in out
    with ProgrammeFile.open(programme_path) as file:
        assert not PhoneReader(file.db).room(sid).signin_open  # type: ignore[union-attr]
