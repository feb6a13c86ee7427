"""The method cards' text in another language, with English kept where it is missing.

`resources/methods/translations/<code>.toml` holds one table per card, keyed by the card's id,
with that language's `name`, `purpose`, `group_size` and `instructions` (what the room reads on
the projector) and `notes` (the facilitator's notes, shown only on the console). A field missing
or unusable there (empty, an over-long name, too many projector lines) keeps the English card's
text, and the problem is named, as a damaged card is, so a translator can see what is left.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from coprod_desktop.domain.limits import TITLE_MAX
from coprod_desktop.domain.methods import Method
from coprod_desktop.i18n import data_codes

log = logging.getLogger(__name__)

TRANSLATED = ("name", "purpose", "group_size", "instructions", "notes")
MAX_PROJECTOR_LINES = 5


def translation_file(folder: Path, language: str | None) -> Path | None:
    """The file of `language`'s cards in `folder`/translations (the region dropped if need be)."""
    for code in data_codes(language):
        path = folder / "translations" / f"{code}.toml"
        if path.is_file():
            return path
    return None


def _field(table: dict[str, Any], key: str) -> str | None:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        return None
    if key == "instructions":
        lines = [line.strip() for line in value.splitlines() if line.strip()]
        return "\n".join(lines) if len(lines) <= MAX_PROJECTOR_LINES else None
    text = value.strip()
    return None if key == "name" and len(text) > TITLE_MAX else text


def translate(method: Method, table: object, source: str) -> tuple[Method, list[str]]:
    """`method` with each of its room-facing texts from `table` where usable, and the problems."""
    if not isinstance(table, dict):
        return method, [f"{source}: '{method.id}' has no translation; it is shown in English."]
    found: dict[str, str] = {}
    problems: list[str] = []
    for key in TRANSLATED:
        text = _field(table, key)
        if text is None:
            problems.append(f"{source}: '{method.id}' has no usable '{key}'; "
                            "the English is shown.")
        else:
            found[key] = text
    return replace(method, name=found.get("name", method.name),
                   purpose=found.get("purpose", method.purpose),
                   group_size=found.get("group_size", method.group_size),
                   instructions=found.get("instructions", method.instructions),
                   notes=found.get("notes", method.notes)), problems


def translate_all(methods: list[Method], data: dict[str, Any], source: str
                  ) -> tuple[list[Method], list[str]]:
    out: list[Method] = []
    problems: list[str] = []
    for method in methods:
        translated, found = translate(method, data.get(method.id), source)
        out.append(translated)
        problems.extend(found)
    for problem in problems:
        log.warning("Method card translation: %s", problem)
    return out, problems
