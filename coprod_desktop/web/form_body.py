"""A phone's posted form (application/x-www-form-urlencoded), read in one pass.

Starlette reads such a form through python-multipart's streaming parser, a Python call for
every field's start, name, data and end: a fifth of the server's CPU for a posted note. Phone
forms are small (the body is at most `Limits.body_bytes`, web/security.py) and arrive whole,
so the body is read once and split here, decoded exactly as Starlette decodes each field
(percent escapes as UTF-8, `+` as a space; tests/web/test_form_body.py compares the two), with
Starlette's refusal of a form with too many fields (400).
"""

from __future__ import annotations

from urllib.parse import unquote_plus

from starlette.exceptions import HTTPException


def form_fields(body: bytes, max_fields: int) -> dict[str, str]:
    """The fields of a posted form; a name given twice keeps its last value (as Starlette's)."""
    parts = [part for part in body.split(b"&") if part]
    if len(parts) > max_fields:
        raise HTTPException(400, f"Too many fields. Maximum number of fields is {max_fields}.")
    fields: dict[str, str] = {}
    for part in parts:
        name, _, value = part.partition(b"=")
        fields[unquote_plus(name.decode("latin-1"))] = unquote_plus(value.decode("latin-1"))
    return fields
