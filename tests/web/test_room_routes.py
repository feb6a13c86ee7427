"""A signed-in phone's pages, in process: notes, questions, leaving, live state, and the limits."""

from __future__ import annotations

from pathlib import Path

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.store.phone_reader import PhoneReader
from coprod_desktop.web.security import Limits
from tests.web.phone_helpers import PhoneEnv, csrf_of, make_env


def _open_notes(env: PhoneEnv, is_open: bool = True) -> None:
    env.run(lambda: env.services.phones.set_notes_open(env.session_id, is_open))


def test_home_shows_the_session_and_hides_notes_until_the_board_takes_them(
        phone_env: PhoneEnv) -> None:
    client = phone_env.signed_in()
    home = client.get("/home")
    assert home.status_code == 200 and "Discovery workshop" in home.text
    assert '<section class="card" id="note-card" hidden' in home.text
    refused = client.post("/note", data={"csrf": csrf_of(home.text), "text": "Early"})
    assert refused.status_code == 400 and "not taking notes" in refused.text
    _open_notes(phone_env)
    assert '<section class="card" id="note-card" hidden' not in client.get("/home").text
    assert client.get("/state.json").json() == {
        "signed_in": True, "session": "Discovery workshop", "notes_open": True,
        "activity": None, "timer": None, "remaining_s": None, "vote_open": False,
        "poll_open": False, "checkout_open": False,
        "story_card": False, "story_phase": "none", "story_place": None, "handout": False}
    assert phone_env.client().get("/state.json").json() == {"signed_in": False}


def test_post_a_note_reaches_the_file_verbatim(phone_env: PhoneEnv) -> None:
    _open_notes(phone_env)
    client = phone_env.signed_in()
    csrf = csrf_of(client.get("/home").text)
    text = "The forms <b>never</b> end & nobody says why\nSecond line"
    response = client.post("/note", data={"csrf": csrf, "text": text, "colour": "pink"})
    assert response.status_code == 303 and response.headers["location"] == "/home?m=note#main"
    assert "Your note is on the board" in client.get(response.headers["location"]).text
    [note] = phone_env.notes()
    assert note.text == text and note.colour == "pink" and note.author_id is not None


def test_note_errors_keep_the_text_and_escape_it(phone_env: PhoneEnv) -> None:
    _open_notes(phone_env)
    client = phone_env.signed_in()
    csrf = csrf_of(client.get("/home").text)
    too_long = "<script>alert('x')</script>" + "y" * 2000
    response = client.post("/note", data={"csrf": csrf, "text": too_long})
    assert response.status_code == 400 and "the most is 2,000" in response.text
    assert "<script>alert" not in response.text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;yyyy" in response.text
    empty = client.post("/note", data={"csrf": csrf, "text": "   "})
    assert empty.status_code == 400 and "empty" in empty.text
    assert phone_env.notes() == []


def test_question_is_queued_anonymously(phone_env: PhoneEnv) -> None:
    client = phone_env.signed_in()
    csrf = csrf_of(client.get("/home").text)
    response = client.post("/question", data={"csrf": csrf, "question": "What is <co-production>?"})
    assert response.status_code == 303
    questions = phone_env.run(
        lambda: PhoneReader(phone_env.services.file.db).questions(phone_env.session_id))
    assert [q.text for q in questions] == ["What is <co-production>?"]
    long = client.post("/question", data={"csrf": csrf, "question": "q" * 201})
    assert long.status_code == 400 and "the most is 200" in long.text


def test_leave_and_forget(phone_env: PhoneEnv) -> None:
    client = phone_env.signed_in()
    csrf = csrf_of(client.get("/home").text)
    left = client.post("/leave", data={"csrf": csrf})
    assert left.status_code == 200 and "You have signed out" in left.text
    assert phone_env.run(lambda: phone_env.services.read.present(phone_env.session_id)) == []
    assert client.get("/home").status_code == 403
    assert client.post("/leave", data={"csrf": csrf}).status_code == 403
    forgot = client.post("/forget", data={"csrf": csrf_of(left.text)})
    assert forgot.status_code == 200
    assert "Welcome back" not in client.get(f"/j/{phone_env.token}").text


