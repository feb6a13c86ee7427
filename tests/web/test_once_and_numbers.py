"""Every write happens once, numbers are ASCII digits, the short code, the form key across a
restart, and a phone recognised in a programme made from this one."""

from __future__ import annotations

import re
import threading
from pathlib import Path

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.short_codes import ALPHABET, clean, new_code
from coprod_desktop.services.new_programme import start_from_earlier
from coprod_desktop.store.phone_reader import PhoneReader
from coprod_desktop.web.phone_web import PhoneWeb
from tests.web.phone_helpers import PhoneEnv, csrf_of, make_env

ONCE = re.compile(r'name="once" value="([A-Za-z0-9_-]+)"')


def _keys(html: str) -> list[str]:
    return ONCE.findall(html)


def test_every_form_has_its_own_key_and_a_resend_creates_nothing(phone_env: PhoneEnv) -> None:
    phone_env.run(lambda: phone_env.services.phones.set_notes_open(phone_env.session_id, True))
    client = phone_env.client()
    page = client.get(f"/j/{phone_env.token}")
    form = {"csrf": csrf_of(page.text), "once": _keys(page.text)[0], "name": "Once"}
    first = client.post(f"/j/{phone_env.token}", data=form)
    again = client.post(f"/j/{phone_env.token}", data=form)
    assert first.status_code == again.status_code == 303
    assert first.headers["location"] == again.headers["location"]
    assert [p.name for p in phone_env.run(phone_env.services.read.attendees)] == ["Once"]
    home = client.get("/home").text
    keys = _keys(home)
    assert len(keys) == len(set(keys)) >= 3  # one per form, all different
    note = {"csrf": csrf_of(home), "once": keys[0], "text": "One note"}
    assert [client.post("/note", data=note).status_code for _ in range(3)] == [303] * 3
    assert [n.text for n in phone_env.notes()] == ["One note"]
    # Another phone cannot use this phone's key to stop its own note.
    other = phone_env.signed_in("Other", address="10.0.0.8")
    other_home = other.get("/home").text
    assert other.post("/note", data={"csrf": csrf_of(other_home), "once": keys[0],
                                     "text": "Mine"}).status_code == 303
    assert len(phone_env.notes()) == 2


def test_a_refused_post_frees_its_key(phone_env: PhoneEnv) -> None:
    phone_env.run(lambda: phone_env.services.phones.set_notes_open(phone_env.session_id, True))
    client = phone_env.signed_in()
    home = client.get("/home").text
    form = {"csrf": csrf_of(home), "once": _keys(home)[0], "text": " "}
    assert client.post("/note", data=form).status_code == 400
    assert client.post("/note", data={**form, "text": "Fixed"}).status_code == 303
    assert [n.text for n in phone_env.notes()] == ["Fixed"]


def test_two_taps_at_once_make_one_dot(phone_env: PhoneEnv) -> None:
    env = phone_env
    cluster = int(env.run(lambda: env.services.board.clusters.create_cluster(
        env.session_id, "Waiting lists")).new_id or 0)
    env.run(lambda: env.services.board.votes.open_vote(env.session_id, dots_per_person=3))
    client = env.signed_in()
    page = client.get("/vote").text
    form = {"csrf": csrf_of(page), "once": _keys(page)[0], "target": str(cluster),
            "action": "add"}
    hold = threading.Event()
    env.bridge.submit(hold.wait)  # the writer is busy: both taps arrive before either is done
    answers: list[int] = []
    taps = [threading.Thread(target=lambda: answers.append(
        client.post("/vote", data=form).status_code)) for _ in range(2)]
    for tap in taps:
        tap.start()
    hold.set()
    for tap in taps:
        tap.join(10)
    assert answers == [303, 303]
    dots = env.run(lambda: list(env.services.file.db.query("SELECT id FROM vote")))
    assert len(dots) == 1


def test_numbers_are_ascii_digits_only(phone_env: PhoneEnv) -> None:
    env = phone_env
    env.run(lambda: env.services.board.clusters.create_cluster(env.session_id, "Transport"))
    env.run(lambda: env.services.board.votes.open_vote(env.session_id, dots_per_person=2))
    client = env.signed_in()
    csrf = csrf_of(client.get("/home").text)
    for target in ("²", "①", "٣", "1e3", "-1", " 1", "9" * 13):
        answer = client.post("/vote", data={"csrf": csrf, "target": target})
        assert answer.status_code == 400 and "Please choose one of the items" in answer.text
    odd_length = client.post("/note", content=b"text=x", headers={
        "content-type": "application/x-www-form-urlencoded", "content-length": b"\xb9"})
    assert odd_length.status_code in (400, 413) and "Traceback" not in odd_length.text


