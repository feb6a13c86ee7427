"""What keeps the phone pages safe: cookies, CSRF tokens, rate limits, size limits, headers."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from coprod_desktop.clock import Clock

PHONE_COOKIE = "coprod_phone"
COOKIE_MAX_AGE = 180 * 24 * 3600  # a programme lasts up to a few months

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",  # the join link must not leak in a Referer header
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}
_RAW_SECURITY_HEADERS = [(name.encode("latin-1"), value.encode("latin-1"))
                         for name, value in SECURITY_HEADERS.items()]
_OURS = frozenset(name for name, _ in _RAW_SECURITY_HEADERS)
_NO_STORE = (b"cache-control", b"no-store")


# The one cap a phone's browser puts on what is typed: the long boxes (a note, access needs) take
# up to this many characters, more than the 2,000 the laptop accepts, so a paste that is too long
# is refused in words with all of it kept in the box, yet always fits in Limits.body_bytes (a
# character sent from a form is at most 12 bytes, a percent-encoded 4-byte one). The short boxes
# have no cap: the laptop refuses what is too long and keeps it.
PASTE_MAX = 2500


@dataclass(frozen=True)
class Limits:
    """Sizes and rates. Generous for a room of people, tight enough to stop a script."""

    body_bytes: int = 32 * 1024  # a 2,000-character note, percent-encoded, fits
    form_fields: int = 40
    # Token buckets: (burst, refill per second). A phone is known by its cookie first; the
    # address limits are for a whole room behind one venue router (60 phones polling every 5 s
    # is 12 requests a second), so only a script reaches them.
    requests_per_phone: tuple[float, float] = (120, 2.0)
    writes_per_phone: tuple[float, float] = (20, 0.25)
    requests_per_address: tuple[float, float] = (1500, 25.0)
    writes_per_address: tuple[float, float] = (400, 4.0)
    # Wrong short codes from one address: 30 at once, then one every 5 s (see docs).
    code_guesses_per_address: tuple[float, float] = (30, 0.2)


def plain_number(text: str, max_digits: int = 12) -> int | None:
    """A whole number written with ASCII digits only ('²', '①' and '٣' are not numbers here)."""
    if not 0 < len(text) <= max_digits or not text.isascii() or not text.isdigit():
        return None
    return int(text)


def new_phone_token() -> str:
    return secrets.token_urlsafe(24)


class Csrf:
    """A form token tied to the phone's cookie: a page elsewhere cannot read it, so cannot post."""

    def __init__(self, secret: bytes | None = None) -> None:
        self._secret = secret or secrets.token_bytes(32)  # the app passes the file's own key

    def token(self, phone_token: str) -> str:
        return hmac.new(self._secret, phone_token.encode(), hashlib.sha256).hexdigest()[:40]

    def check(self, phone_token: str, submitted: str) -> bool:
        return bool(phone_token) and hmac.compare_digest(self.token(phone_token),
                                                         (submitted or "")[:64])


@dataclass
class _Bucket:
    tokens: float
    at: float


@dataclass
class RateLimiter:
    """Token buckets keyed by (kind, who). Uses the injected clock, so tests need no sleeping."""

    clock: Clock
    buckets: dict[tuple[str, str], _Bucket] = field(default_factory=dict)
    max_keys: int = 20_000

    def allow(self, kind: str, who: str, burst: float, per_second: float) -> bool:
        now = self.clock.monotonic()
        key = (kind, who)
        bucket = self.buckets.get(key)
        if bucket is None:
            if len(self.buckets) >= self.max_keys:
                self._forget_idle(now)
            bucket = self.buckets[key] = _Bucket(burst, now)
        bucket.tokens = min(burst, bucket.tokens + (now - bucket.at) * per_second)
        bucket.at = now
        if bucket.tokens < 1:
            return False
        bucket.tokens -= 1
        return True

    def _forget_idle(self, now: float) -> None:
        for key in [k for k, b in self.buckets.items() if now - b.at > 600]:
            del self.buckets[key]
        if len(self.buckets) >= self.max_keys:
            self.buckets.clear()


class BodyLimit:
    """Refuse a request body larger than `limit` bytes, whether or not it says its length."""

    def __init__(self, app: ASGIApp, limit: int, refuse: ASGIApp) -> None:
        self.app, self.limit, self.refuse = app, limit, refuse

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        length = plain_number(declared.decode("latin-1"), 18) if declared is not None else None
        if declared is not None and (length is None or length > self.limit):
            await self.refuse(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise BodyTooLarge
            return message

        await self.app(scope, counted, send)


class BodyTooLarge(Exception):
    pass


class SecurityHeaders:
    """Add the security headers to every response, including error pages and static files."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                # Raw pairs, as the response holds them: ours replace any of the same name.
                kept = [(name, value) for name, value in message.get("headers", ())
                        if name.lower() not in _OURS]
                if not any(name.lower() == b"cache-control" for name, _ in kept):
                    kept.append(_NO_STORE)
                message["headers"] = kept + _RAW_SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, with_headers)
