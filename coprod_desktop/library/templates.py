"""Load the session templates from resources/templates: one TOML file per kind of session.

Each step names a method card; a template that names a card the library does not have is refused
with its file named, and the other templates still load.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import time
from pathlib import Path
from typing import Any

from coprod_desktop.domain.methods import Template, TemplateStep
from coprod_desktop.library.method_translations import translation_file
from coprod_desktop.library.methods import (
    MAX_MINUTES,
    BadFile,
    MethodLibrary,
    read_toml,
    text_field,
)
from coprod_desktop.paths import resource

log = logging.getLogger(__name__)

KINDS = ("discovery", "meeting", "celebration", "other")


@dataclass(frozen=True)
class TemplateLibrary:
    templates: tuple[Template, ...]
    problems: tuple[str, ...] = field(default=())

    def get(self, template_id: str) -> Template | None:
        return next((t for t in self.templates if t.id == template_id), None)


def _minutes(path: Path, value: object, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_MINUTES:
        raise BadFile(path, f"{what} must be a whole number of minutes from 1 to {MAX_MINUTES}.")
    return value


def _start(path: Path, value: str) -> str:
    try:
        return time.fromisoformat(value).strftime("%H:%M")
    except ValueError:
        raise BadFile(path, f"'starts_at' should be a time like 18:00, not '{value}'.") from None


def _step(path: Path, number: int, data: Any, methods: MethodLibrary) -> TemplateStep:
    if not isinstance(data, dict):
        raise BadFile(path, f"step {number} is not a table.")
    method_id = data.get("method")
    if not isinstance(method_id, str) or methods.get(method_id) is None:
        raise BadFile(path, f"step {number} names a method the library does not have: "
                            f"'{method_id}'.")
    minutes = data.get("minutes")
    title = data.get("title", "")
    if not isinstance(title, str):
        raise BadFile(path, f"step {number} has a title that is not text.")
    return TemplateStep(method=method_id, title=title.strip(),
                        minutes=None if minutes is None else
                        _minutes(path, minutes, f"step {number}'s 'minutes'"))


def parse_template(path: Path, data: dict[str, Any], methods: MethodLibrary) -> Template:
    template_id = text_field(path, data, "id")
    if template_id != path.stem:
        raise BadFile(path, f"its id '{template_id}' does not match the file name.")
    kind = data.get("kind")
    if kind not in KINDS:
        raise BadFile(path, f"'kind' must be one of {', '.join(KINDS)}.")
    steps = data.get("steps")
    if not isinstance(steps, list) or not steps:
        raise BadFile(path, "it has no steps.")
    return Template(
        id=template_id, name=text_field(path, data, "name"), kind=kind,
        description=text_field(path, data, "description"),
        minutes=_minutes(path, data.get("minutes"), "'minutes'"),
        starts_at=_start(path, text_field(path, data, "starts_at")),
        steps=tuple(_step(path, n, s, methods) for n, s in enumerate(steps, start=1)),
    )


def _translated(template: Template, table: object) -> Template:
    """`template` with its name and description from `table` where given (else English)."""
    if not isinstance(table, dict):
        return template
    name, description = table.get("name"), table.get("description")
    return replace(
        template,
        name=name.strip() if isinstance(name, str) and name.strip() else template.name,
        description=(description.strip() if isinstance(description, str) and description.strip()
                     else template.description))


def translations(folder: Path, language: str | None) -> dict[str, Any]:
    """The templates' text in `language` (folder/translations/<code>.toml), or nothing."""
    path = translation_file(folder, language)
    if path is None:
        return {}
    try:
        data = read_toml(path)
    except BadFile as exc:
        log.warning("Session template translation skipped: %s", exc.problem)
        return {}
    return data


def load_templates(methods: MethodLibrary, folder: Path | None = None, *,
                   language: str | None = None) -> TemplateLibrary:
    """The templates in `folder`, named and described in `language` where a translation has
    them (their steps take the method cards' names, which `methods` carries in its language)."""
    folder = folder or resource("templates")
    translated = translations(folder, language)
    templates: list[Template] = []
    problems: list[str] = []
    for path in sorted(folder.glob("*.toml")):
        try:
            template = parse_template(path, read_toml(path), methods)
            templates.append(_translated(template, translated.get(template.id)))
        except BadFile as exc:
            log.warning("Session template skipped: %s", exc.problem)
            problems.append(exc.problem)
    templates.sort(key=lambda t: (KINDS.index(t.kind), t.minutes, t.name))
    return TemplateLibrary(tuple(templates), tuple(problems))
