"""Phone pages answered from kept state: kept until a change, never for a phone no longer in.

The phone server keeps what its pages read (web/state_cache.py) and the pages it drew
(web/page_cache.py). These tests make a phone read its pages (so they are kept), change the file
through the services as the console would, and read again.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database
from starlette.testclient import TestClient

from coprod_desktop.domain.phones import device_hash
from coprod_desktop.store.agenda_reader import AgendaReader
from coprod_desktop.store.board_reader import BoardReader
from coprod_desktop.store.phone_reader import PhoneReader
from coprod_desktop.store.phone_story_reader import PhoneStoryReader
from coprod_desktop.store.poll_reader import PollReader
from coprod_desktop.store.privacy_reader import PrivacyReader
from coprod_desktop.store.reader import Reader
from coprod_desktop.store.snapshot import open_read_only
from coprod_desktop.web.state_cache import (
    AGENDA_TABLES,
    PERSON_TABLES,
    POLL_TABLES,
    PRIVACY_TABLES,
    ROOM_TABLES,
    SESSION_TABLES,
    SIGNED_IN_TABLES,
    STORY_TABLES,
    VOTE_TABLES,
)
from tests.web.phone_helpers import PhoneEnv, csrf_of

ONCE = re.compile(r'name="once" value="([A-Za-z0-9_-]+)"')


def _person_id(env: PhoneEnv, name: str) -> int:
    return env.run(lambda: next(p.id for p in env.services.read.attendees() if p.name == name))


def _read_twice(client: TestClient, path: str = "/home") -> str:
    first = client.get(path)
    second = client.get(path)
    assert first.status_code == second.status_code == 200
    return second.text


def test_a_phone_signed_out_by_the_facilitator_is_refused_at_once(phone_env: PhoneEnv) -> None:
    phone_env.run(lambda: phone_env.services.phones.set_notes_open(phone_env.session_id, True))
    client = phone_env.signed_in("Priya")
    home = _read_twice(client)
    assert "Priya" in home and client.get("/state.json").json()["signed_in"] is True
    person = _person_id(phone_env, "Priya")
    phone_env.run(lambda: phone_env.services.people.sign_out_attendee(phone_env.session_id,
                                                                      person))
    refused = client.get("/home")
    assert refused.status_code == 403 and "Priya" not in refused.text
    assert client.get("/state.json").json() == {"signed_in": False}
    posted = client.post("/note", data={"csrf": csrf_of(home), "text": "After I was let go"})
    assert posted.status_code == 403
    assert phone_env.notes() == []


def test_a_replaced_join_link_is_refused_once_it_was_kept(phone_env: PhoneEnv) -> None:
    old = phone_env.token
    newcomer = phone_env.client("10.0.0.8")
    page = newcomer.get(f"/j/{old}")
    assert page.status_code == 200 and newcomer.get(f"/j/{old}").status_code == 200
    phone_env.run(lambda: phone_env.services.phones.rotate_link(phone_env.session_id))
    assert newcomer.get(f"/j/{old}").status_code == 404
    sent = newcomer.post(f"/j/{old}", data={"csrf": csrf_of(page.text), "name": "Late"})
    assert sent.status_code == 404
    assert newcomer.get(f"/j/{phone_env.token}").status_code == 200
    assert phone_env.run(lambda: [p.name for p in phone_env.services.read.attendees()]) == []


def test_ending_the_session_for_phones_refuses_every_phone_at_once(phone_env: PhoneEnv) -> None:
    client = phone_env.signed_in("Priya")
    _read_twice(client)
    _read_twice(client, "/state.json")
    phone_env.run(lambda: phone_env.services.phones.end_for_phones(phone_env.session_id))
    assert client.get("/home").status_code == 403
    assert client.get("/state.json").json() == {"signed_in": False}


def test_closing_sign_in_refuses_a_new_phone_at_once(phone_env: PhoneEnv) -> None:
    newcomer = phone_env.client("10.0.0.9")
    page = newcomer.get(f"/j/{phone_env.token}")
    assert page.status_code == 200 and 'name="name"' in page.text
    token = phone_env.token
    phone_env.run(lambda: phone_env.services.phones.close_sign_in(phone_env.session_id))
    closed = newcomer.get(f"/j/{token}")
    assert closed.status_code == 403 and "closed" in closed.text
    sent = newcomer.post(f"/j/{token}", data={"csrf": csrf_of(page.text), "name": "Late"})
    assert sent.status_code == 403
    assert phone_env.run(lambda: [p.name for p in phone_env.services.read.attendees()]) == []


def test_the_home_page_follows_changes_made_after_it_was_kept(phone_env: PhoneEnv) -> None:
    services, sid = phone_env.services, phone_env.session_id
    client = phone_env.signed_in("Priya")
    home = _read_twice(client)
    assert '<section class="card" id="vote-card" hidden' in home
    assert client.get("/state.json").json()["vote_open"] is False

    phone_env.run(lambda: services.notes.add_note(sid, "Waiting lists", x=0, y=0))
    phone_env.run(lambda: services.board.votes.open_vote(sid, target_kind="note"))
    assert '<section class="card" id="vote-card" hidden' not in client.get("/home").text
    assert client.get("/state.json").json()["vote_open"] is True

    phone_env.run(lambda: services.agenda.add_activity(sid, "Map the journey", 20))
    phone_env.run(lambda: services.runner.start(sid))
    assert "Map the journey" in client.get("/home").text
    assert client.get("/state.json").json()["activity"] == "Map the journey"

    person = _person_id(phone_env, "Priya")
    phone_env.run(lambda: services.people.rename_attendee(person, "Priya K", "parent_carer"))
    assert "Priya K" in client.get("/home").text

    phone_env.run(lambda: services.phones.set_notes_open(sid, True))
    assert '<section class="card" id="note-card" hidden' not in client.get("/home").text
    assert phone_env.web.context.state.hits > 0  # it was kept, and still followed the file


def test_a_kept_page_gives_fresh_one_time_keys_each_time(phone_env: PhoneEnv) -> None:
    phone_env.run(lambda: phone_env.services.phones.set_notes_open(phone_env.session_id, True))
    client = phone_env.signed_in("Priya")
    pages = [client.get("/home").text for _ in range(3)]
    keys = [ONCE.findall(page) for page in pages]
    assert all(len(k) >= 3 for k in keys)
    every = [key for page_keys in keys for key in page_keys]
    assert len(set(every)) == len(every)  # no key is drawn twice, on one page or across pages
    assert phone_env.web.context.pages.hits >= 2  # the later pages came from the kept one
    same_apart_from_keys = {ONCE.sub("", page) for page in pages}
    assert len(same_apart_from_keys) == 1

    csrf = csrf_of(pages[0])
    first = client.post("/note", data={"csrf": csrf, "once": keys[0][0], "text": "One"})
    again = client.post("/note", data={"csrf": csrf, "once": keys[0][0], "text": "One"})
    other = client.post("/note", data={"csrf": csrf, "once": keys[1][0], "text": "Two"})
    assert first.status_code == again.status_code == other.status_code == 303
    assert sorted(n.text for n in phone_env.notes()) == ["One", "Two"]


def test_people_s_words_stay_verbatim_on_a_kept_page(phone_env: PhoneEnv) -> None:
    client = phone_env.signed_in("<b>Ola</b> & \"Jo\"")
    home = _read_twice(client)
    assert "&lt;b&gt;Ola&lt;/b&gt; &amp; &#34;Jo&#34;" in home and "<b>Ola</b>" not in home


def _tables_read(path: Path, read: Callable[[Database], object]) -> set[str]:
    """The tables SQLite says `read(db)` reads (statements are prepared afresh to be seen)."""
    db = open_read_only(path)
    seen: set[str] = set()

    def note(action: int, table: str | None, *_: object) -> int:
        if action == sqlite3.SQLITE_READ and table and not table.startswith("sqlite_"):
            seen.add(table)
        return sqlite3.SQLITE_OK

    try:
        db.conn.set_authorizer(note)
        read(db)
    finally:
        db.conn.set_authorizer(None)
        db.close()
    return seen


def test_kept_answers_name_every_table_they_are_read_from(phone_env: PhoneEnv) -> None:
    """A kept answer is retired only by changes to the tables it names: SQLite must agree."""
    services, sid = phone_env.services, phone_env.session_id
    phone_env.run(lambda: services.agenda.add_activity(sid, "Stories", 20, tool="stories"))
    phone_env.run(lambda: services.runner.start(sid))
    client = phone_env.signed_in("Priya")
    person = _person_id(phone_env, "Priya")
    path = services.file.path
    phone = device_hash(client.cookies["coprod_phone"])

    def story(db: Database) -> None:
        queue = PhoneStoryReader(db)
        queue.open_to_phones(sid)
        queue.own_story(sid, person)

    assert _tables_read(path, lambda db: PhoneReader(db).signed_in(phone)) == SIGNED_IN_TABLES
    token = phone_env.token
    assert _tables_read(path, lambda db: PhoneReader(db).room_for_token(token)) == ROOM_TABLES
    assert _tables_read(path, lambda db: Reader(db).attendee(person)) <= PERSON_TABLES
    assert _tables_read(path, lambda db: Reader(db).session(sid)) <= SESSION_TABLES
    assert _tables_read(path, lambda db: AgendaReader(db).agenda(sid)) <= AGENDA_TABLES
    assert _tables_read(path, lambda db: BoardReader(db).open_round(sid)) <= VOTE_TABLES
    assert _tables_read(path, lambda db: PollReader(db).current(sid)) <= POLL_TABLES
    assert _tables_read(path, story) <= STORY_TABLES
    assert _tables_read(path, lambda db: PrivacyReader(db).notice_lines()) <= PRIVACY_TABLES