def test_pages_need_a_signed_in_phone(phone_env: PhoneEnv) -> None:
    stranger = phone_env.client()
    page = stranger.get(f"/j/{phone_env.token}")
    csrf = csrf_of(page.text)
    for path in ("/home", "/about-you"):
        assert stranger.get(path).status_code == 403
    for path, data in (("/note", {"text": "hi"}), ("/question", {"question": "hm"}),
                       ("/leave", {})):
        assert stranger.post(path, data={"csrf": csrf, **data}).status_code == 403
    assert phone_env.notes() == []


def test_size_limits(phone_env: PhoneEnv) -> None:
    _open_notes(phone_env)
    client = phone_env.signed_in()
    csrf = csrf_of(client.get("/home").text)
    huge = client.post("/note", data={"csrf": csrf, "text": "x" * 40_000})
    assert huge.status_code == 413 and "too long" in huge.text
    assert huge.headers["content-security-policy"]
    many = client.post("/note", data={"csrf": csrf, "text": "x",
                                      **{f"f{i}": "1" for i in range(60)}})
    assert many.status_code == 400 and "Traceback" not in many.text
    json_body = client.post("/note", json={"csrf": csrf, "text": "x"})
    assert json_body.status_code == 415
    # A full-length note of four-byte characters, percent-encoded, still fits.
    ok = client.post("/note", data={"csrf": csrf, "text": "🙂" * 2000})
    assert ok.status_code == 303
    assert [n.text for n in phone_env.notes()] == ["🙂" * 2000]


def test_unknown_pages_and_methods_are_friendly(phone_env: PhoneEnv) -> None:
    client = phone_env.client()
    missing = client.get("/admin")
    assert missing.status_code == 404 and "Page not found" in missing.text
    wrong = client.get("/note")
    assert wrong.status_code == 405 and "Traceback" not in wrong.text
    assert missing.headers["content-security-policy"] and "server" not in missing.headers


def test_a_failure_on_the_laptop_is_a_friendly_page(phone_env: PhoneEnv) -> None:
    client = phone_env.signed_in()
    csrf = csrf_of(client.get("/home").text)
    # Break the file for real: the questions table goes missing under the server.
    phone_env.run(lambda: phone_env.services.file.db.execute(
        "ALTER TABLE phone_question RENAME TO broken"))
    response = client.post("/question", data={"csrf": csrf, "question": "What is a CCG?"})
    assert response.status_code == 500
    assert "Sorry, something went wrong" in response.text
    assert "Traceback" not in response.text and "phone_question" not in response.text
    assert response.headers["content-security-policy"]


def test_static_files_are_served_with_the_same_headers(phone_env: PhoneEnv) -> None:
    client = phone_env.client()
    css = client.get("/static/phone.css")
    js = client.get("/static/phone.js")
    assert css.status_code == js.status_code == 200
    assert "text/css" in css.headers["content-type"] and js.headers["content-security-policy"]
    # Small, for old phones (the script grew by the tap feedback and "the laptop has gone away").
    assert len(css.content) < 8_000 and len(js.content) < 6_000
    assert client.get("/static/../../pyproject.toml").status_code == 404


@pytest.fixture
def tight_env(programme_path: Path, clock: FakeClock):
    limits = Limits(requests_per_address=(30, 1.0), writes_per_address=(10, 0.5),
                    writes_per_phone=(4, 0.2))
    yield from make_env(programme_path, clock, limits)


