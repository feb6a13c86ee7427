"""A server a hostile device cannot stop: real sockets on 127.0.0.x, bounded loops, short limits.

Loopback has a whole /8, so "other addresses" are real: a socket bound to 127.0.0.2 is another
device to the server. Time-outs are set short for the test (ConnectionLimits), never slept on:
each wait is a loop on a condition with a deadline.
"""

from __future__ import annotations

import logging
import select
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.web.guarded_protocol import ConnectionLimits
from coprod_desktop.web.security import SECURITY_HEADERS
from coprod_desktop.web.server import PhoneServer
from tests.waiting import wait_until
from tests.web.phone_helpers import PhoneEnv, csrf_of, make_env

LIMITS = ConnectionLimits(header_s=0.5, body_s=0.5, per_address=8, total=40)


@pytest.fixture
def guarded(programme_path: Path, clock: FakeClock) -> Iterator[tuple[PhoneEnv, int]]:
    for env in make_env(programme_path, clock):
        env.run(lambda e=env: e.services.phones.set_notes_open(e.session_id, True))
        env.web.server = PhoneServer(env.web.app, LIMITS)
        port = env.web.server.start("127.0.0.1", 0)
        yield env, port


def _connect(port: int, source: str = "127.0.0.1") -> socket.socket:
    sock = socket.socket()
    sock.bind((source, 0))
    sock.settimeout(5)
    sock.connect(("127.0.0.1", port))
    return sock


def _closed_by_server(sock: socket.socket, deadline: float) -> bool:
    """Wait (to the deadline) until the server closes this connection or answers on it."""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([sock], [], [], 0.05)
        if ready:
            try:
                return sock.recv(65536) == b"" or True
            except ConnectionResetError:
                return True
    return False


def _headers(raw: bytes) -> dict[str, str]:
    head = raw.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")[1:]
    return {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in head)}


def _answer(sock: socket.socket, deadline: float) -> bytes:
    data = b""
    while time.monotonic() < deadline and b"\r\n\r\n" not in data:
        ready, _, _ = select.select([sock], [], [], 0.05)
        if ready:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    return data


def test_slow_headers_are_cut_off_and_new_phones_still_get_in(guarded) -> None:
    _env, port = guarded
    slow = [_connect(port, "127.0.0.2") for _ in range(6)]
    for sock in slow:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")  # and never the blank line
    deadline = time.monotonic() + 10
    assert all(_closed_by_server(sock, deadline) for sock in slow)
    for sock in slow:
        sock.close()
    assert httpx.get(f"http://127.0.0.1:{port}/", timeout=5).status_code == 200


def test_a_slow_body_is_cut_off(guarded) -> None:
    _env, port = guarded
    sock = _connect(port)
    sock.sendall(b"POST /note HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-"
                 b"urlencoded\r\nContent-Length: 1000\r\n\r\ntext=half")
    assert _closed_by_server(sock, time.monotonic() + 10)
    sock.close()


def test_a_chunked_body_declaring_gigabytes_is_refused(guarded) -> None:
    _env, port = guarded
    sock = _connect(port)
    sock.sendall(b"POST /j/x HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-"
                 b"urlencoded\r\nTransfer-Encoding: chunked\r\n\r\nffffffff\r\n")
    answer = b""
    for _ in range(64):  # at most 2 MiB offered; the limit is 32 KiB
        try:
            sock.sendall(b"a" * 32768)
        except (BrokenPipeError, ConnectionResetError):
            break
        answer += _answer(sock, time.monotonic() + 0.01)
        if answer:
            break
    answer += _answer(sock, time.monotonic() + 5)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:80]
    assert _headers(answer)["content-security-policy"] == SECURITY_HEADERS[
        "content-security-policy"]
    sock.close()


def test_one_address_cannot_take_every_place(guarded) -> None:
    _env, port = guarded
    held = [_connect(port, "127.0.0.2") for _ in range(LIMITS.per_address)]
    extra = _connect(port, "127.0.0.2")
    assert _closed_by_server(extra, time.monotonic() + 5)  # refused at once
    # Another phone (another address) is served while the first device holds its places.
    with httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.0.3")) as phone:
        assert phone.get(f"http://127.0.0.1:{port}/", timeout=5).status_code == 200
    for sock in [*held, extra]:
        sock.close()


