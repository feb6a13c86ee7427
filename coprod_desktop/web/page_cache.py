"""Phone pages drawn once for each set of values, with fresh one-time keys every time.

A page is the same text for the same template, language and values; only its one-time form keys
(web/once.py) must differ each time it is sent. So a page is drawn once with a marker where each
key goes, kept split at the markers, and sent again with a new key in each gap. The values are the
cache key, made hashable: a page with a value that cannot be (or a new value) is simply drawn.

Some values differ for every phone and are only ever printed: its form token, the person's name.
These are `personal`: the page is drawn with a marker in their place (an empty value stays empty,
so `{% if name %}` still reads it), and each is put in, escaped as the template's autoescape
would, when the page is sent. So a room of 300 phones shares one kept home page instead of
drawing 300. A template that did more with a personal value than print it (a filter, a slice)
would change the marker: the first time a page is drawn it is drawn with the phone's own values
too, and a page whose two drawings differ is drawn for each phone instead.
The marker is random for each run and never leaves the laptop.

Values that many pages share and that never change while the server runs (the limits, the
colours and their names in one language) come as one `Fixed` mapping, frozen once when it is
made: looking a page up then freezes only the values of this request.
"""

from __future__ import annotations

import logging
import re
import secrets
import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterator, Mapping
from typing import Any

from jinja2 import Environment
from markupsafe import escape

from coprod_desktop.web.once import new_key, new_keys

log = logging.getLogger(__name__)
_MARKER = "once" + secrets.token_hex(16)
_KEY_SLOT = f"{_MARKER}:o:"
_SLOT = re.compile(re.escape(_MARKER) + r":(o|p:[A-Za-z_]\w*):")
_drawing = threading.local()


def once_key() -> str:
    """The templates' `once_key()`: a fresh key, or the marker while a page is drawn for keeping."""
    return _KEY_SLOT if getattr(_drawing, "keeping", False) else new_key()


class _Unhashable(Exception):
    pass


class Fixed(Mapping[str, Any]):
    """Values for a page that stay the same while the server runs, frozen once.

    Two are the same key only when they hold equal values that print alike (as any value)."""

    __slots__ = ("_hash", "_key", "_values")

    def __init__(self, values: Mapping[str, Any]) -> None:
        self._values = dict(values)
        self._key = _frozen(self._values)  # raises _Unhashable for a value that cannot be kept
        self._hash = hash(self._key)

    def __getitem__(self, name: str) -> Any:
        return self._values[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return self is other or (isinstance(other, Fixed) and self._hash == other._hash
                                 and self._key == other._key)


_NUMBERS = frozenset({bool, int, float})


def _frozen(value: Any) -> Hashable:
    kind = type(value)
    if kind is str or value is None or kind is Fixed:
        return value
    if kind in _NUMBERS:
        return (kind, value)
    if isinstance(value, str):  # Markup, an enum: equal to its text, but may print otherwise
        return (kind, str(value))
    if isinstance(value, (bool, int, float)):
        return (type(value), value)  # 1, 1.0 and True are equal keys but print differently
    if kind is tuple and all(type(v) is str or v is None for v in value):
        return value  # (never equal to a frozen list, dict or number: those start with a tag)
    if isinstance(value, Mapping):
        return ("{}", tuple([(k, v if type(v) is str or v is None else _frozen(v))
                             for k, v in value.items()]))
    if isinstance(value, (list, tuple)):
        return ("[]", tuple(_frozen(v) for v in value))
    if isinstance(value, (set, frozenset)):
        return ("set", frozenset(_frozen(v) for v in value))
    try:
        hash(value)
    except TypeError:
        raise _Unhashable from None
    # (mypy reads the two __hash__ as different signatures; they are the same slot or not)
    if type(value).__hash__ is object.__hash__:  # type: ignore[comparison-overlap]
        raise _Unhashable  # compared by identity: a new object each time would never match
    return value


_NOTHING = Fixed({})


class PageCache:
    def __init__(self, keep: int = 2048) -> None:
        self.keep = keep
        self.hits = 0
        self.misses = 0
        self._pages: OrderedDict[Hashable, tuple[str, ...] | None] = OrderedDict()
        self._lock = threading.Lock()

    def render(self, env: Environment, template: str, values: dict[str, Any],
               personal: Mapping[str, str] | None = None, fixed: Fixed | None = None) -> str:
        """The page for `fixed` and `values`; `personal` values are printed into it as they are
        sent."""
        personal = personal or {}
        fixed = fixed or _NOTHING
        try:
            key = (id(env), template, fixed, _frozen(values),
                   tuple((name, bool(text)) for name, text in sorted(personal.items())))
        except _Unhashable:
            return env.get_template(template).render(fixed, **values, **personal)
        with self._lock:
            parts = self._pages.get(key, ())
            if parts != ():
                self._pages.move_to_end(key)
                self.hits += 1
        if parts == ():
            parts = self._draw(env, template, {**fixed, **values}, personal)
            with self._lock:
                self.misses += 1
                self._pages[key] = parts
                while len(self._pages) > self.keep:
                    self._pages.popitem(last=False)
        if parts is None:  # a page that cannot be kept in pieces
            return env.get_template(template).render(fixed, **values, **personal)
        keys = iter(new_keys(parts[1::2].count("o")))
        out = [parts[0]]
        for at in range(1, len(parts), 2):
            slot = parts[at]
            out.append(next(keys) if slot == "o" else str(escape(personal[slot[2:]])))
            out.append(parts[at + 1])
        return "".join(out)

    @staticmethod
    def _draw(env: Environment, template: str, values: dict[str, Any],
              personal: Mapping[str, str]) -> tuple[str, ...] | None:
        """The page split at its slots (text, slot, text, ..., text), or None when the page
        drawn with this phone's own values is not the kept page with them put in."""
        marked = {name: f"{_MARKER}:p:{name}:" if text else ""
                  for name, text in personal.items()}
        _drawing.keeping = True
        try:
            page = env.get_template(template).render(**values, **marked)
            own = env.get_template(template).render(**values, **personal) if personal else page
        finally:
            _drawing.keeping = False
        parts = tuple(_SLOT.split(page))
        filled = [parts[0]]
        for at in range(1, len(parts), 2):
            slot = parts[at]
            filled.append(_KEY_SLOT if slot == "o" else str(escape(personal[slot[2:]])))
            filled.append(parts[at + 1])
        if "".join(filled) != own:
            log.warning("%s does more than print a personal value; drawn for each phone", template)
            return None
        return parts
