"""Phone writes that arrive together are saved together (web/write_groups.py), over a real
loopback server and a real programme file: each phone is answered for its own note, a refused
note is refused alone, and every note a phone was told was saved is in the file."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from coprod_desktop.domain.limits import NOTE_MAX
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.store.programme_file import ProgrammeFile
from tests.waiting import wait_until
from tests.web.phone_helpers import PhoneEnv, csrf_of

RUN = Path(__file__).with_name("grouped_writes_run.py")
PHONES = 12
REFUSED = {3, 7}  # these phones send a note too long to keep


def signed_in_phones_at(base: str, token: str, count: int) -> list[httpx.Client]:
    phones = []
    for n in range(count):
        phone = httpx.Client(base_url=base, timeout=30)
        page = phone.get(f"/j/{token}")
        signed = phone.post(f"/j/{token}", data={"csrf": csrf_of(page.text),
                                                "name": f"Phone {n}"})
        assert signed.status_code == 303, signed.text
        phones.append(phone)
    return phones


def signed_in_phones(env: PhoneEnv, base: str, count: int) -> list[httpx.Client]:
    return signed_in_phones_at(base, env.token, count)


def note_from(n: int) -> str:
    return "x" * (NOTE_MAX + 1) if n in REFUSED else f"Note from phone {n}: the letters are late"


def test_notes_sent_while_the_writer_is_busy_are_saved_in_one_go(phone_env: PhoneEnv) -> None:
    env = phone_env
    env.run(lambda: env.services.phones.set_notes_open(env.session_id, True))
    heard: list[ChangeSet] = []
    env.run(lambda: env.services.bus.subscribe(heard.append))
    base = f"http://127.0.0.1:{env.web.server.start('127.0.0.1', 0)}"
    phones = signed_in_phones(env, base, PHONES)
    forms = [csrf_of(phone.get("/home").text) for phone in phones]
    groups, writes = env.web.context.writes.groups, env.web.context.writes.writes

    busy = threading.Event()
    env.bridge.submit(busy.wait)  # the writer is busy elsewhere while the phones send
    with ThreadPoolExecutor(PHONES) as pool:
        sent = [pool.submit(phone.post, "/note", data={"csrf": csrf, "text": note_from(n)})
                for n, (phone, csrf) in enumerate(zip(phones, forms, strict=True))]
        # The first write is handed over at once; the others wait to go together after it.
        wait_until(lambda: env.web.context.writes.waiting == PHONES - 1,
                   message="the phones' notes never all arrived")
        busy.set()
        answers = [future.result() for future in sent]

    for n, answer in enumerate(answers):
        if n in REFUSED:
            assert answer.status_code == 400 and "the most is" in answer.text, n
        else:
            assert answer.status_code == 303 and answer.headers["location"] == "/home?m=note#main"
    assert env.web.context.writes.groups - groups == 2  # one alone, then the eleven together
    assert env.web.context.writes.writes - writes == PHONES
    saved = sorted(n.text for n in env.notes())
    assert saved == sorted(note_from(n) for n in range(PHONES) if n not in REFUSED)
    # The board heard of each saved note once, after the group was committed.
    assert sum(1 for change in heard if change.touches("note")) == PHONES - len(REFUSED)
    for phone in phones:
        phone.close()


def test_each_phone_is_answered_after_its_note_is_in_the_file(phone_env: PhoneEnv) -> None:
    """Read by a connection of its own the moment each phone hears "saved": it is there."""
    env = phone_env
    env.run(lambda: env.services.phones.set_notes_open(env.session_id, True))
    base = f"http://127.0.0.1:{env.web.server.start('127.0.0.1', 0)}"
    phones = signed_in_phones(env, base, 6)
    forms = [csrf_of(phone.get("/home").text) for phone in phones]

    def post_and_look(n: int) -> int:
        text = f"Seen at once {n}"
        answer = phones[n].post("/note", data={"csrf": forms[n], "text": text})
        assert answer.status_code == 303
        reader = env.services.file.read_connection()
        try:
            return int(reader.execute("SELECT count(*) FROM note WHERE text = ?",
                                      [text]).fetchone()[0])
        finally:
            reader.close()

    busy = threading.Event()
    env.bridge.submit(busy.wait)
    with ThreadPoolExecutor(6) as pool:
        seen = [pool.submit(post_and_look, n) for n in range(6)]
        wait_until(lambda: env.web.context.writes.waiting == 5,
                   message="the phones' notes never all arrived")
        busy.set()
        assert [f.result() for f in seen] == [1] * 6
    for phone in phones:
        phone.close()


def test_every_note_a_phone_was_told_was_saved_survives_a_crash(tmp_path: Path) -> None:
    """The laptop's app is killed the moment the last phone is answered (no closing, no
    checkpoint): every note any phone was told was saved is in the file when it opens again."""
    path = tmp_path / "room.coprod"
    child = subprocess.Popen([sys.executable, str(RUN), str(path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True,
                             cwd=Path(__file__).resolve().parents[2])
    try:
        assert child.stdin is not None and child.stdout is not None
        started = json.loads(child.stdout.readline())
        base = f"http://127.0.0.1:{started['port']}"
        phones = signed_in_phones_at(base, started["token"], PHONES)
        forms = [csrf_of(phone.get("/home").text) for phone in phones]
        child.stdin.write(f"hold {PHONES - 1}\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "holding"
        with ThreadPoolExecutor(PHONES) as pool:
            sent = [pool.submit(phone.post, "/note", data={"csrf": csrf, "text": note_from(n)})
                    for n, (phone, csrf) in enumerate(zip(phones, forms, strict=True))]
            answers = [future.result() for future in sent]
        child.kill()  # SIGKILL: nothing of the app's own closing runs
        assert child.stdout.readline().strip() == "released"  # they did go together
    finally:
        child.kill()
        child.wait(30)
    told_saved = [note_from(n) for n, answer in enumerate(answers) if answer.status_code == 303]
    assert len(told_saved) == PHONES - len(REFUSED)
    reopened = ProgrammeFile.open(path)
    try:
        kept = [row["text"] for row in reopened.db.query("SELECT text FROM note")]
    finally:
        reopened.close()
    assert sorted(kept) == sorted(told_saved)
    for phone in phones:
        phone.close()
