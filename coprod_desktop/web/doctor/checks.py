"""Could a phone reach the laptop? The doctor's checks, each a plain finding with what to do.

1. Listening: the server listens on the address the join link gives phones (not only on
   127.0.0.1, which no phone can reach).
2. Answering: a request from the laptop to that address and port gets this server's own answer
   (the nonce of `PhoneWatch`), not silence (something drops the connection), a refusal (nothing
   listens there) or another program's answer.
3. Firewall: what the operating system's firewall says about incoming connections (see
   `firewall.py`), with the exact fix.

No Qt here: the console runs `diagnose` on a worker thread and shows the findings.
"""

from __future__ import annotations

import http.client
import ipaddress
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from coprod_desktop.web.doctor.firewall import FirewallReport, FirewallState, detect_firewall


class Status(Enum):
    OK = "ok"
    PROBLEM = "problem"
    UNSURE = "unsure"


@dataclass(frozen=True)
class Finding:
    key: str  # "listening", "answering" or "firewall"
    status: Status
    message: str
    fix: str = ""


@dataclass(frozen=True)
class Diagnosis:
    address: str
    port: int
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return all(f.status is Status.OK for f in self.findings)

    @property
    def problems(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.status is Status.PROBLEM)

    def finding(self, key: str) -> Finding:
        return next(f for f in self.findings if f.key == key)


def not_loopback(ip: str) -> bool:
    """Could a phone use this address at all? Not if it is this laptop's loopback."""
    try:
        return not ipaddress.ip_address(ip).is_loopback
    except ValueError:
        return False


def check_listening(bound: str, address: str,
                    reachable: Callable[[str], bool] = not_loopback) -> Finding:
    """Is the server bound where phones are sent? `bound` is the host it listens on."""
    if not reachable(address):
        return Finding("listening", Status.PROBLEM,
                       f"The join link uses {address}, which only this laptop can reach.",
                       "Join the venue Wi-Fi or turn on the laptop's hotspot, choose the Wi-Fi "
                       "address under Address, then open sign-in again.")
    if bound in ("0.0.0.0", "", address):
        return Finding("listening", Status.OK, f"Sign-in is listening on {address}.")
    return Finding("listening", Status.PROBLEM,
                   f"Sign-in is listening on {bound} only, but phones are sent to {address}.",
                   f"Close sign-in, choose {address} under Address, then open sign-in again.")


def check_answering(address: str, port: int, check_path: str, nonce: str,
                    timeout: float = 3.0) -> Finding:
    """Ask our own server, at the address phones use, for the doctor's nonce."""
    where = f"{address}:{port}"
    connection = http.client.HTTPConnection(address, port, timeout=timeout)
    try:
        connection.request("GET", check_path, headers={"Connection": "close"})
        response = connection.getresponse()
        body = response.read(200).decode("utf-8", "replace")
    except ConnectionRefusedError:
        return Finding("answering", Status.PROBLEM,
                       f"Nothing answers at {where}: sign-in is not listening on that address.",
                       "Close sign-in and open it again on the address phones use.")
    except TimeoutError:
        return Finding("answering", Status.PROBLEM,
                       f"Connections to {where} get no answer within {timeout:g} seconds: "
                       "something on this laptop (a firewall or security software) is blocking "
                       f"port {port}.",
                       "See the firewall line below, or try another port.")
    except OSError as exc:
        return Finding("answering", Status.PROBLEM,
                       f"This laptop cannot reach {where} ({exc.strerror or exc}).",
                       "Check the laptop is still on the Wi-Fi, then open sign-in again.")
    finally:
        connection.close()
    if response.status == 200 and body == nonce:
        return Finding("answering", Status.OK, f"Sign-in answers at {where}.")
    return Finding("answering", Status.PROBLEM,
                   f"Another program answers at {where}, not Coprod Desktop.",
                   "Close sign-in, choose another port, then open sign-in again.")


def check_firewall(report: FirewallReport) -> Finding:
    if report.state in (FirewallState.OFF, FirewallState.ALLOWS, FirewallState.NONE):
        return Finding("firewall", Status.OK, report.summary)
    if report.state is FirewallState.BLOCKS:
        return Finding("firewall", Status.PROBLEM, report.summary, report.fix)
    return Finding("firewall", Status.UNSURE, report.summary, report.fix)


def diagnose(bound: str, address: str, port: int, check_path: str, nonce: str, *,
             reachable: Callable[[str], bool] = not_loopback,
             firewall: Callable[[int], FirewallReport] = detect_firewall,
             timeout: float = 3.0) -> Diagnosis:
    """All three checks for a server bound to `bound`:`port`, phones sent to `address`."""
    listening = check_listening(bound, address, reachable)
    answering = check_answering(address, port, check_path, nonce, timeout)
    return Diagnosis(address, port, (listening, answering, check_firewall(firewall(port))))
