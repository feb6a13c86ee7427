"""Everything the phone side needs, put together: context, app and server over one programme."""

from __future__ import annotations

import secrets

from coprod_desktop.clock import Clock, SystemClock
from coprod_desktop.services import Services
from coprod_desktop.store.phone_reader import PhoneReader
from coprod_desktop.web import templates_ahead
from coprod_desktop.web.app import build_app
from coprod_desktop.web.bridge import WriteBridge
from coprod_desktop.web.context import WebContext, templates
from coprod_desktop.web.handout_files import HandoutShelf
from coprod_desktop.web.security import Csrf, Limits
from coprod_desktop.web.server import PhoneServer


class PhoneWeb:
    """The phone server for one open programme. Build it on the thread that owns the file."""

    def __init__(self, services: Services, bridge: WriteBridge, clock: Clock | None = None,
                 limits: Limits | None = None) -> None:
        self.services = services
        self.handouts = HandoutShelf(services)
        self.context = WebContext(services, bridge, clock or SystemClock(), limits or Limits(),
                                  csrf=Csrf(self._form_secret(services, bridge)),
                                  handouts=self.handouts)
        self.app = build_app(self.context)
        self.server = PhoneServer(self.app)
        self.templates_compiled = templates_ahead.compile_ahead(self.context.env, templates)

    @staticmethod
    def _form_secret(services: Services, bridge: WriteBridge) -> bytes:
        """The file's key for form tokens; a new one is kept by the writer (not waited for)."""
        db = services.file.read_connection()
        try:
            secret = PhoneReader(db).web_secret()
        finally:
            db.close()
        if secret is None:
            secret = secrets.token_bytes(32)
            bridge.submit(lambda: services.phones.keep_web_secret(secret))
        return secret

    def join_url(self, address: str, token: str) -> str:
        return f"{self.server.url(address)}/j/{token}"

    def download_url(self, address: str, token: str) -> str:
        """The page behind the projector's "today's notes" code."""
        return f"{self.join_url(address, token)}/notes"

    def close(self) -> None:
        self.server.stop()
        self.context.close()
        self.handouts.close()
