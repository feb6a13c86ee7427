"""The network doctor against real servers on 127.0.0.0/8.

127.0.0.1 stands for the laptop's loopback (which phones cannot reach); other 127.0.0.x addresses
stand for its Wi-Fi address, and 127.0.0.9 for a phone. Cases: the phone server bound to loopback
only, a port where connections are dropped (a listener whose queue is full drops new connection
requests, as a firewall's DROP rule does), another program on the port, and a working address.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from coprod_desktop.web.doctor.checks import Status, diagnose
from coprod_desktop.web.doctor.firewall import FirewallReport, FirewallState, detect_firewall
from coprod_desktop.web.doctor.watch import PHONE_PATH, PhoneSeen, PhoneWatch, watch_server
from tests.web.phone_helpers import PhoneEnv

LOOPBACK = "127.0.0.1"
PHONE = "127.0.0.9"


def phones_can_use(ip: str) -> bool:
    return ip != LOOPBACK


def no_firewall(_port: int) -> FirewallReport:
    return FirewallReport(FirewallState.NONE, "No firewall program (ufw or firewalld) is running.")


def own(ip: str) -> bool:
    return ip == LOOPBACK


@pytest.fixture
def watched(phone_env: PhoneEnv) -> Iterator[tuple[PhoneEnv, PhoneWatch]]:
    watch = watch_server(phone_env.web.server, is_own=own)
    yield phone_env, watch
    phone_env.web.server.stop()


def test_a_server_on_loopback_only_is_found_out(watched: tuple[PhoneEnv, PhoneWatch]) -> None:
    env, watch = watched
    port = env.web.server.start(LOOPBACK, 0)
    found = diagnose(LOOPBACK, "127.0.0.2", port, watch.check_path, watch.nonce,
                     reachable=phones_can_use, firewall=no_firewall, timeout=2)
    assert not found.ok
    listening = found.finding("listening")
    assert listening.status is Status.PROBLEM
    assert f"listening on {LOOPBACK} only" in listening.message and "127.0.0.2" in listening.message
    answering = found.finding("answering")
    assert answering.status is Status.PROBLEM and "Nothing answers at 127.0.0.2" in answering.message


def test_a_join_link_on_loopback_is_a_problem_even_when_it_answers(
        watched: tuple[PhoneEnv, PhoneWatch]) -> None:
    env, watch = watched
    port = env.web.server.start(LOOPBACK, 0)
    found = diagnose(LOOPBACK, LOOPBACK, port, watch.check_path, watch.nonce,
                     reachable=phones_can_use, firewall=no_firewall, timeout=2)
    assert found.finding("answering").status is Status.OK
    listening = found.finding("listening")
    assert listening.status is Status.PROBLEM and "only this laptop can reach" in listening.message


@pytest.fixture
def dropping_port() -> Iterator[tuple[str, int]]:
    """A listener that never accepts, with its queue filled: further connections get no answer."""
    host = "127.0.0.4"
    server = socket.socket()
    server.bind((host, 0))
    server.listen(0)
    port = server.getsockname()[1]
    fillers = []
    for _ in range(8):  # until one connection goes unanswered: the queue is full
        filler = socket.socket()
        filler.settimeout(0.5)
        fillers.append(filler)
        try:
            filler.connect((host, port))
        except TimeoutError:
            break
    else:
        pytest.fail("the listener's queue never filled")
    yield host, port
    for filler in fillers:
        filler.close()
    server.close()


def test_a_port_that_drops_connections_is_reported_as_blocked(
        dropping_port: tuple[str, int]) -> None:
    host, port = dropping_port
    found = diagnose(host, host, port, "/_coprod/check/x", "x", reachable=phones_can_use,
                     firewall=no_firewall, timeout=1.5)
    assert found.finding("listening").status is Status.OK
    answering = found.finding("answering")
    assert answering.status is Status.PROBLEM
    assert f"blocking port {port}" in answering.message and "firewall" in answering.message


def test_another_program_on_the_port_is_told_apart() -> None:
    class Other(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"some other program")

        def log_message(self, *args: object) -> None:
            pass

    other = ThreadingHTTPServer(("127.0.0.5", 0), Other)
    thread = threading.Thread(target=other.serve_forever, daemon=True)
    thread.start()
    try:
        found = diagnose("127.0.0.5", "127.0.0.5", other.server_address[1], "/_coprod/check/abc",
                         "abc", reachable=phones_can_use, firewall=no_firewall, timeout=2)
    finally:
        other.shutdown()
        other.server_close()
    answering = found.finding("answering")
    assert answering.status is Status.PROBLEM and "Another program answers" in answering.message


def test_a_working_address_passes_and_the_first_phone_is_noticed(
        watched: tuple[PhoneEnv, PhoneWatch]) -> None:
    env, watch = watched
    seen: list[PhoneSeen] = []
    watch.on_first_phone(seen.append)
    port = env.web.server.start("127.0.0.3", 0)
    found = diagnose("127.0.0.3", "127.0.0.3", port, watch.check_path, watch.nonce,
                     reachable=phones_can_use, firewall=no_firewall, timeout=2)
    assert found.ok, found.findings
    assert watch.first_phone is None  # the laptop's own check is not a phone

    with httpx.Client(base_url=f"http://127.0.0.3:{port}",
                      transport=httpx.HTTPTransport(local_address=LOOPBACK)) as laptop:
        assert laptop.get(f"/j/{env.token}").status_code == 200
    assert watch.first_phone is None  # nor is the laptop's own browser

    with httpx.Client(base_url=f"http://127.0.0.3:{port}",
                      transport=httpx.HTTPTransport(local_address=PHONE)) as phone:
        page = phone.get(PHONE_PATH)
        assert page.status_code == 200 and "This phone reached the laptop" in page.text
        assert phone.get(f"/j/{env.token}").status_code == 200  # the real join page, unchanged
    assert watch.first_phone is not None and len(seen) == 1  # told once, not per request

    watch.reset()
    assert watch.first_phone is None


def test_the_check_answers_only_its_own_nonce(watched: tuple[PhoneEnv, PhoneWatch]) -> None:
    env, watch = watched
    port = env.web.server.start("127.0.0.3", 0)
    with httpx.Client(base_url=f"http://127.0.0.3:{port}") as client:
        assert client.get(watch.check_path).text == watch.nonce
        assert client.get("/_coprod/check/guess").status_code == 404


def test_this_machines_firewall_is_read_without_error() -> None:
    report = detect_firewall(8800)
    assert report.state in set(FirewallState)
    assert report.summary
    if report.state is FirewallState.BLOCKS:
        assert "8800" in report.fix


def test_the_phone_check_page_speaks_the_phones_language(
        watched: tuple[PhoneEnv, PhoneWatch]) -> None:
    env, _watch = watched
    port = env.web.server.start("127.0.0.3", 0)
    with httpx.Client(base_url=f"http://127.0.0.3:{port}") as client:
        polish = client.get(PHONE_PATH, headers={"Accept-Language": "pl-PL,pl;q=0.9"})
        english = client.get(PHONE_PATH, headers={"Accept-Language": "en-GB"})
    assert "Ten telefon połączył się z laptopem" in polish.text and 'lang="pl"' in polish.text
    assert "This phone reached the laptop" in english.text
    assert polish.headers["content-type"].startswith("text/html")
