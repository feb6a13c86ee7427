"""Phone pages drawn once for each set of values, with fresh one-time keys every time.

A page is the same text for the same template, language and values; only its one-time form keys
(web/once.py) must differ each time it is sent. So a page is drawn once with a marker where each
key goes, kept split at the markers, and sent again with a new key in each gap. The values are the
cache key, made hashable: a page with a value that cannot be (or a new value) is simply drawn.
The marker is random for each run and never leaves the laptop.
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from collections.abc import Hashable, Mapping
from typing import Any

from jinja2 import Environment

from coprod_desktop.web.once import new_key

_MARKER = "once" + secrets.token_hex(16)
_drawing = threading.local()


def once_key() -> str:
    """The templates' `once_key()`: a fresh key, or the marker while a page is drawn for keeping."""
    return _MARKER if getattr(_drawing, "keeping", False) else new_key()


class _Unhashable(Exception):
    pass


def _frozen(value: Any) -> Hashable:
    if isinstance(value, str) or value is None:
        return value
    if isinstance(value, (bool, int, float)):
        return (type(value), value)  # 1, 1.0 and True are equal keys but print differently
    if isinstance(value, Mapping):
        return ("{}", tuple((k, _frozen(v)) for k, v in value.items()))
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


class PageCache:
    def __init__(self, keep: int = 2048) -> None:
        self.keep = keep
        self.hits = 0
        self.misses = 0
        self._pages: OrderedDict[Hashable, tuple[str, ...]] = OrderedDict()
        self._lock = threading.Lock()

    def render(self, env: Environment, template: str, values: dict[str, Any]) -> str:
        try:
            key = (id(env), template, _frozen(values))
        except _Unhashable:
            return env.get_template(template).render(**values)
        with self._lock:
            parts = self._pages.get(key)
            if parts is not None:
                self._pages.move_to_end(key)
                self.hits += 1
        if parts is None:
            _drawing.keeping = True
            try:
                parts = tuple(env.get_template(template).render(**values).split(_MARKER))
            finally:
                _drawing.keeping = False
            with self._lock:
                self.misses += 1
                self._pages[key] = parts
                while len(self._pages) > self.keep:
                    self._pages.popitem(last=False)
        if len(parts) == 1:
            return parts[0]
        out = [parts[0]]
        for part in parts[1:]:
            out.append(new_key())
            out.append(part)
        return "".join(out)
