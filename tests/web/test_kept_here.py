"""Whether a phone is in, kept between requests and read again after any change that could end it.

The phone server keeps the answer to "who is this phone, and is it still in" (web/views.py
find_here) until a change touches a table it was read from. These tests run the real server on
127.0.0.1, watch every statement its read connection runs, and change the file through the
services as the console would.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.web.phone_helpers import PhoneEnv, csrf_of


class Watched:
    """A phone on the real server, and the statements the server's read connections run."""

    def __init__(self, env: PhoneEnv) -> None:
        self.env = env
        self.base = env.web.server.url()
        self.phone = httpx.Client(base_url=self.base, follow_redirects=False, timeout=10)
        self.statements: list[str] = []

    def sign_in(self, name: str) -> None:
        page = self.phone.get(f"/j/{self.env.token}")
        sent = self.phone.post(f"/j/{self.env.token}", data={
            "csrf": csrf_of(page.text), "name": name, "name_in_handouts": "no"})
        assert sent.status_code == 303

    def watch(self) -> None:
        """From now on, note what the server reads (its connections are made on first use)."""
        for db in self.env.web.context._connections:
            db.conn.set_trace_callback(self.statements.append)

    def home(self) -> httpx.Response:
        self.statements.clear()
        return self.phone.get("/home")


@pytest.fixture
def watched(phone_env: PhoneEnv) -> Iterator[Watched]:
    phone_env.web.server.start("127.0.0.1", 0)
    phone_env.run(lambda: phone_env.services.phones.set_notes_open(phone_env.session_id, True))
    watched = Watched(phone_env)
    try:
        yield watched
    finally:
        watched.phone.close()
        phone_env.web.server.stop()


def _person(env: PhoneEnv, name: str) -> int:
    return env.run(lambda: next(p.id for p in env.services.read.attendees() if p.name == name))


def _reads_signed_in(statements: list[str]) -> bool:
    return any("FROM phone_device" in sql for sql in statements)


def test_a_phone_that_is_in_is_answered_without_reading_the_file(watched: Watched) -> None:
    watched.sign_in("Priya")
    assert watched.home().status_code == 200
    watched.watch()
    again = watched.home()
    assert again.status_code == 200 and "Priya" in again.text
    assert watched.statements == []
    # A phone's note touches the board, not whether anyone is in: still nothing read.
    posted = watched.phone.post("/note", data={"csrf": csrf_of(again.text), "text": "Hi"})
    assert posted.status_code == 303
    assert watched.home().status_code == 200 and not _reads_signed_in(watched.statements)


def test_signing_the_person_out_is_read_at_the_next_request(watched: Watched) -> None:
    env = watched.env
    watched.sign_in("Priya")
    assert watched.home().status_code == 200
    watched.watch()
    person = _person(env, "Priya")
    env.run(lambda: env.services.people.sign_out_attendee(env.session_id, person))
    refused = watched.home()
    assert refused.status_code == 403 and "Priya" not in refused.text
    assert _reads_signed_in(watched.statements)


def test_a_phone_whose_person_is_erased_is_refused_at_the_next_request(watched: Watched) -> None:
    env = watched.env
    watched.sign_in("Priya")
    assert "Priya" in watched.home().text
    person = _person(env, "Priya")
    env.run(lambda: env.services.erase.erase(person))
    refused = watched.home()
    assert refused.status_code == 403 and "Priya" not in refused.text


def test_a_merged_person_s_phone_shows_the_name_kept(watched: Watched) -> None:
    env = watched.env
    watched.sign_in("Pri")
    assert "Pri" in watched.home().text
    kept = int(env.run(lambda: env.services.people.add_attendee(
        "Priya Kaur", "parent_carer")).new_id or 0)
    dropped = _person(env, "Pri")
    env.run(lambda: env.services.merge.merge_attendees(kept, dropped))
    home = watched.home()
    assert home.status_code == 200 and "Priya Kaur" in home.text


def test_closing_the_room_refuses_a_phone_that_was_in(watched: Watched) -> None:
    env = watched.env
    watched.sign_in("Priya")
    assert watched.home().status_code == 200
    env.run(lambda: env.services.phones.end_for_phones(env.session_id))
    assert watched.home().status_code == 403
    assert watched.phone.get("/state.json").json() == {"signed_in": False}
