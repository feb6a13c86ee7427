"""WCAG contrast for style sheets: which text colour sits on which background, and the ratio.

A small reader for the .qss files in ui/: it finds each rule's `color` and the background it is
drawn on (its own, or the nearest rule for an ancestor in the selector), then computes the WCAG 2
contrast ratio. Pure Python; no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_HEX = re.compile(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})\b")
_NAMED = {"black": "#000000", "white": "#ffffff"}


@dataclass(frozen=True, slots=True)
class TextColour:
    selector: str
    colour: str
    background: str
    ratio: float


def parse_hex(value: str) -> tuple[int, int, int] | None:
    value = _NAMED.get(value.strip().lower(), value)
    match = _HEX.search(value)
    if match is None:
        return None
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    first, second = parse_hex(a), parse_hex(b)
    if first is None or second is None:
        raise ValueError(f"not a colour: {a!r} or {b!r}")
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def rules(sheet: str) -> list[tuple[str, dict[str, str]]]:
    """(selector, declarations) for each rule; a rule with several selectors is split up."""
    out = []
    for selectors, body in _RULE.findall(_COMMENT.sub("", sheet)):
        declarations = {}
        for part in body.split(";"):
            if ":" in part:
                name, value = part.split(":", 1)
                declarations[name.strip().lower()] = value.strip()
        for selector in selectors.split(","):
            out.append((" ".join(selector.split()), declarations))
    return out


def _background(declarations: dict[str, str]) -> str | None:
    for name in ("background-color", "background"):
        value = declarations.get(name, "")
        if parse_hex(value) is not None:
            return value
    return None


def text_colours(sheet: str, default_background: str) -> list[TextColour]:
    """Every `color` in the sheet with the background it is shown on and their contrast."""
    parsed = rules(sheet)
    backgrounds = {selector: bg for selector, decl in parsed if (bg := _background(decl))}
    out = []
    for selector, declarations in parsed:
        colour = declarations.get("color")
        if colour is None or parse_hex(colour) is None:
            continue
        background = _background(declarations)
        parts = selector.split()
        while background is None and parts:
            parts = parts[:-1]
            background = backgrounds.get(" ".join(parts)) if parts else None
        background = background or default_background
        out.append(TextColour(selector, colour, background, contrast(colour, background)))
    return out