def test_short_codes(phone_env: PhoneEnv) -> None:
    codes = {new_code() for _ in range(500)}
    assert all(len(c) == 6 and set(c) <= set(ALPHABET) for c in codes) and len(codes) > 490
    assert not set(ALPHABET) & set("O0I1LS5Z2B8G6")
    assert clean("acd-efh") == "ACDEFH" and clean("ACD EFH") == "ACDEFH"
    assert clean("ACDEF0") is None and clean("ACDEF") is None
    client = phone_env.client("10.0.0.20")
    room = phone_env.run(lambda: PhoneReader(phone_env.services.file.db).room(
        phone_env.session_id))
    found = client.get(f"/{room.short_code.lower()}")
    assert found.status_code == 303 and found.headers["location"] == f"/j/{room.token}"
    # Wrong guesses from one address: 30 at once, then they are slowed down.
    wrong = [client.get(f"/{'ACDEFH' if room.short_code != 'ACDEFH' else 'HFEDCA'}").status_code
             for _ in range(31)]
    assert wrong[:30] == [404] * 30 and wrong[30] == 429
    # A new link makes a new code; the old one stops working.
    phone_env.run(lambda: phone_env.services.phones.rotate_link(phone_env.session_id))
    assert phone_env.client("10.0.0.21").get(f"/{room.short_code}").status_code == 404


def test_the_form_key_survives_a_restart(programme_path: Path, clock: FakeClock) -> None:
    for env in make_env(programme_path, clock):
        env.run(lambda e=env: e.services.phones.set_notes_open(e.session_id, True))
        client = env.signed_in()
        home = client.get("/home").text
        env.web.close()
        env.web = PhoneWeb(env.services, env.bridge, env.clock)  # a new process, same file
        client.app = env.web.app
        answer = client.post("/note", data={"csrf": csrf_of(home), "text": "After restart"})
        assert answer.status_code == 303
        assert [n.text for n in env.notes()] == ["After restart"]


def test_a_phone_is_known_in_a_programme_made_from_this_one(phone_env: PhoneEnv,
                                                            tmp_path: Path) -> None:
    env = phone_env
    kept = env.signed_in("Keeps", address="10.0.0.30")
    about = kept.get("/about-you").text
    assert kept.post("/about-you/next", data={"csrf": csrf_of(about), "keep": "yes"}
                     ).status_code == 303
    env.signed_in("Does not keep", address="10.0.0.31")
    made = env.run(lambda: start_from_earlier(env.services, tmp_path / "next.coprod",
                                              title="Next year", start_date="2027-09-01"))
    for later in make_env_from(made.path, env.clock):
        sid = later.session_id
        later.run(lambda env2=later, s=sid: env2.services.phones.open_sign_in(s))
        token = later.token
        phone = later.client("10.0.0.30")
        phone.cookies.update(kept.cookies)  # the same phone, with the cookie it always had
        page = phone.get(f"/j/{token}")
        assert "Welcome back" in page.text and "Keeps" in page.text
        assert phone.post(f"/j/{token}/again", data={"csrf": csrf_of(page.text)}
                          ).status_code == 303
        stranger = later.client("10.0.0.31")
        stranger.cookies.update(env.clients[-1].cookies)  # "Does not keep": not carried over
        assert "Welcome back" not in stranger.get(f"/j/{token}").text
        people = later.run(later.services.read.attendees)
        assert [p.name for p in people] == ["Keeps"]  # recognised: no second record


def make_env_from(path: Path, clock: FakeClock):
    """A phone environment over an existing programme file (the one File › New made)."""
    from coprod_desktop.services import Services
    from coprod_desktop.store.programme_file import ProgrammeFile
    from coprod_desktop.web.thread_bridge import ThreadBridge

    bridge = ThreadBridge()

    def setup():
        services = Services(ProgrammeFile.open(path), clock)
        sid = int(services.sessions.create_session("First meeting", "2027-09-08").new_id or 0)
        return services, sid

    services, sid = bridge.call(setup)
    web = PhoneWeb(services, bridge, clock)
    env = PhoneEnv(services, bridge, web, sid, clock)
    try:
        yield env
    finally:
        for client in env.clients:
            client.close()
        web.close()
        bridge.call(services.close)
        bridge.shutdown()
