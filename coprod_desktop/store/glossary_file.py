"""Load the built-in jargon buster from `resources/glossary/*.toml`.

The files are read once per run. A damaged file is named in the log and skipped, so one bad edit
does not take the whole glossary away; a damaged entry is skipped the same way.
"""

from __future__ import annotations

import logging
import tomllib
from functools import cache
from pathlib import Path

from coprod_desktop.domain.glossary import GlossaryEntry
from coprod_desktop.paths import resource

log = logging.getLogger(__name__)


def parse_entries(data: dict, source: str) -> list[GlossaryEntry]:
    """Turn the `[[term]]` tables of one parsed file into entries, skipping broken ones."""
    entries: list[GlossaryEntry] = []
    for index, item in enumerate(data.get("term", []), start=1):
        try:
            term = str(item["term"]).strip()
            explanation = str(item["explanation"]).strip()
            aliases = tuple(str(a).strip() for a in item.get("aliases", []) if str(a).strip())
        except (KeyError, TypeError):
            log.warning("Glossary %s: entry %d has no term or explanation; skipped", source, index)
            continue
        if not term or not explanation:
            log.warning("Glossary %s: entry %d is empty; skipped", source, index)
            continue
        entries.append(GlossaryEntry(term=term, explanation=explanation, aliases=aliases,
                                     area=str(item.get("area", ""))))
    return entries


def load_folder(folder: Path) -> tuple[GlossaryEntry, ...]:
    entries: list[GlossaryEntry] = []
    for path in sorted(folder.glob("*.toml")):
        try:
            with path.open("rb") as handle:
                data = tomllib.load(handle)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            log.error("Glossary file %s could not be read (%s); its terms are left out", path, exc)
            continue
        entries.extend(parse_entries(data, path.name))
    return tuple(entries)


@cache
def builtin_entries() -> tuple[GlossaryEntry, ...]:
    """The glossary that ships with the app."""
    return load_folder(resource("glossary"))
