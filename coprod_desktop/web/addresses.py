"""The laptop's own addresses on the room's network, found without the internet.

Phones reach the laptop by one of its local IPv4 addresses (venue Wi-Fi or the laptop's hotspot).
We ask the operating system for its network adapters through `ifaddr` (the same calls on Windows,
macOS and Linux), and add the addresses the host name resolves to. Nothing is sent on the network.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass

import ifaddr

from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_

# Shown in the console (translated there with _(); `coprod serve` prints the English).
LOOPBACK_WARNING = N_("This laptop is not on a network: phones cannot reach it. Join the venue "
                      "Wi-Fi or turn on the laptop's hotspot, then choose its address.")


DEFAULT_PORT = 8800  # the phone server's port unless the programme keeps another


@dataclass(frozen=True)
class LocalAddress:
    ip: str
    interface: str = ""

    @property
    def loopback(self) -> bool:
        return ipaddress.IPv4Address(self.ip).is_loopback

    @property
    def label(self) -> str:
        """'192.168.1.23 (Wi-Fi)'; the loopback's words are a message as data (a Said), shown in
        the interface's language by the console (gui/kit/said_text.said)."""
        if self.loopback:
            return Said.of(N_("%(ip)s (this laptop only)"), ip=self.ip)
        return f"{self.ip} ({self.interface})" if self.interface else self.ip


def from_adapters(adapters: Iterable[ifaddr.Adapter]) -> list[LocalAddress]:
    """The IPv4 addresses of the given adapters, each named as the system shows it."""
    found = []
    for adapter in adapters:
        name = str(adapter.nice_name or adapter.name or "")
        for ip in adapter.ips:
            if isinstance(ip.ip, str):  # IPv4; IPv6 addresses come as tuples
                found.append(LocalAddress(ip.ip, name))
    return found


def _from_adapters() -> list[LocalAddress]:
    try:
        return from_adapters(ifaddr.get_adapters())
    except (OSError, ValueError):
        return []


def _from_host_name() -> list[LocalAddress]:
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        return []
    return [LocalAddress(str(info[4][0])) for info in infos]


def _rank(address: LocalAddress) -> tuple[int, str]:
    ip = ipaddress.IPv4Address(address.ip)
    if ip.is_loopback:
        return (3, address.ip)
    if ip.is_link_local:
        return (2, address.ip)
    return (0 if ip.is_private else 1, address.ip)


def order(addresses: list[LocalAddress]) -> list[LocalAddress]:
    """Unique addresses, the likeliest room network first, loopback always present and last."""
    seen: dict[str, LocalAddress] = {}
    for address in [*addresses, LocalAddress("127.0.0.1", "lo")]:
        try:
            ipaddress.IPv4Address(address.ip)
        except ValueError:
            continue
        if address.ip not in seen or (address.interface and not seen[address.ip].interface):
            seen[address.ip] = address
    return sorted(seen.values(), key=_rank)


def local_addresses() -> list[LocalAddress]:
    return order(_from_adapters() + _from_host_name())


def not_loopback(ip: str) -> bool:
    """Could a phone use this address at all? Not if it is this laptop's loopback."""
    try:
        return not ipaddress.ip_address(ip).is_loopback
    except ValueError:
        return False


def only_loopback(addresses: list[LocalAddress]) -> bool:
    return all(a.loopback for a in addresses)
