"""Could a phone reach the laptop? The doctor's checks, each a plain finding with what to do.

1. Listening: the server listens on the address the join link gives phones (not only on
   127.0.0.1, which no phone can reach).
2. Answering: a request from the laptop to that address and port gets this server's own answer
   (the nonce of `PhoneWatch`), not silence (something drops the connection), a refusal (nothing
   listens there) or another program's answer.
3. Firewall: what the operating system's firewall says about incoming connections (see
   `firewall.py`), with the exact fix.

No Qt here: the console runs `diagnose` on a worker thread and shows the findings. Each finding's
words are messages as data (domain.said.Said, English text with its catalogue key and values), so
the console shows them in the interface's language (gui/kit/said_text.said).
"""

from __future__ import annotations

import http.client
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_
from coprod_desktop.web.addresses import not_loopback
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


def check_listening(bound: str, address: str,
                    reachable: Callable[[str], bool] = not_loopback) -> Finding:
    """Is the server bound where phones are sent? `bound` is the host it listens on."""
    if not reachable(address):
        return Finding("listening", Status.PROBLEM,
                       Said.of(N_("The join link uses %(address)s, which only this laptop can "
                                  "reach."), address=address),
                       N_("Join the venue Wi-Fi or turn on the laptop's hotspot, choose the Wi-Fi "
                          "address under Address, then open sign-in again."))
    if bound in ("0.0.0.0", "", address):
        return Finding("listening", Status.OK,
                       Said.of(N_("Sign-in is listening on %(address)s."), address=address))
    return Finding("listening", Status.PROBLEM,
                   Said.of(N_("Sign-in is listening on %(bound)s only, but phones are sent to "
                              "%(address)s."), bound=bound, address=address),
                   Said.of(N_("Close sign-in, choose %(address)s under Address, then open sign-in "
                              "again."), address=address))


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
                       Said.of(N_("Nothing answers at %(where)s: sign-in is not listening on that "
                                  "address."), where=where),
                       N_("Close sign-in and open it again on the address phones use."))
    except TimeoutError:
        return Finding("answering", Status.PROBLEM,
                       Said.of(N_("Connections to %(where)s get no answer within %(seconds)s "
                                  "seconds: something on this laptop (a firewall or security "
                                  "software) is blocking port %(port)s."),
                               where=where, seconds=f"{timeout:g}", port=str(port)),
                       N_("See the firewall line below, or try another port."))
    except OSError as exc:
        return Finding("answering", Status.PROBLEM,
                       Said.of(N_("This laptop cannot reach %(where)s (%(reason)s)."),
                               where=where, reason=str(exc.strerror or exc)),
                       N_("Check the laptop is still on the Wi-Fi, then open sign-in again."))
    finally:
        connection.close()
    if response.status == 200 and body == nonce:
        return Finding("answering", Status.OK,
                       Said.of(N_("Sign-in answers at %(where)s."), where=where))
    return Finding("answering", Status.PROBLEM,
                   Said.of(N_("Another program answers at %(where)s, not Coprod Desktop."),
                           where=where),
                   N_("Close sign-in, choose another port, then open sign-in again."))


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
