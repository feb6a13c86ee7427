"""Phone pages in the phone's own language: gettext catalogues for the Jinja2 templates.

A phone says which languages its owner reads (the Accept-Language header); the first one we have a
catalogue for is used, else English (UK). Catalogues live in resources/i18n/web/<code>/LC_MESSAGES/
phone.mo, built from phone.po by scripts/i18n.sh. Templates mark text with {% trans %} or _().
"""

from __future__ import annotations

import gettext
import re
import threading
from collections.abc import Callable
from functools import cache

from jinja2 import Environment

from coprod_desktop.paths import resource
from coprod_desktop.web import phone_messages

DOMAIN = "phone"
_QUALITY = re.compile(r"^(0(\.[0-9]{0,3})?|1(\.0{0,3})?)$", re.ASCII)
DEFAULT = "en_GB"
LANGUAGES = {"en_GB": "en-GB", "pl": "pl", "ar": "ar"}  # catalogue code → HTML lang attribute
RIGHT_TO_LEFT = frozenset({"ar"})  # pages laid out right to left (<html dir="rtl">)


def pick_language(accept_language: str) -> str:
    """The best language we have for an Accept-Language header such as 'pl-PL,pl;q=0.9,en;q=0.8'."""
    choices: list[tuple[float, int, str]] = []
    for index, part in enumerate(accept_language.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            value = params.strip()[2:]
            quality = float(value) if _QUALITY.match(value) else 0.0
        if tag and quality > 0:
            choices.append((-quality, index, tag.strip().lower().replace("_", "-")))
    for _, _, tag in sorted(choices):
        if tag in ("en", "en-gb") or tag.startswith("en-"):
            return DEFAULT
        primary = tag.split("-")[0]
        if primary in LANGUAGES:
            return primary
    return DEFAULT


@cache
def translations(code: str) -> gettext.NullTranslations:
    if code == DEFAULT:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, str(resource("i18n", "web")), languages=[code],
                               fallback=True)


THOUSANDS = {"pl": "\u00a0"}  # 2 000 in Polish (a space that does not break), 2,000 in English


def translate(code: str, text: str) -> str:
    """Python-side text in language `code`; English text is shown exactly as written."""
    if code == DEFAULT or not text:
        return text
    return phone_messages.translate(text, translations(code), thousands=THOUSANDS.get(code, ","))


def colour_name(code: str, colour: str) -> str:
    name = phone_messages.COLOUR_NAMES.get(colour, colour)
    return translations(code).pgettext(phone_messages.COLOUR_CONTEXT, name)


def prepare(env: Environment) -> Environment:
    """Let templates mark text for translation; English needs no catalogue."""
    env.add_extension("jinja2.ext.i18n")
    env.install_null_translations(newstyle=True)  # type: ignore[attr-defined]
    env.globals["lang"] = LANGUAGES[DEFAULT]
    env.globals["dir"] = "ltr"
    return env


_localised: dict[tuple[int, str], Environment] = {}
_localising = threading.Lock()  # the server's thread and templates_ahead's may ask at once


def environment_for(code: str, english: Environment,
                    build: Callable[[], Environment]) -> Environment:
    """The templates in `code`: `english` itself, or a twin environment with that catalogue."""
    if code == DEFAULT or code not in LANGUAGES:
        return english
    key = (id(english), code)
    found = _localised.get(key)
    if found is not None:
        return found
    with _localising:
        if key not in _localised:
            env = build()
            env.install_gettext_translations(translations(code), newstyle=True)  # type: ignore[attr-defined]
            env.globals["lang"] = LANGUAGES[code]
            env.globals["dir"] = "rtl" if code in RIGHT_TO_LEFT else "ltr"
            _localised[key] = env
        return _localised[key]
