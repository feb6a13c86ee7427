"""Load the method cards from resources/methods: one TOML file per method.

A damaged or incomplete file does not stop the library: the others load, and the problem names
the file and says what is wrong with it.
"""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coprod_desktop.domain.limits import TITLE_MAX
from coprod_desktop.domain.methods import Method, Tool
from coprod_desktop.domain.phases import Phase
from coprod_desktop.library.method_translations import translate_all, translation_file
from coprod_desktop.paths import resource

log = logging.getLogger(__name__)

MAX_PROJECTOR_LINES = 5
MAX_MINUTES = 8 * 60
REQUIRED_TEXT = ("name", "purpose", "instructions", "notes", "group_size")


class BadFile(ValueError):
    """A data file that cannot be used; `problem` names the file and the reason."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        self.problem = f"{path.name}: {reason}"
        super().__init__(self.problem)


@dataclass(frozen=True)
class MethodLibrary:
    methods: tuple[Method, ...]
    problems: tuple[str, ...] = field(default=())

    def get(self, method_id: str) -> Method | None:
        return next((m for m in self.methods if m.id == method_id), None)

    def search(self, words: str = "", phase: Phase | None = None) -> list[Method]:
        return [m for m in self.methods
                if (phase is None or m.phase is phase) and m.matches(words)]


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise BadFile(path, f"the file is damaged ({exc}).") from None
    except UnicodeDecodeError:
        raise BadFile(path, "the file is not plain UTF-8 text.") from None
    except OSError as exc:
        raise BadFile(path, f"the file cannot be read ({exc.strerror}).") from None


def text_field(path: Path, data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise BadFile(path, f"'{key}' is missing or empty.")
    return value.strip()


def parse_method(path: Path, data: dict[str, Any]) -> Method:
    method_id = text_field(path, data, "id")
    if method_id != path.stem:
        raise BadFile(path, f"its id '{method_id}' does not match the file name.")
    texts = {key: text_field(path, data, key) for key in REQUIRED_TEXT}
    if len(texts["name"]) > TITLE_MAX:
        raise BadFile(path, "the name is too long.")
    try:
        phase = Phase(data.get("phase", ""))
    except ValueError:
        raise BadFile(path, f"'phase' must be one of {', '.join(p.value for p in Phase)}.") from None
    try:
        tool = Tool(data.get("tool", "none"))
    except ValueError:
        raise BadFile(path, f"'tool' must be one of {', '.join(t.value for t in Tool)}.") from None
    minutes = data.get("minutes")
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= MAX_MINUTES:
        raise BadFile(path, f"'minutes' must be a whole number from 1 to {MAX_MINUTES}.")
    lines = [line for line in texts["instructions"].splitlines() if line.strip()]
    if len(lines) > MAX_PROJECTOR_LINES:
        raise BadFile(path, f"the projector instructions have {len(lines)} lines; "
                            f"the most is {MAX_PROJECTOR_LINES}.")
    return Method(id=method_id, phase=phase, tool=tool, minutes=minutes,
                  instructions="\n".join(lines), **{k: v for k, v in texts.items()
                                                    if k != "instructions"})


def load_methods(folder: Path | None = None, language: str | None = None) -> MethodLibrary:
    """Every method card in `folder` (default: resources/methods), sorted by phase then name;
    their room-facing text in `language` ('pl', 'pl_PL') where `folder`/translations has it,
    else English, card by card and field by field (None or an unknown code: all English)."""
    folder = folder or resource("methods")
    return _collect(sorted(folder.glob("*.toml")), translation_file(folder, language))


def _collect(paths: Iterable[Path], translations: Path | None = None) -> MethodLibrary:
    methods: list[Method] = []
    problems: list[str] = []
    for path in paths:
        try:
            methods.append(parse_method(path, read_toml(path)))
        except BadFile as exc:
            log.warning("Method card skipped: %s", exc.problem)
            problems.append(exc.problem)
    if translations is not None:
        try:
            methods, missing = translate_all(methods, read_toml(translations),
                                             f"translations/{translations.name}")
            problems.extend(missing)
        except BadFile as exc:
            log.warning("Method card translations not used: %s", exc.problem)
            problems.append(exc.problem)
    order = list(Phase)
    methods.sort(key=lambda m: (order.index(m.phase), m.name.casefold()))
    return MethodLibrary(tuple(methods), tuple(problems))
