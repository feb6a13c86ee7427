"""Text on the phone pages has a contrast ratio of at least 4.5:1 (WCAG AA), read from the CSS."""

from __future__ import annotations

import re

from coprod_desktop.paths import resource

CSS = resource("web", "static", "phone.css").read_text(encoding="utf-8")


def _variables() -> dict[str, str]:
    root = re.search(r":root\s*{([^}]*)}", CSS)
    assert root
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", root.group(1)))


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_formula() -> None:
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#767676", "#ffffff"), 2) == 4.54


def test_every_text_pair_meets_aa() -> None:
    v = _variables()
    pairs = {
        "body text": (v["ink"], v["paper"]),
        "quiet text": (v["quiet"], v["paper"]),
        "quiet text on cards": (v["quiet"], v["wash"]),
        "text on cards": (v["ink"], v["wash"]),
        "links and secondary buttons": (v["brand"], v["paper"]),
        "links on cards": (v["brand"], v["wash"]),
        "buttons and header": (v["brand-ink"], v["brand"]),
        "errors": (v["error"], v["paper"]),
        "errors on cards": (v["error"], v["wash"]),
        "confirmation": (v["ok-ink"], v["ok-wash"]),
    }
    swatches = dict(re.findall(r"\.colour-(\w+)\s*{\s*background:\s*(#[0-9a-fA-F]{6})", CSS))
    assert len(swatches) == 7
    for name, background in swatches.items():
        pairs[f"{name} note choice"] = (v["ink"], background)
    weak = {name: round(contrast(*pair), 2) for name, pair in pairs.items()
            if contrast(*pair) < 4.5}
    assert weak == {}


def test_controls_and_focus_are_visible() -> None:
    """Borders of fields and the focus ring need 3:1 against the page (WCAG 1.4.11)."""
    v = _variables()
    borders = re.findall(r"border: 2px solid (#[0-9a-fA-F]{6})", CSS)
    assert borders and all(contrast(b, v["paper"]) >= 3 for b in borders)
    assert contrast(v["focus"], v["paper"]) >= 3 and contrast(v["focus"], v["wash"]) >= 3