def test_uvicorns_own_answers_carry_the_security_headers(guarded) -> None:
    _env, port = guarded
    sock = _connect(port)
    sock.sendall(b"NOT HTTP AT ALL\r\n\r\n")
    answer = _answer(sock, time.monotonic() + 5)
    assert answer.startswith(b"HTTP/1.1 400")
    headers = _headers(answer)
    for name, value in SECURITY_HEADERS.items():
        assert headers[name] == value, name
    sock.close()
    # Past the server's total, the refusal carries them too.
    many = []
    try:
        for n in range(LIMITS.total + 2):
            many.append(_connect(port, f"127.0.1.{n % 200 + 1}"))
        last = many[-1]
        refused = _answer(last, time.monotonic() + 5)
        assert refused.startswith(b"HTTP/1.1 503")
        assert _headers(refused)["x-frame-options"] == "DENY"
    finally:
        for sock in many:
            sock.close()


def test_a_phone_that_goes_away_mid_post_is_one_info_line(guarded, caplog) -> None:
    env, port = guarded
    phone = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=5)
    page = phone.get(f"/j/{env.token}")
    cookie = "; ".join(f"{k}={v}" for k, v in phone.cookies.items())
    caplog.set_level(logging.INFO)
    sock = _connect(port)
    sock.sendall(f"POST /j/{env.token} HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\n"
                 "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 500\r\n\r\n"
                 f"csrf={csrf_of(page.text)}&name=Gone".encode())
    sock.close()
    wait_until(lambda: [r for r in caplog.records if "went away" in r.getMessage()], timeout=10,
               message="the server never noticed the phone went away")
    gone = [r for r in caplog.records if "went away" in r.getMessage()]
    assert len(gone) == 1 and gone[0].levelno == logging.INFO
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert env.run(env.services.read.attendees) == []
    phone.close()


def test_twelve_phones_behind_one_router_lose_nothing(guarded) -> None:
    """A venue router shows every phone as one address: 12 phones, 6 notes each, live polling."""
    env, port = guarded
    transport = httpx.HTTPTransport(local_address="127.0.0.4")
    base = f"http://127.0.0.1:{port}"
    phones = []
    for n in range(12):
        phone = httpx.Client(base_url=base, transport=transport, timeout=10)
        page = phone.get(f"/j/{env.token}")
        assert phone.post(f"/j/{env.token}", data={"csrf": csrf_of(page.text),
                                                   "name": f"Phone {n}"}).status_code == 303
        phones.append(phone)
    codes = []
    for round_ in range(6):
        for n, phone in enumerate(phones):
            for _ in range(3):
                assert phone.get("/state.json").status_code == 200
            home = phone.get("/home")
            codes.append(phone.post("/note", data={"csrf": csrf_of(home.text),
                                                   "text": f"{n}-{round_}"}).status_code)
    assert codes == [303] * 72
    assert len(env.notes()) == 72
    for phone in phones:
        phone.close()


def test_security_headers_come_once_each_and_a_page_keeps_its_own_cache_rule() -> None:
    import asyncio

    from starlette.responses import Response

    from coprod_desktop.web.security import SECURITY_HEADERS, SecurityHeaders

    async def page(scope: object, receive: object, send: object) -> None:
        headers = {"x-frame-options": "SAMEORIGIN", "cache-control": "max-age=60"}
        await Response("hi", headers=headers)(scope, receive, send)  # type: ignore[arg-type]

    sent: list[dict[str, object]] = []

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    async def receive() -> dict[str, object]:
        return {"type": "http.request", "body": b""}

    scope = {"type": "http", "method": "GET", "path": "/", "headers": []}
    asyncio.run(SecurityHeaders(page)(scope, receive, send))  # type: ignore[arg-type]
    names = [name.decode() for name, _ in sent[0]["headers"]]  # type: ignore[attr-defined]
    values = dict((n.decode(), v.decode()) for n, v in sent[0]["headers"])  # type: ignore[attr-defined]
    assert sorted(names) == sorted(set(names))
    assert {n: values[n] for n in SECURITY_HEADERS} == SECURITY_HEADERS
    assert values["cache-control"] == "max-age=60" and values["content-length"] == "2"
