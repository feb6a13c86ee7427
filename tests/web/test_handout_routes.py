"""Today's notes on phones, in process: who may download, the PDF itself, consent, and the cache."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from coprod_desktop.domain.records import Consent, WordsUse
from coprod_desktop.web.handout_files import Size, safe_filename
from tests.waiting import wait_until
from tests.web.phone_helpers import PhoneEnv, csrf_of

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils is needed: bash scripts/system-deps.sh test")


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "notes.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True)
    return " ".join(done.stdout.decode("utf-8").split())


def _sign_in(env: PhoneEnv, name: str, *, named: bool, address: str):
    return env.signed_in(name, "parent_carer", address,
                         name_in_handouts="yes" if named else "no",
                         words="named" if named else "room")


def _publish(env: PhoneEnv, published: bool = True) -> None:
    publishing = env.services.publishing
    env.run(lambda: (publishing.publish if published else publishing.unpublish)(env.session_id))


def test_nothing_to_download_until_published(phone_env: PhoneEnv) -> None:
    client = phone_env.signed_in()
    home = client.get("/home").text
    assert '<section class="card" id="handout-card" hidden' in home
    assert client.get("/state.json").json()["handout"] is False
    page = client.get(f"/j/{phone_env.token}/notes")
    assert page.status_code == 404 and "not ready yet" in page.text
    assert client.get(f"/j/{phone_env.token}/notes.pdf").status_code == 404
    assert phone_env.web.handouts.builds == 0


def test_a_published_handout_downloads_as_a_pdf_with_a_safe_name(phone_env: PhoneEnv,
                                                                 tmp_path: Path) -> None:
    client = phone_env.signed_in()
    _publish(phone_env)
    home = client.get("/home").text
    token = phone_env.token
    assert '<section class="card" id="handout-card" hidden' not in home
    assert f'href="/j/{token}/notes.pdf" download' in home
    assert client.get("/state.json").json()["handout"] is True
    page = client.get(f"/j/{token}/notes")
    assert page.status_code == 200 and "Download today’s notes (PDF)" in page.text
    pdf = client.get(f"/j/{token}/notes.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF-")
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.headers["content-disposition"] == (
        'attachment; filename="discovery-workshop-2026-03-03.pdf"; '
        "filename*=UTF-8''discovery-workshop-2026-03-03.pdf")
    assert pdf.headers["x-content-type-options"] == "nosniff"
    assert "no-store" in pdf.headers["cache-control"]
    text = _text(pdf.content, tmp_path)
    assert "Discovery workshop" in text and "Ashbrook SEND forum" in text
    large = client.get(f"/j/{token}/notes.pdf?size=large")
    assert large.status_code == 200 and large.content.startswith(b"%PDF-")
    assert "-large-print.pdf" in large.headers["content-disposition"]


def test_only_phones_that_signed_in_to_the_session_get_it(phone_env: PhoneEnv) -> None:
    _publish(phone_env)
    token = phone_env.token
    stranger = phone_env.client("10.0.0.7")
    for path in (f"/j/{token}/notes", f"/j/{token}/notes.pdf"):
        refused = stranger.get(path)
        assert refused.status_code == 403 and "Please sign in first" in refused.text
        assert f'href="/j/{token}"' in refused.text
        assert b"%PDF" not in refused.content
    client = phone_env.signed_in(address="10.0.0.8")
    for bad in ("x" * 30, token[:-1] + ("A" if token[-1] != "A" else "B"), "a" * 65):
        assert client.get(f"/j/{bad}/notes.pdf").status_code == 404
    old = token
    phone_env.run(lambda: phone_env.services.phones.rotate_link(phone_env.session_id))
    assert client.get(f"/j/{old}/notes.pdf").status_code == 404  # the old link stops working
    # Someone who signed out still gets the notes they came for.
    csrf = csrf_of(client.get("/home").text)
    left = client.post("/leave", data={"csrf": csrf})
    assert f'href="/j/{phone_env.token}/notes"' in left.text
    assert client.get(f"/j/{phone_env.token}/notes.pdf").status_code == 200
    # A phone now signed in to another session does not get this one's.
    other = int(phone_env.run(lambda: phone_env.services.sessions.create_session(
        "Second meeting", "2026-03-17")).new_id or 0)
    phone_env.run(lambda: phone_env.services.phones.open_sign_in(other))
    assert client.get(f"/j/{phone_env.token}/notes.pdf").status_code == 404  # sign-in closed


def test_consent_is_honoured_as_it_stands_and_the_pdf_is_kept_until_a_change(
        phone_env: PhoneEnv, tmp_path: Path) -> None:
    services, sid = phone_env.services, phone_env.session_id
    named = _sign_in(phone_env, "Zofia Wiśniewska", named=True, address="10.0.1.1")
    _sign_in(phone_env, "Quentin Zabrowski", named=False, address="10.0.1.2")
    people = {p.name: p.id for p in phone_env.run(services.read.attendees)}
    for teller, title in (("Quentin Zabrowski", "Kept in this room"),
                          ("Zofia Wiśniewska", "Our bus to school")):
        story = phone_env.run(lambda t=teller, s=title: services.stories.add_story(
            sid, people[t], title=s)).new_id
        phone_env.run(lambda s=story: services.stories.start_story(s))
        phone_env.run(lambda s=story: services.stories.end_story(s))
    _publish(phone_env)
    shelf = phone_env.web.handouts
    wait_until(lambda: shelf.builds == 1)  # made ready on the worker as soon as it was published
    url = f"/j/{phone_env.token}/notes.pdf"
    phone_env.bridge.reset_stats()
    first = named.get(url)
    text = _text(first.content, tmp_path)
    assert "Zofia Wiśniewska" in text and "Our bus to school" in text
    assert "Quentin" not in text and "Kept in this room" not in text
    assert named.get(url).content == first.content and shelf.builds == 1  # kept, not rebuilt
    assert phone_env.bridge.jobs == 0  # downloads never trouble the writer's thread
    # Zofia changes her mind: the very next download leaves her name out, no republishing.
    phone_env.run(lambda: services.people.set_consent(people["Zofia Wiśniewska"],
                                                      Consent(words=WordsUse.ROOM_ONLY)))
    again = _text(named.get(url).content, tmp_path)
    assert shelf.builds == 2 and "Zofia" not in again and "Our bus to school" not in again
    _publish(phone_env, False)
    assert named.get(url).status_code == 404
    assert named.get("/state.json").json()["handout"] is False


def test_the_notes_page_escapes_the_session_title(phone_env: PhoneEnv) -> None:
    title = "Ashbrook <script>alert(1)</script> & friends"
    session = phone_env.run(lambda: phone_env.services.read.session(phone_env.session_id))
    phone_env.run(lambda: phone_env.services.sessions.update_session(
        phone_env.session_id, title=title, on=session.date, venue=session.venue,
        starts_at=session.starts_at, ends_at=session.ends_at, kind=session.kind))
    client = phone_env.signed_in()
    _publish(phone_env)
    page = client.get(f"/j/{phone_env.token}/notes").text
    assert "<script>alert" not in page
    assert "Ashbrook &lt;script&gt;alert(1)&lt;/script&gt; &amp; friends" in page
    pdf = client.get(f"/j/{phone_env.token}/notes.pdf")
    assert 'filename="ashbrook-script-alert-1-script-friends-2026-03-03.pdf"' in \
        pdf.headers["content-disposition"]


def test_publishing_needs_sign_in_opened_first(services, session_id: int) -> None:
    from coprod_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="Open sign-in for this session first"):
        services.publishing.publish(session_id)


@pytest.mark.parametrize(("title", "size", "name"), [
    ("Discovery workshop", Size.STANDARD, "discovery-workshop-2026-03-03.pdf"),
    ("Spotkanie w Łodzi: \"rodzice\"", Size.LARGE, "spotkanie-w-lodzi-rodzice-2026-03-03-large-print.pdf"),
    ("../../etc/passwd\r\nSet-Cookie: x", Size.STANDARD, "etc-passwd-set-cookie-x-2026-03-03.pdf"),
    ("Ελένη", Size.STANDARD, "notes-2026-03-03.pdf"),
    ("A" * 200, Size.STANDARD, "a" * 60 + "-2026-03-03.pdf"),
])
def test_safe_filenames(title: str, size: Size, name: str) -> None:
    assert safe_filename(title, "2026-03-03", size) == name
