"""The story queue from a phone, in process: when it is open, joining, leaving, and the refusals."""

from __future__ import annotations

import re

from coprod_desktop.domain.levelling import StoryStatus
from coprod_desktop.domain.records import WordsUse
from coprod_desktop.services import ChangeSet
from tests.web.phone_helpers import PhoneEnv, csrf_of


def _stories(env: PhoneEnv) -> list:
    return env.run(lambda: env.services.stories.data.stories(env.session_id))


def _open_queue(env: PhoneEnv, is_open: bool = True) -> None:
    env.run(lambda: env.services.phone_stories.set_stories_open(env.session_id, is_open))


def _card(page: str) -> str:
    """The story card's opening tag, e.g. '<section ... data-phase="none" hidden ...>'."""
    found = re.search(r'<section class="card" id="story-card"[^>]*>', page)
    assert found, "no story card"
    return found.group(0)


def _home(client) -> tuple[str, str]:
    page = client.get("/home")
    assert page.status_code == 200
    return page.text, csrf_of(page.text)


def test_the_card_is_hidden_and_joining_refused_until_the_queue_opens(phone_env: PhoneEnv) -> None:
    client = phone_env.signed_in()
    page, csrf = _home(client)
    assert 'data-phase="none"' in _card(page) and " hidden " in _card(page)
    refused = client.post("/story", data={"csrf": csrf, "title": "Hello"})
    assert refused.status_code == 400 and "not open to phones" in refused.text
    assert _stories(phone_env) == []
    assert client.get("/state.json").json()["story_card"] is False
    _open_queue(phone_env)
    page, _ = _home(client)
    assert 'data-phase="none"' in _card(page) and "hidden" not in _card(page)
    assert "I’d like to tell a story" in page
    assert client.get("/state.json").json()["story_card"] is True


def test_join_with_a_title_and_a_choice_reaches_the_console_live(phone_env: PhoneEnv) -> None:
    heard: list[ChangeSet] = []
    phone_env.run(lambda: phone_env.services.subscribe(heard.append))
    _open_queue(phone_env)
    client = phone_env.signed_in(name="Amara")
    _, csrf = _home(client)
    title = "The day the <b>letter</b> came & nobody rang"
    response = client.post("/story", data={"csrf": csrf, "title": title, "consent": "named"})
    assert response.status_code == 303
    assert response.headers["location"] == "/home?m=story#story-card"
    [story] = _stories(phone_env)
    assert story.title == title and story.consent is WordsUse.NAMED
    assert story.added_via == "phone" and story.status is StoryStatus.WAITING
    teller = phone_env.run(lambda: phone_env.services.read.attendee(story.teller_id))
    assert teller.name == "Amara"
    added = [c for c in heard if c.touches("story")]
    assert len(added) == 1 and added[0].initiator == "phone" and added[0].revision_id is None
    assert added[0].session_id == phone_env.session_id
    page = client.get(response.headers["location"]).text
    assert "You are on the list. The facilitator will call your name" in page
    assert 'Number <span id="story-place">1</span> on the list' in page
    assert "The day the &lt;b&gt;letter&lt;/b&gt; came &amp; nobody rang" in page
    assert "<b>letter</b>" not in page
    assert "Your choice:</p>" not in page and "Your choice: Share with my name" in page
    state = client.get("/state.json").json()
    assert (state["story_card"], state["story_phase"], state["story_place"]) == (True, "waiting", 1)


def test_the_choice_defaults_to_the_sign_in_choice_and_bad_choices_are_refused(
        phone_env: PhoneEnv) -> None:
    _open_queue(phone_env)
    client = phone_env.signed_in()  # signed in without choosing: words default to anonymous
    _, csrf = _home(client)
    page = client.get("/home").text
    assert 'name="consent" value="anonymous" checked' in page
    bad = client.post("/story", data={"csrf": csrf, "consent": "everyone<script>"})
    assert bad.status_code == 400 and "Please choose how your story may be used" in bad.text
    assert "everyone<script>" not in bad.text
    assert client.post("/story", data={"csrf": csrf}).status_code == 303
    [story] = _stories(phone_env)
    assert story.consent is WordsUse.ANONYMOUS and story.title == ""


