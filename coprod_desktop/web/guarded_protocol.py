"""uvicorn's HTTP/1.1 protocol with the limits a venue needs against one hostile device.

- A request's headers must arrive within `header_s` of its first byte (or of connecting), and its
  body within `body_s` after the headers: a device that sends a byte a minute is cut off.
- One address may hold at most `per_address` connections, and the server `total` in all; more
  are refused at once, so one device cannot take every place.
- uvicorn's own answers (a 400 for a malformed request, a 503 when full) carry the same security
  headers as the app's pages.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from coprod_desktop.web.security import SECURITY_HEADERS

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConnectionLimits:
    header_s: float = 10.0
    body_s: float = 20.0
    per_address: int = 200  # a room behind one venue router keeps well under this
    total: int = 1000


def _plain_answer(status: int, reason: bytes, text: bytes) -> bytes:
    lines = [b"HTTP/1.1 %d %s" % (status, reason), b"content-type: text/plain; charset=utf-8",
             b"content-length: %d" % len(text), b"connection: close", b"cache-control: no-store"]
    lines += [f"{name}: {value}".encode("latin-1") for name, value in SECURITY_HEADERS.items()]
    return b"\r\n".join(lines) + b"\r\n\r\n" + text


FULL = _plain_answer(503, b"Service Unavailable", b"The laptop is busy. Please try again.")


def guarded_protocol(limits: ConnectionLimits) -> type[H11Protocol]:
    """A protocol class for one server: its connection counts are shared by its connections."""
    per_address: dict[str, int] = {}
    warned: dict[str, float] = {}  # one line a minute per address, not one per refusal

    def warn(host: str, text: str) -> None:
        now = time.monotonic()
        if now - warned.get(host, -60.0) >= 60.0:
            if len(warned) > 10_000:
                warned.clear()
            warned[host] = now
            log.warning(text, host)

    class Guarded(H11Protocol):
        _timer: asyncio.TimerHandle | None = None
        _counted: str | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            host = self.client[0] if self.client else "unknown"
            if len(self.connections) > limits.total:
                warn("*", "Too many phone connections; refusing more for now (%s)")
                transport.write(FULL)
                transport.close()
                return
            if per_address.get(host, 0) >= limits.per_address:
                warn(host, "Too many connections from %s; refusing more from it for now")
                transport.abort()
                return
            per_address[host] = per_address.get(host, 0) + 1
            self._counted = host
            self._arm(limits.header_s)

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            if self._counted is not None:
                left = per_address.get(self._counted, 1) - 1
                if left > 0:
                    per_address[self._counted] = left
                else:
                    per_address.pop(self._counted, None)
                self._counted = None
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            if self.conn.their_state is h11.IDLE and self._timer is None:
                self._arm(limits.header_s)  # the first byte of a new request on a kept connection
            super().data_received(data)
            state = self.conn.their_state
            if state is h11.SEND_BODY and getattr(self, "_phase", "") != "body":
                self._arm(limits.body_s, "body")
            elif state not in (h11.IDLE, h11.SEND_BODY):
                self._disarm()

        def on_response_complete(self) -> None:
            self._disarm()
            super().on_response_complete()

        def send_400_response(self, msg: str) -> None:
            self._disarm()
            self.transport.write(_plain_answer(400, b"Bad Request", msg.encode("ascii")))
            self.transport.close()

        def _arm(self, seconds: float, phase: str = "header") -> None:
            self._disarm()
            self._phase = phase
            self._timer = self.loop.call_later(seconds, self._too_slow)

        def _disarm(self) -> None:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._phase = ""

        def _too_slow(self) -> None:
            self._timer = None
            if not self.transport.is_closing():
                log.info("Closed a connection from %s: its request was too slow (%s)",
                         self.client[0] if self.client else "unknown", self._phase)
                self.transport.abort()

    return Guarded

