"""Load the built-in jargon buster from `resources/glossary/*.toml`, in English or another language.

The files are read once per run. A damaged file is named in the log and skipped, so one bad edit
does not take the whole glossary away; a damaged entry is skipped the same way.

Other languages: `resources/glossary/translations/<code>.toml` holds one table per entry, keyed
by the English term, with that language's `explanation`. The term and its forms stay as people
meet them (in letters and meetings, in English); only the explanation changes. An entry with no
translation keeps its English explanation, and an unknown language is English throughout.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import replace
from functools import cache
from pathlib import Path

from coprod_desktop.domain.glossary import GlossaryEntry, fold
from coprod_desktop.i18n import data_codes
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


def read_explanations(path: Path) -> dict[str, str]:
    """One language's explanations from `path`, by folded English term ({} if there is no file)."""
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        log.error("Glossary translation %s could not be read (%s); English is used", path, exc)
        return {}
    found: dict[str, str] = {}
    for term, table in data.items():
        text = table.get("explanation") if isinstance(table, dict) else None
        if isinstance(text, str) and text.strip():
            found[fold(term)] = text.strip()
        else:
            log.warning("Glossary translation %s: '%s' has no explanation; English is used",
                        path.name, term)
    return found


@cache
def explanations(language: str | None) -> dict[str, str]:
    """The shipped explanations in `language` (its region dropped if need be), by folded term."""
    for code in data_codes(language):
        found = read_explanations(resource("glossary", "translations", f"{code}.toml"))
        if found:
            return found
    return {}


def explained(entries: tuple[GlossaryEntry, ...], language: str | None
              ) -> tuple[GlossaryEntry, ...]:
    """`entries` with the explanation of each built-in one in `language`, where we have it.
    A programme's own terms are its own words and are never replaced."""
    wanted = explanations(language)
    if not wanted:
        return entries
    return tuple(entry if entry.from_programme or entry.key not in wanted
                 else replace(entry, explanation=wanted[entry.key]) for entry in entries)


@cache
def builtin_entries(language: str | None = None) -> tuple[GlossaryEntry, ...]:
    """The glossary that ships with the app, explained in `language` ('pl', 'pl_PL'; None or an
    unknown code: English), entry by entry falling back to English."""
    english = _english_entries()
    return explained(english, language) if language else english


@cache
def _english_entries() -> tuple[GlossaryEntry, ...]:
    """The shipped terms, read once (every language's glossary starts from them)."""
    return load_folder(resource("glossary"))
