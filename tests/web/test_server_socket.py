"""The phone server over a real socket on 127.0.0.1, on its own thread, and really stopped."""

from __future__ import annotations

import socket

import httpx
import pytest

from coprod_desktop.web.server import PhoneServer, ServerError
from tests.web.phone_helpers import PhoneEnv, csrf_of


def test_sign_in_and_post_a_note_over_loopback(phone_env: PhoneEnv) -> None:
    phone_env.run(lambda: phone_env.services.phones.set_notes_open(phone_env.session_id, True))
    server = phone_env.web.server
    port = server.start("127.0.0.1", 0)
    assert server.running and port > 0
    url = phone_env.web.join_url("127.0.0.1", phone_env.token)
    assert url.startswith(f"http://127.0.0.1:{port}/j/")
    with httpx.Client(follow_redirects=False, timeout=5) as phone:
        page = phone.get(url)
        assert page.status_code == 200 and "server" not in page.headers
        signed = phone.post(url, data={"csrf": csrf_of(page.text), "name": "Ola",
                                       "group": "voluntary"})
        assert signed.status_code == 303
        home = phone.get(f"{server.url()}/home")
        note = phone.post(f"{server.url()}/note",
                          data={"csrf": csrf_of(home.text), "text": "Over the wire"})
        assert note.status_code == 303
    assert [n.text for n in phone_env.notes()] == ["Over the wire"]
    server.stop()
    assert not server.running
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port), 1):
        pass
    # It can be opened again later (Close sign-in, then Open sign-in).
    port2 = server.start("127.0.0.1", 0)
    assert httpx.get(f"http://127.0.0.1:{port2}/", timeout=5).status_code == 200
    server.stop()


def test_a_port_in_use_is_explained(phone_env: PhoneEnv) -> None:
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen(1)
    try:
        server = PhoneServer(phone_env.web.app)
        with pytest.raises(ServerError, match="Another program may be using that port"):
            server.start("127.0.0.1", blocker.getsockname()[1])
        assert not server.running
    finally:
        blocker.close()
