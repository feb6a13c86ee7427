"""What every phone page handler needs: services through the bridge, reads, limits, templates."""

from __future__ import annotations

import asyncio
import functools
import logging
import re
import sqlite3
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from coprod_desktop.clock import Clock
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.paths import resource
from coprod_desktop.services import Services
from coprod_desktop.services.grouped_writes import run_together
from coprod_desktop.store.database import ProgrammeDatabase
from coprod_desktop.store.disk_errors import disk_problem
from coprod_desktop.store.phone_reader import PhoneReader
from coprod_desktop.store.readers import Readers
from coprod_desktop.store.snapshot import read_snapshot
from coprod_desktop.web import phone_i18n, templates_ahead
from coprod_desktop.web.bridge import WriteBridge
from coprod_desktop.web.form_body import form_fields
from coprod_desktop.web.handout_files import HandoutShelf
from coprod_desktop.web.once import KEY_FIELD, OnceKeys
from coprod_desktop.web.page_cache import Fixed, PageCache, once_key
from coprod_desktop.web.phone_messages import N_
from coprod_desktop.web.security import (
    COOKIE_MAX_AGE,
    PHONE_COOKIE,
    Csrf,
    Limits,
    RateLimiter,
    new_phone_token,
)
from coprod_desktop.web.state_cache import StateCache
from coprod_desktop.web.static_files import static_url
from coprod_desktop.web.write_groups import WriteGroups

T = TypeVar("T")
log = logging.getLogger(__name__)
_TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
# Values that differ for each phone and that templates only print: put into a kept page as it is
# sent (web/page_cache.py), so one page drawn serves every phone.
PERSONAL = ("csrf", "person", "returning")


class RateLimited(Exception):
    pass


class Disconnected(Exception):
    """The phone went away while sending: nobody is there to answer."""


class CannotSave(CoprodError):
    """The file could not take the write (a full disk, a disk error): nothing was saved."""

    def __init__(self) -> None:
        super().__init__(N_("The laptop cannot save right now: please tell the facilitator. "
                            "What you wrote is still here."))



# The boxes people type into on the phone pages: what a refused form had in them is shown back.
TYPED_FIELDS = ("name", "text", "question", "title", "contact_details", "access_needs",
                "word1", "word2", "word3")


class CsrfRefused(Exception):
    """A form whose token did not match this browser. `kept`: what was typed in it."""

    def __init__(self, kept: str = "") -> None:
        super().__init__("form token refused")
        self.kept = kept


class WrongContentType(Exception):
    pass


def templates(folder: Path | None = None) -> Environment:
    """A new environment for the phone pages (the shipped templates never change while the app
    runs, so a compiled one is not checked against its file again)."""
    env = phone_i18n.prepare(Environment(
        loader=FileSystemLoader(folder or resource("web", "templates")),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True, lstrip_blocks=True, auto_reload=False))
    env.globals["once_key"] = once_key  # a fresh one-time key for each form drawn
    env.globals["static"] = static_url
    return env


@dataclass
class WebContext:
    services: Services
    bridge: WriteBridge
    clock: Clock
    limits: Limits = field(default_factory=Limits)
    csrf: Csrf = field(default_factory=Csrf)
    env: Environment = field(default_factory=lambda: templates_ahead.shared(templates))
    handouts: HandoutShelf | None = None
    once: OnceKeys = field(default_factory=OnceKeys)
    state: StateCache = field(default_factory=StateCache)  # retired by the writer's changes
    pages: PageCache = field(default_factory=PageCache)
    limiter: RateLimiter = field(init=False)
    writes: WriteGroups = field(init=False)
    _local: threading.local = field(default_factory=threading.local, init=False)
    _connections: list[ProgrammeDatabase] = field(default_factory=list, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    _unsubscribe: Callable[[], object] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.limiter = RateLimiter(self.clock)
        services = self.services
        self.writes = WriteGroups(self.bridge, lambda calls: run_together(
            services.file.db, services.bus, calls))
        self._unsubscribe = self.services.bus.subscribe(self.state.changed)

    def read_db(self) -> ProgrammeDatabase:
        """This thread's read-only connection to the file (made on first use)."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = self.services.file.read_connection()
            with self._lock:
                self._connections.append(db)
        return db

    def snapshot(self) -> AbstractContextManager[ProgrammeDatabase]:
        """Hold this thread's reads to one state of the file (for answers that read several
        things); nested uses share the outer snapshot."""
        return read_snapshot(self.read_db())

    @property
    def reader(self) -> Readers:
        """This thread's readers' bundle over its read-only connection (made on first use)."""
        readers = getattr(self._local, "readers", None)
        if readers is None:
            readers = self._local.readers = Readers(self.read_db())
        return readers

    @property
    def phones(self) -> PhoneReader:
        return self.reader.phones

    async def write(self, call: Callable[[], T]) -> T:
        """Run a service call on the writer's thread and wait without blocking this loop. Calls
        that arrive while the writer is busy are saved together (web/write_groups.py), so `call`
        must not end the transaction itself (service methods never do).
        A write the disk refused is CannotSave, which pages show with the person's text kept."""
        try:
            return await asyncio.wrap_future(self.writes.submit(call))
        except sqlite3.Error as exc:
            if not disk_problem(exc):
                raise
            log.warning("A phone's change could not be saved: %s", exc)
            raise CannotSave from None

    def close(self) -> None:
        self._unsubscribe()
        with self._lock:
            for db in self._connections:
                db.close()
            self._connections.clear()


