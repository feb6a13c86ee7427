"""Inclusion settings kept between runs: console UI scale, the easy-reading font, language.

The UI scale has to be known before the QApplication exists (Qt reads QT_SCALE_FACTOR once, at
start), so `apply_ui_scale()` reads QSettings without needing an application object. The values
live beside the app's other preferences (gui/prefs.py), under "plain/".
"""

from __future__ import annotations

import logging
import os
from collections.abc import MutableMapping

from PySide6.QtCore import QSettings

log = logging.getLogger(__name__)

ORGANISATION = "Coprod"
APPLICATION = "Coprod Desktop"

UI_SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)
SCALE_KEY = "plain/ui_scale"
FONT_KEY = "plain/reading_font"  # "off", "projector" or "everywhere"
FONT_CHOICES = ("off", "projector", "everywhere")
LANGUAGE_KEY = "plain/language"  # "en_GB", "pl"

_bound: list[QSettings] = []


def bind(store: QSettings | None) -> None:
    """Keep these settings in `store` (the app's own QSettings; a test's .ini file), or, with
    None, in the default place: the same one the app's `QSettings()` uses."""
    _bound.clear()
    if store is not None:
        _bound.append(store)


def settings() -> QSettings:
    if _bound:
        return _bound[0]
    return QSettings(ORGANISATION, APPLICATION)


def ui_scale() -> float:
    try:
        value = float(settings().value(SCALE_KEY, 1.0))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 1.0
    return min(UI_SCALES, key=lambda s: abs(s - value))


def set_ui_scale(value: float) -> float:
    chosen = min(UI_SCALES, key=lambda s: abs(s - value))
    store = settings()
    store.setValue(SCALE_KEY, chosen)
    store.sync()
    return chosen


def apply_ui_scale(environ: MutableMapping[str, str] | None = None) -> float:
    """Set QT_SCALE_FACTOR from the saved scale. Call before creating the QApplication.

    A QT_SCALE_FACTOR the person set themselves wins; the saved scale applies otherwise.
    """
    env = os.environ if environ is None else environ
    if env.get("QT_SCALE_FACTOR"):
        return float(env["QT_SCALE_FACTOR"])
    scale = ui_scale()
    if scale != 1.0:
        env["QT_SCALE_FACTOR"] = f"{scale:g}"
        log.info("Console UI scale %s (from settings)", f"{scale:g}")
    return scale


def reading_font() -> str:
    value = str(settings().value(FONT_KEY, "off"))
    return value if value in FONT_CHOICES else "off"


def set_reading_font(choice: str) -> None:
    if choice not in FONT_CHOICES:
        raise ValueError(choice)
    store = settings()
    store.setValue(FONT_KEY, choice)
    store.sync()


def language() -> str:
    return str(settings().value(LANGUAGE_KEY, "en_GB"))


def set_language(code: str) -> None:
    store = settings()
    store.setValue(LANGUAGE_KEY, code)
    store.sync()
