"""A thin layer in front of the phone app: it answers the doctor's own check and notices the first
phone that reaches the laptop.

Two addresses of its own, both outside the app's routes:
- `/_coprod/check/<nonce>` answers the nonce, so a request from the laptop to its own Wi-Fi address
  proves that *this* server answers there (not another program on the same port);
- `/_coprod/phone` is a plain page a facilitator opens on their own phone ("Test with my phone").

Any request from an address that is not the laptop's own (a phone on the room's network) is noted
once, with its time, for the console to show. Nothing about the phone is kept beyond that moment.
"""

from __future__ import annotations

import html
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Receive, Scope, Send

from coprod_desktop.web import phone_i18n
from coprod_desktop.web.addresses import local_addresses
from coprod_desktop.web.phone_messages import N_
from coprod_desktop.web.server import PhoneServer

CHECK_PREFIX = "/_coprod/check/"
PHONE_PATH = "/_coprod/phone"

PHONE_TITLE = N_("This phone reached the laptop")
PHONE_LINE = N_("Phones on this Wi-Fi can sign in. You can close this page.")
PHONE_PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>body{{font:1.3rem/1.5 system-ui,sans-serif;margin:2rem;color:#111;background:#fff}}
h1{{font-size:1.8rem}}</style></head>
<body><h1>{title}</h1>
<p>{line}</p></body></html>
"""


def phone_page(accept_language: str) -> str:
    """The "Test with my phone" page, in the phone's language (our own fixed words only)."""
    code = phone_i18n.pick_language(accept_language)
    return PHONE_PAGE.format(lang=html.escape(code), title=html.escape(
        phone_i18n.translate(code, PHONE_TITLE)), line=html.escape(
        phone_i18n.translate(code, PHONE_LINE)))


class OwnAddresses:
    """Is this the laptop itself? Loopback, or an address its adapters have (looked up again at
    most every `refresh` seconds, as the laptop may change network)."""

    def __init__(self, refresh: float = 30.0) -> None:
        self._refresh = refresh
        self._known: frozenset[str] = frozenset()
        self._checked = float("-inf")

    def __call__(self, ip: str) -> bool:
        if ip.startswith("127.") or ip == "::1":
            return True
        now = time.monotonic()
        if now - self._checked > self._refresh:
            self._known = frozenset(a.ip for a in local_addresses())
            self._checked = now
        return ip in self._known


@dataclass(frozen=True)
class PhoneSeen:
    at: float  # time.time() when the first phone's request came


class PhoneWatch:
    """Wraps the phone app. Thread-safe: the server thread writes, the GUI thread reads."""

    def __init__(self, app: ASGIApp, is_own: Callable[[str], bool] | None = None,
                 wall_clock: Callable[[], float] = time.time) -> None:
        self.app = app
        self.nonce = secrets.token_urlsafe(16)
        self._is_own = is_own or OwnAddresses()
        self._clock = wall_clock
        self._lock = threading.Lock()
        self._first: PhoneSeen | None = None
        self._listeners: list[Callable[[PhoneSeen], None]] = []

    @property
    def check_path(self) -> str:
        return CHECK_PREFIX + self.nonce

    @property
    def first_phone(self) -> PhoneSeen | None:
        with self._lock:
            return self._first

    def reset(self) -> None:
        """Wait for a phone again (a new test)."""
        with self._lock:
            self._first = None

    def on_first_phone(self, listener: Callable[[PhoneSeen], None]) -> None:
        """Called once per reset, on the server's thread, when a phone first reaches the app."""
        self._listeners.append(listener)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", ""))
        if path.startswith(CHECK_PREFIX):
            answer = self.nonce if path == self.check_path else ""
            await _plain(send, 200 if answer else 404, answer, "text/plain; charset=utf-8")
            return
        client = scope.get("client")
        if client and not self._is_own(str(client[0])):
            self._note_phone()
        if path == PHONE_PATH:
            headers = dict(scope.get("headers") or [])
            language = headers.get(b"accept-language", b"").decode("latin-1")
            await _plain(send, 200, phone_page(language), "text/html; charset=utf-8")
            return
        await self.app(scope, receive, send)

    def _note_phone(self) -> None:
        with self._lock:
            if self._first is not None:
                return
            self._first = seen = PhoneSeen(self._clock())
            listeners = list(self._listeners)
        for listener in listeners:
            listener(seen)


async def _plain(send: Send, status: int, body: str, content_type: str) -> None:
    data = body.encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", content_type.encode()),
                            (b"content-length", str(len(data)).encode()),
                            (b"cache-control", b"no-store"),
                            (b"x-content-type-options", b"nosniff")]})
    await send({"type": "http.response.body", "body": data})


def watch_server(server: PhoneServer, is_own: Callable[[str], bool] | None = None) -> PhoneWatch:
    """Put a PhoneWatch in front of the server's app (once; before it starts listening)."""
    if isinstance(server.app, PhoneWatch):
        return server.app
    if server.running:
        raise RuntimeError("watch the phone server before it starts")
    watch = PhoneWatch(server.app, is_own)
    server.app = watch
    return watch