class Visit:
    """One request from a phone: its cookie, its address, and how to answer it."""

    def __init__(self, request: Request) -> None:
        self.request = request
        self.ctx: WebContext = request.app.state.web
        cookie = request.cookies.get(PHONE_COOKIE, "")
        self._token = cookie if _TOKEN_SHAPE.match(cookie) else ""
        self._set_cookie = False
        self.address = request.client.host if request.client else "unknown"
        limits, limiter = self.ctx.limits, self.ctx.limiter
        if self._token and not limiter.allow("request-phone", self._token,
                                             *limits.requests_per_phone):
            raise RateLimited
        if not limiter.allow("request", self.address, *limits.requests_per_address):
            raise RateLimited

    @property
    def phone_token(self) -> str:
        """The phone's own random token, made now if it has none yet."""
        if not self._token:
            self._token = new_phone_token()
            self._set_cookie = True
        return self._token

    @property
    def known_token(self) -> str:
        return self._token

    async def form(self) -> dict[str, str]:
        """The posted form, once its size, CSRF token and rate are checked."""
        content_type = self.request.headers.get("content-type", "").split(";")[0].strip()
        if content_type != "application/x-www-form-urlencoded":
            raise WrongContentType
        limits = self.ctx.limits
        for kind, who, (burst, rate) in (("phone", self._token or self.address,
                                          limits.writes_per_phone),
                                         ("write", self.address, limits.writes_per_address)):
            if not self.ctx.limiter.allow(kind, who, burst, rate):
                raise RateLimited
        try:
            body = await self.request.body()
        except ClientDisconnect:
            log.info("A phone at %s went away while sending %s", self.address,
                     self.request.url.path)
            raise Disconnected from None
        # Browsers send every line break in a text box as CRLF; people typed a new line.
        values = {k: v.replace("\r\n", "\n")
                  for k, v in form_fields(body, limits.form_fields).items()}
        if not self.ctx.csrf.check(self._token, values.get("csrf", "")):
            raise CsrfRefused("\n\n".join(values[k].strip() for k in TYPED_FIELDS
                                           if values.get(k, "").strip()))
        await self.ctx.once.claim(self.request, self._token or self.address,
                                  values.get(KEY_FIELD, ""))
        return values

    @functools.cached_property
    def language(self) -> str:
        """The phone's language, worked out once per request (a page asks for it many times)."""
        return phone_i18n.pick_language(self.request.headers.get("accept-language", ""))

    def t(self, text: str) -> str:
        """Fixed text from Python (a label, a message) in this phone's language."""
        return phone_i18n.translate(self.language, text)

    def colour_name(self, colour: str) -> str:
        return phone_i18n.colour_name(self.language, colour)

    def render(self, template: str, status: int = 200, fixed: Fixed | None = None,
               **values: Any) -> Response:
        """A page in the phone's language. Messages made in Python (the page title, an error, a
        flash, a message page's lines and link) are translated here; people's text never is.
        `fixed`: values the page shares with others that never change (already translated)."""
        values.setdefault("csrf", self.ctx.csrf.token(self.phone_token))
        values.setdefault("title", "Coprod")
        for key in ("title", "error", "flash", "link_text"):
            if isinstance(values.get(key), str) and values[key]:
                values[key] = self.t(values[key])
        if "lines" in values:
            values["lines"] = [self.t(line) for line in values["lines"]]
        env = phone_i18n.environment_for(self.language, self.ctx.env, templates)
        personal = {name: values.pop(name) for name in PERSONAL
                    if isinstance(values.get(name), str)}
        body = self.ctx.pages.render(env, template, values, personal, fixed)
        return self._finish(HTMLResponse(body, status_code=status))

    def redirect(self, url: str) -> Response:
        return self._finish(RedirectResponse(url, status_code=303))

    def _finish(self, response: Response) -> Response:
        if self._set_cookie:
            response.set_cookie(PHONE_COOKIE, self._token, max_age=COOKIE_MAX_AGE, path="/",
                                httponly=True, samesite="lax")
        return response
