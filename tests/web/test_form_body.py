"""Posted forms read in one pass, field for field as Starlette's own form parser reads them."""

from __future__ import annotations

import asyncio
import random
from urllib.parse import urlencode

import pytest
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.formparsers import FormParser

from coprod_desktop.web.form_body import form_fields
from tests.web.phone_helpers import PhoneEnv, csrf_of


def _starlette(body: bytes) -> dict[str, str]:
    async def stream():  # type: ignore[no-untyped-def]
        yield body

    parsed = asyncio.run(FormParser(Headers({}), stream()).parse())
    return {name: value for name, value in parsed.multi_items() if isinstance(value, str)}


@pytest.mark.parametrize(("body", "fields"), [
    (b"a=1&b=2", {"a": "1", "b": "2"}),
    (b"text=Za%C5%BC%C3%B3%C5%82%C4%87+%F0%9F%98%80+%2B1", {"text": "Zażółć 😀 +1"}),
    (b"text=a%26b%3Dc&csrf=", {"text": "a&b=c", "csrf": ""}),
    (b"name&&x==y&", {"name": "", "x": "=y"}),
    (b"text=Line+one%0D%0ALine+two", {"text": "Line one\r\nLine two"}),
    (b"a=1&a=2", {"a": "2"}),
    (b"a=%zz%", {"a": "%zz%"}),
    (b"", {}),
])
def test_fields_are_read_as_written(body: bytes, fields: dict[str, str]) -> None:
    assert form_fields(body, 40) == fields
    assert _starlette(body) == fields


def test_any_body_gives_what_starlette_gives() -> None:
    pieces = [b"a", b"b", b"=", b"&", b"%", b"+", b"2C", b"C5", b"%C5%BC", b";", b"\xc5\xbc", b"x"]
    draw = random.Random(18)
    for _ in range(2000):
        body = b"".join(draw.choice(pieces) for _ in range(draw.randint(0, 14)))
        assert form_fields(body, 1000) == _starlette(body), body


def test_too_many_fields_are_refused() -> None:
    body = urlencode({f"f{n}": "x" for n in range(41)}).encode()
    with pytest.raises(HTTPException) as refused:
        form_fields(body, 40)
    assert refused.value.status_code == 400
    assert len(form_fields(body, 41)) == 41


def test_a_note_arrives_as_typed_and_a_crowded_form_is_refused(phone_env: PhoneEnv) -> None:
    phone_env.run(lambda: phone_env.services.phones.set_notes_open(phone_env.session_id, True))
    client = phone_env.signed_in("Priya")
    csrf = csrf_of(client.get("/home").text)
    typed = "Waiting + lists & <letters>\r\n– 50% of us 😀"
    assert client.post("/note", data={"csrf": csrf, "text": typed}).status_code == 303
    assert [n.text for n in phone_env.notes()] == ["Waiting + lists & <letters>\n– 50% of us 😀"]
    crowded = {"csrf": csrf, "text": "Too many", **{f"f{n}": "x" for n in range(40)}}
    assert client.post("/note", data=crowded).status_code == 400
    assert len(phone_env.notes()) == 1
