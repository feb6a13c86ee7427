"""A refusal on a phone page is shown where the person was: each home-page form is sent to its own
card's address (action="/note#note-card"), so the browser scrolls to the card holding the reason
and the kept text; a success goes back to the top, where the thank-you is."""

from __future__ import annotations

import re

from tests.web.phone_helpers import PhoneEnv, csrf_of


def _actions(html: str) -> dict[str, str]:
    return {m.group(1).split("#")[0]: m.group(1) for m in re.finditer(r'action="([^"]+)"', html)}


def _ids(html: str) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', html))


def test_each_home_form_points_at_its_own_card(phone_env: PhoneEnv) -> None:
    phone_env.run(lambda: phone_env.services.phones.set_notes_open(phone_env.session_id, True))
    phone_env.run(lambda: phone_env.services.phone_stories.set_stories_open(phone_env.session_id, True))
    client = phone_env.signed_in()
    home = client.get("/home").text
    actions = _actions(home)
    assert actions["/note"] == "/note#note-card"
    assert actions["/question"] == "/question#ask-card"
    assert actions["/story"] == "/story#story-card"
    for action in ("/note#note-card", "/question#ask-card", "/story#story-card"):
        assert action.split("#")[1] in _ids(home), action


def test_a_refusal_is_drawn_inside_the_card_the_fragment_names(phone_env: PhoneEnv) -> None:
    phone_env.run(lambda: phone_env.services.phones.set_notes_open(phone_env.session_id, True))
    client = phone_env.signed_in()
    csrf = csrf_of(client.get("/home").text)
    for path, field, card in (("/note", "text", "note-card"), ("/question", "question", "ask-card")):
        refused = client.post(path, data={"csrf": csrf, field: "   "})
        assert refused.status_code == 400  # a 200-family page drawn at the posted address:
        html = refused.text               # the browser keeps the #fragment and scrolls to it
        start = html.index(f'id="{card}"')
        end = html.index("</section>", start)
        assert 'class="error"' in html[start:end], card
    # A success is a 303 whose address has its own fragment, so the browser does not carry the
    # form's #card over to the page with the thank-you at the top.
    done = client.post("/note", data={"csrf": csrf, "text": "Kept"})
    assert done.status_code == 303 and done.headers["location"].endswith("#main")
    asked = client.post("/question", data={"csrf": csrf, "question": "What is an EHCP?"})
    assert asked.status_code == 303 and asked.headers["location"].endswith("#main")


def test_what_is_happening_now_comes_straight_after_the_rooms_tool(phone_env: PhoneEnv) -> None:
    """The "Now" card (the activity and its timer) comes straight after what the room is using
    (an open vote, poll or check-out, or the note box, kept on the smallest phone's first
    screen), above everything else, not three screens down."""
    phone_env.run(lambda: phone_env.services.phones.set_notes_open(phone_env.session_id, True))
    home = phone_env.signed_in().get("/home").text
    order = [home.index(f'id="{card}"') for card in (
        "vote-card", "poll-card", "checkout-card", "note-card", "now", "said-card", "ask-card")]
    assert order == sorted(order)
