"""Fixed loopback ports for the benchmarks, so a run can be repeated; the next free one if taken."""

from __future__ import annotations

import socket


def free_port(first: int, tries: int = 40, host: str = "127.0.0.1") -> int:
    """The first port from `first` on `host` that nobody is listening on."""
    for port in range(first, first + tries):
        probe = socket.socket()
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            continue
        finally:
            probe.close()
        return port
    raise SystemExit(f"no free port from {first} to {first + tries - 1} on {host}")
