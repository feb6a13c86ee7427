"""One-time form keys: a second tap, a resent form or Back-and-send-again creates nothing new.

Every form a phone page draws carries a fresh random key. The first post with a key does the
work; a post that comes while it runs waits for it, and any later post with the same key gets
the first answer (the page it was sent on to) without touching the file. A post that was refused
(a mistake to correct, the laptop could not save) frees its key, so sending again tries again.
Keys are kept in memory, the newest 50,000, and only for the phone that was given them.
"""

from __future__ import annotations

import asyncio
import base64
import re
import secrets
from collections import OrderedDict
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

KEY_FIELD = "once"
_KEY_SHAPE = re.compile(r"^[A-Za-z0-9_-]{16,43}$")


def new_key() -> str:
    return secrets.token_urlsafe(16)


def new_keys(count: int) -> list[str]:
    """`count` keys as new_key() makes them, from one draw of the system's random source."""
    drawn = secrets.token_bytes(16 * count)
    return [base64.urlsafe_b64encode(drawn[at:at + 16]).rstrip(b"=").decode("ascii")
            for at in range(0, len(drawn), 16)]


class Repeated(Exception):
    """This form was sent before and did its work; answer as the first time."""

    def __init__(self, location: str) -> None:
        super().__init__(location)
        self.location = location


class OnceKeys:
    def __init__(self, keep: int = 50_000) -> None:
        self.keep = keep
        self._done: OrderedDict[str, str] = OrderedDict()
        self._running: dict[str, object] = {}  # key → the post now doing its work

    async def claim(self, request: Request, who: str, key: str) -> None:
        """Let this post do its work, or raise Repeated with the first post's answer."""
        if not who or not _KEY_SHAPE.match(key or ""):
            return  # an old page without a key: nothing to compare with
        full, mine = f"{who}:{key}", object()
        while True:
            if full in self._done:
                raise Repeated(self._done[full])
            if self._running.setdefault(full, mine) is mine:
                break
            await asyncio.sleep(0.02)  # the first tap is still being saved: wait for its answer
        request.state.once_key = full

    def finish(self, request: Request, response: Response | None) -> None:
        full = getattr(request.state, "once_key", None)
        if full is None:
            return
        request.state.once_key = None
        if response is not None and response.status_code == 303:
            self._done[full] = response.headers["location"]
            while len(self._done) > self.keep:
                self._done.popitem(last=False)
        self._running.pop(full, None)


def guarded(keys: Callable[[Request], OnceKeys],
            endpoint: Callable[[Request], Awaitable[Response]]
            ) -> Callable[[Request], Awaitable[Response]]:
    """A POST handler whose form key is settled however it ends (done, refused or failed)."""

    async def run(request: Request) -> Response:
        response: Response | None = None
        try:
            response = await endpoint(request)
        except Repeated as again:
            return RedirectResponse(again.location, status_code=303)
        finally:
            keys(request).finish(request, response)
        return response

    return run