def test_rate_limit_per_phone_and_recovery(tight_env: PhoneEnv) -> None:
    _open_notes(tight_env)
    client = tight_env.signed_in()  # joining and "about you" spent two of the phone's four
    csrf = csrf_of(client.get("/home").text)
    codes = [client.post("/note", data={"csrf": csrf, "text": f"n{i}"}).status_code
             for i in range(3)]
    assert codes == [303, 303, 429]
    limited = client.post("/note", data={"csrf": csrf, "text": "again"})
    assert limited.status_code == 429 and limited.headers["retry-after"] == "60"
    assert "Slow down" in limited.text
    tight_env.clock.advance(5)  # one more write allowed after five seconds
    assert client.post("/note", data={"csrf": csrf, "text": "later"}).status_code == 303
    assert len(tight_env.notes()) == 3
    # Another phone at another address is not affected.
    other = tight_env.signed_in("Kai", "young_person", address="10.0.0.7")
    other_csrf = csrf_of(other.get("/home").text)
    assert other.post("/note", data={"csrf": other_csrf, "text": "mine"}).status_code == 303


def test_rate_limit_per_address(tight_env: PhoneEnv) -> None:
    client = tight_env.client("10.0.0.9")
    codes = [client.get("/").status_code for _ in range(31)]
    assert codes[:30] == [200] * 30 and codes[30] == 429


def test_home_shows_the_current_activity_and_its_timer(phone_env: PhoneEnv) -> None:
    env = phone_env
    env.run(lambda: env.services.agenda.add_activity(env.session_id, "Stories: what is it like?",
                                                     15))
    client = env.signed_in()
    assert "We will start soon" in client.get("/home").text
    env.run(lambda: env.services.runner.start(env.session_id))
    env.clock.advance(60)
    home = client.get("/home")
    assert "Stories: what is it like?" in home.text and ">14:00<" in home.text
    state = client.get("/state.json").json()
    assert state["activity"] == "Stories: what is it like?" and state["remaining_s"] == 840
    env.run(lambda: env.services.runner.pause(env.session_id))
    paused = client.get("/state.json").json()
    assert paused["timer"] == "14:00" and paused["remaining_s"] is None


def _open_vote(env: PhoneEnv) -> tuple[int, list[int]]:
    votes = env.services.board.votes
    clusters = env.services.board.clusters
    ids = [int(env.run(lambda t=t: clusters.create_cluster(env.session_id, t)).new_id or 0)
           for t in ("Waiting <too> long", "Nobody explains")]
    round_id = int(env.run(lambda: votes.open_vote(env.session_id, dots_per_person=2)).new_id or 0)
    return round_id, ids


def test_spend_and_take_back_dots(phone_env: PhoneEnv) -> None:
    env = phone_env
    client = env.signed_in()
    assert "No vote just now" in client.get("/vote").text
    assert '<section class="card" id="vote-card" hidden' in client.get("/home").text
    round_id, (first, second) = _open_vote(env)
    home = client.get("/home")
    assert '<section class="card" id="vote-card" hidden' not in home.text
    page = client.get("/vote")
    assert "You have 2 of 2 dots left" in page.text and "Waiting &lt;too&gt; long" in page.text
    csrf = csrf_of(page.text)
    for target in (first, first):
        response = client.post("/vote", data={"csrf": csrf, "target": str(target)})
        assert response.status_code == 303
    full = client.post("/vote", data={"csrf": csrf, "target": str(second)})
    assert full.status_code == 400 and "all of them are used" in full.text
    back = client.post("/vote", data={"csrf": csrf, "target": str(first), "action": "remove"})
    assert back.status_code == 303
    assert "You have 1 of 2 dots left" in client.get("/vote?m=dot").text
    assert client.post("/vote", data={"csrf": csrf, "target": "999"}).status_code == 400
    assert client.post("/vote", data={"csrf": csrf, "target": "x"}).status_code == 400
    rows = env.run(lambda: list(env.services.file.db.query(
        "SELECT voter_id, target_id, via FROM vote WHERE round_id = ?", [round_id])))
    assert [(r["target_id"], r["via"]) for r in rows] == [(first, "phone")]
    env.run(lambda: env.services.board.votes.close_vote(round_id))
    closed = client.post("/vote", data={"csrf": csrf, "target": str(first)})
    assert closed.status_code == 400 and "no vote open" in closed.text
