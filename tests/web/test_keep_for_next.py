""""Keep me for next time" from a phone: on the sign-in form and on the "about you" page."""

from __future__ import annotations

from coprod_desktop.services import ChangeSet
from coprod_desktop.store.programme_reader import ProgrammeReader
from tests.web.phone_helpers import PhoneEnv, csrf_of


def _kept(env: PhoneEnv) -> set[str]:
    def names() -> set[str]:
        ids = ProgrammeReader(env.services.file.db).kept_for_next()
        return {env.services.read.attendee(i).name for i in ids}
    return env.run(names)


def _sign_in(env: PhoneEnv, name: str, address: str, **extra: str):
    client = env.client(address)
    page = client.get(f"/j/{env.token}")
    assert "keep me for next time" not in page.text.lower()  # not on the one-screen sign-in
    response = client.post(f"/j/{env.token}", data={
        "csrf": csrf_of(page.text), "name": name, **extra})
    assert response.status_code == 303
    return client


def test_the_choice_is_asked_after_joining_and_is_no_until_said(phone_env: PhoneEnv) -> None:
    heard: list[ChangeSet] = []
    phone_env.run(lambda: phone_env.services.subscribe(heard.append))
    client = _sign_in(phone_env, "Keep me", "10.0.2.1", keep_for_next="yes")
    assert _kept(phone_env) == set()  # a stray field on the sign-in post decides nothing
    page = client.get("/about-you").text
    assert 'name="keep" value="no" checked' in page
    assert client.post("/about-you/next", data={"csrf": csrf_of(page), "keep": "yes"}
                       ).status_code == 303
    assert _kept(phone_env) == {"Keep me"}
    kept = [c for c in heard if c.label == "Update Keep me's choices"]
    assert len(kept) == 1 and kept[0].initiator == "phone" and kept[0].revision_id is None


def test_about_you_shows_and_changes_the_choice(phone_env: PhoneEnv) -> None:
    client = _sign_in(phone_env, "Rhiannon", "10.0.2.5")
    page = client.get("/about-you").text
    assert "Your choice now: do not keep me after this programme." in page
    assert "this choice is kept with your name" in page
    csrf = csrf_of(page)
    saved = client.post("/about-you/next", data={"csrf": csrf, "keep": "yes"})
    assert saved.status_code == 303 and saved.headers["location"] == "/about-you?m=kept#next"
    after = client.get("/about-you?m=kept").text
    assert "Your choice is saved." in after and "Your choice now: keep me for next time." in after
    assert _kept(phone_env) == {"Rhiannon"}
    assert client.post("/about-you/next", data={"csrf": csrf, "keep": "no"}).status_code == 303
    assert _kept(phone_env) == set()
    assert 'href="/about-you"' in client.get("/home").text


def test_about_you_choice_refusals(phone_env: PhoneEnv) -> None:
    client = _sign_in(phone_env, "Sam", "10.0.2.6")
    csrf = csrf_of(client.get("/about-you").text)
    bad = client.post("/about-you/next", data={"csrf": csrf, "keep": "<maybe>"})
    assert bad.status_code == 400 and "Please choose yes or no." in bad.text
    assert "<maybe>" not in bad.text
    assert client.post("/about-you/next", data={"keep": "yes"}).status_code == 403
    stranger = phone_env.client("10.0.2.7")
    stranger.get("/")
    assert stranger.post("/about-you/next", data={"csrf": csrf, "keep": "yes"}).status_code == 403
    assert _kept(phone_env) == set()
