"""Helpers for the phone server tests: the programme file lives on a writer thread, as in the app."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from starlette.testclient import TestClient

from coprod_desktop.clock import FakeClock
from coprod_desktop.services import Services
from coprod_desktop.store.phone_reader import PhoneReader
from coprod_desktop.store.programme_file import ProgrammeFile
from coprod_desktop.web.phone_web import PhoneWeb
from coprod_desktop.web.security import Limits
from coprod_desktop.web.thread_bridge import ThreadBridge

CSRF = re.compile(r'name="csrf" value="([0-9a-f]+)"')


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "the page has no form token"
    return found.group(1)


@dataclass
class PhoneEnv:
    services: Services
    bridge: ThreadBridge
    web: PhoneWeb
    session_id: int
    clock: FakeClock
    clients: list[TestClient] = field(default_factory=list)

    def run(self, call):
        return self.bridge.call(call)

    @property
    def token(self) -> str:
        room = self.run(lambda: PhoneReader(self.services.file.db).room(self.session_id))
        return room.token

    def client(self, address: str = "testclient") -> TestClient:
        client = TestClient(self.web.app, base_url="http://testserver", follow_redirects=False,
                            raise_server_exceptions=False, client=(address, 50000))
        self.clients.append(client)
        return client

    def signed_in(self, name: str = "Priya", group: str = "parent_carer",
                  address: str = "testclient", **choices: str) -> TestClient:
        """A phone that joined (name only), then said its group and any other choices on the
        "about you" step, as a person would."""
        client = self.client(address)
        page = client.get(f"/j/{self.token}")
        response = client.post(f"/j/{self.token}", data={
            "csrf": csrf_of(page.text), "name": name,
            "name_in_handouts": choices.pop("name_in_handouts", "no")})
        assert response.status_code == 303, response.text
        about = client.get("/about-you")
        saved = client.post("/about-you/choices", data={
            "csrf": csrf_of(about.text), "group": group, **choices})
        assert saved.status_code == 303, saved.text
        return client

    def notes(self) -> list:
        return self.run(lambda: self.services.read.notes(self.session_id))


def make_env(path: Path, clock: FakeClock, limits: Limits | None = None) -> Iterator[PhoneEnv]:
    bridge = ThreadBridge()

    def setup() -> tuple[Services, int]:
        services = Services(ProgrammeFile.create(path), clock)
        services.programme.create_programme("Ashbrook SEND forum")
        sid = int(services.sessions.create_session(
            "Discovery workshop", "2026-03-03", kind="discovery").new_id or 0)
        services.phones.open_sign_in(sid)
        return services, sid

    services, sid = bridge.call(setup)
    web = PhoneWeb(services, bridge, clock, limits)
    env = PhoneEnv(services, bridge, web, sid, clock)
    try:
        yield env
    finally:
        for client in env.clients:
            client.close()
        web.close()
        bridge.call(services.close)
        bridge.shutdown()
