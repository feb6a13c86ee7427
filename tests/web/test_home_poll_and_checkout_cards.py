"""The phone's home shows the poll card only while a poll is open and the check-out card only
while the check-out is the activity running, in the page itself (no script needed) and in
/state.json (which the page script follows); kept answers name the tables they read."""

from __future__ import annotations

import re

from coprod_desktop.store.poll_reader import PollReader
from coprod_desktop.store.projector_view_reader import ProjectorViewReader
from coprod_desktop.web.screen_projector import SHOWN_TABLES
from coprod_desktop.web.state_cache import POLL_TABLES
from tests.web.phone_helpers import PhoneEnv
from tests.web.test_phone_state_cache import _tables_read


def _card_hidden(html: str, card: str) -> bool:
    found = re.search(rf'<section class="card" id="{card}"([^>]*)>', html)
    assert found is not None, card
    return " hidden" in found.group(1)


def test_the_poll_card_shows_only_while_a_poll_is_open(phone_env: PhoneEnv) -> None:
    services, sid = phone_env.services, phone_env.session_id
    phone = phone_env.signed_in("Priya")
    assert _card_hidden(phone.get("/home").text, "poll-card")
    assert phone.get("/state.json").json()["poll_open"] is False
    made = phone_env.run(lambda: services.polls.create(sid, "scale", "How clear was today?"))
    assert not _card_hidden(phone.get("/home").text, "poll-card")
    assert phone.get("/state.json").json()["poll_open"] is True
    phone_env.run(lambda: services.polls.close(int(made.new_id or 0)))
    assert _card_hidden(phone.get("/home").text, "poll-card")
    assert phone.get("/state.json").json()["poll_open"] is False


def test_the_check_out_card_shows_while_the_check_out_runs(phone_env: PhoneEnv) -> None:
    services, sid = phone_env.services, phone_env.session_id
    phone_env.run(lambda: services.agenda.add_activity(sid, "Ideas", 20))
    phone_env.run(lambda: services.checkout.add_to_agenda(sid))
    phone = phone_env.signed_in("Priya")
    assert _card_hidden(phone.get("/home").text, "checkout-card")
    phone_env.run(lambda: services.runner.start(sid))
    assert phone.get("/state.json").json()["checkout_open"] is False  # still on Ideas
    phone_env.run(lambda: services.runner.next(sid))
    assert not _card_hidden(phone.get("/home").text, "checkout-card")
    assert phone.get("/state.json").json()["checkout_open"] is True
    phone_env.run(lambda: services.runner.next(sid))  # the session is over
    assert _card_hidden(phone.get("/home").text, "checkout-card")


def test_kept_answers_name_the_tables_they_read(phone_env: PhoneEnv) -> None:
    services, sid = phone_env.services, phone_env.session_id
    phone_env.run(lambda: services.polls.create(sid, "scale", "How clear was today?"))
    phone_env.run(lambda: services.projector_view.show(sid, view="jargon", term="EHCP"))
    path = services.file.path
    assert _tables_read(path, lambda db: PollReader(db).current(sid)) <= POLL_TABLES
    assert _tables_read(path, lambda db: ProjectorViewReader(db).shown(sid)) <= SHOWN_TABLES