def test_a_second_place_is_refused_and_leaving_takes_the_story_out(phone_env: PhoneEnv) -> None:
    _open_queue(phone_env)
    first = phone_env.signed_in(name="First")
    second = phone_env.signed_in(name="Second", address="10.0.0.2")
    for client in (first, second):
        assert client.post("/story", data={"csrf": _home(client)[1]}).status_code == 303
    again = first.post("/story", data={"csrf": _home(first)[1], "title": "Another"})
    assert again.status_code == 400 and "already on the list" in again.text
    assert 'Number <span id="story-place">2</span>' in second.get("/home").text
    left = first.post("/story/leave", data={"csrf": _home(first)[1]})
    assert left.status_code == 303 and left.headers["location"] == "/home?m=story_off#main"
    assert "You are off the list" in first.get("/home?m=story_off").text
    assert [s.added_via for s in _stories(phone_env)] == ["phone"]
    assert 'Number <span id="story-place">1</span>' in second.get("/home").text
    twice = first.post("/story/leave", data={"csrf": _home(first)[1]})
    assert twice.status_code == 400 and "not on the list" in twice.text


def test_leaving_stays_possible_after_the_queue_closes_but_not_while_telling(
        phone_env: PhoneEnv) -> None:
    _open_queue(phone_env)
    client = phone_env.signed_in()
    client.post("/story", data={"csrf": _home(client)[1]})
    _open_queue(phone_env, False)
    page, csrf = _home(client)
    assert 'data-phase="waiting"' in _card(page) and "hidden" not in _card(page)
    [story] = _stories(phone_env)
    phone_env.run(lambda: phone_env.services.stories.start_story(story.id))
    page, csrf = _home(client)
    assert 'data-phase="telling"' in page and "It is your turn to tell your story" in page
    refused = client.post("/story/leave", data={"csrf": csrf})
    assert refused.status_code == 400 and "being told now" in refused.text
    assert len(_stories(phone_env)) == 1
    phone_env.run(lambda: phone_env.services.stories.end_story(story.id))
    page, _ = _home(client)
    assert 'data-phase="none"' in _card(page) and " hidden " in _card(page)  # told; closed


def test_a_story_activity_opens_the_queue_without_the_switch(phone_env: PhoneEnv) -> None:
    services, sid = phone_env.services, phone_env.session_id
    phone_env.run(lambda: services.agenda.add_activity(sid, "Welcome", 10))
    phone_env.run(lambda: services.agenda.add_activity(sid, "Stories", 30, tool="stories"))
    client = phone_env.signed_in()
    phone_env.run(lambda: services.runner.start(sid))
    assert client.get("/state.json").json()["story_card"] is False  # welcome is running
    phone_env.run(lambda: services.runner.next(sid))
    assert client.get("/state.json").json()["story_card"] is True
    assert client.post("/story", data={"csrf": _home(client)[1]}).status_code == 303


def test_refusals_without_a_form_token_sign_in_or_with_a_long_title(phone_env: PhoneEnv) -> None:
    _open_queue(phone_env)
    client = phone_env.signed_in()
    _, csrf = _home(client)
    assert client.post("/story", data={"title": "x"}).status_code == 403
    assert client.post("/story", data={"csrf": "0" * 40}).status_code == 403
    assert client.post("/story/leave", data={"x": "1"}).status_code == 403
    stranger = phone_env.client("10.0.0.9")
    stranger.get("/")  # has a cookie, but never signed in
    assert stranger.post("/story", data={"csrf": csrf}).status_code == 403
    long = client.post("/story", data={"csrf": csrf, "title": "<i>" + "t" * 200})
    assert long.status_code == 400 and "the most is 120" in long.text
    assert "&lt;i&gt;tttt" in long.text and 'value="&lt;i&gt;ttt' in long.text
    json_post = client.post("/story", json={"csrf": csrf})
    assert json_post.status_code == 415
    assert _stories(phone_env) == []
    left = client.post("/leave", data={"csrf": csrf})
    assert left.status_code == 200
    assert client.post("/story", data={"csrf": csrf}).status_code == 403
    assert _stories(phone_env) == []
