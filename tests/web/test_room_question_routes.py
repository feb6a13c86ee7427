"""Questions for the room over a real server on 127.0.0.1: two taps at once count one vote,
refusals keep the typed text, and only questions let through are listed."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.store.room_question_reader import RoomQuestionReader
from tests.web.phone_helpers import PhoneEnv, csrf_of, make_env

ONCE = re.compile(r'name="once" value="([A-Za-z0-9_-]+)"')


@pytest.fixture
def live(programme_path: Path, clock: FakeClock) -> Iterator[tuple[PhoneEnv, str]]:
    for env in make_env(programme_path, clock):
        env.web.server.start("127.0.0.1", 0)
        yield env, env.web.server.url("127.0.0.1")


def _phone(env: PhoneEnv, base: str, name: str) -> httpx.Client:
    client = httpx.Client(base_url=base, follow_redirects=False, timeout=10)
    page = client.get(f"/j/{env.token}")
    joined = client.post(f"/j/{env.token}", data={
        "csrf": csrf_of(page.text), "once": ONCE.findall(page.text)[0], "name": name})
    assert joined.status_code == 303, joined.text
    return client


def _form(client: httpx.Client, path: str, **fields: str) -> dict[str, str]:
    page = client.get(path).text
    return {"csrf": csrf_of(page), "once": ONCE.findall(page)[0], **fields}


def _all(env: PhoneEnv) -> list:
    return env.run(lambda: RoomQuestionReader(env.services.file.db).all(env.session_id))


def test_two_taps_at_once_count_one_vote(live) -> None:
    env, base = live
    asker, voter = _phone(env, base, "Asker"), _phone(env, base, "Voter")
    sent = asker.post("/questions/ask", data=_form(
        asker, "/questions", question="Is lunch provided?", named="no"))
    assert sent.status_code == 303 and sent.headers["location"] == "/questions?m=asked"
    [question] = _all(env)
    assert "Is lunch provided?" not in voter.get("/questions").text  # held back
    env.run(lambda: env.services.room_questions.release(question.id))
    page = voter.get("/questions").text
    assert "Is lunch provided?" in page and "0 votes" in page
    keys = ONCE.findall(page)
    form = {"csrf": csrf_of(page), "once": keys[-1], "target": str(question.id),
            "action": "up"}
    hold = threading.Event()
    env.bridge.submit(hold.wait)  # the writer is busy: both taps arrive before either is done
    answers: list[int] = []
    taps = [threading.Thread(target=lambda: answers.append(
        voter.post("/questions/vote", data=form).status_code)) for _ in range(2)]
    for tap in taps:
        tap.start()
    hold.set()
    for tap in taps:
        tap.join(10)
    assert answers == [303, 303]
    assert [q.votes for q in _all(env)] == [1]
    assert "You voted for this" in voter.get("/questions").text


def test_refusals_keep_the_text_and_unknown_targets_are_refused(live) -> None:
    env, base = live
    phone = _phone(env, base, "Typist")
    long = "x" * 201
    refused = phone.post("/questions/ask", data=_form(phone, "/questions", question=long,
                                                      named="yes"))
    assert refused.status_code == 400 and long in refused.text
    assert 'value="yes" checked' in refused.text
    for target in ("999", "①", ""):
        answer = phone.post("/questions/vote", data=_form(phone, "/questions",
                                                          target=target))
        assert answer.status_code == 400
    assert _all(env) == []
