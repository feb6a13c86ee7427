"""Translation for everything that runs without Qt: PDFs, `coprod export`, messages from services.

One mechanism, gettext catalogues (.po/.mo, made with Babel), for all Qt-free text, because PDFs
and the command line run where there is no Qt to ask, and one .po format opens in Poedit (or any
.po editor) for every part of the app; the phone pages already use it (web/phone_i18n.py). The
interface (console and projector) uses the same catalogue (see docs/translating.md).

Catalogues: resources/i18n/desktop/<code>/LC_MESSAGES/coprod.po, compiled to .mo by
scripts/i18n.sh. English (UK) is the source language and needs no catalogue.

The language is per piece of work, not per process: `with language("pl"):` around building a
PDF makes `_`, `ngettext` and `number` inside it (in this thread) speak Polish, while the
interface, or another PDF made at the same time on another thread, keeps its own. The interface's
language is set once for the GUI thread with `set_language` (gui/plain/i18n.py does it).
"""

from __future__ import annotations

import gettext as _gettext
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from coprod_desktop.paths import resource

DOMAIN = "coprod"
SOURCE = "en_GB"
# Catalogue code -> the language's own name (what a facilitator picks from).
LANGUAGES = {"en_GB": "English (UK)", "pl": "Polski"}

_CODE = re.compile(r"[A-Za-z]{2,3}(_[A-Za-z0-9]{2,8})?")
_current: ContextVar[str] = ContextVar("coprod_language", default=SOURCE)
# Catalogues made while the app runs rather than read from resources (tests' pseudo-locale).
_made: dict[str, _gettext.NullTranslations] = {}


def data_codes(code: str | None) -> tuple[str, ...]:
    """The file names to look for when data (the glossary, the method cards) is wanted in `code`,
    most exact first: 'pl-PL' and 'pl_PL' -> ('pl_PL', 'pl'); English or nothing -> () (the
    English text is the data itself)."""
    exact = (code or "").strip().replace("-", "_")
    if not _CODE.fullmatch(exact):  # never a path: only letters, digits and one '_'
        return ()
    base = exact.split("_")[0].lower()
    if base == "en":
        return ()
    return tuple(dict.fromkeys((exact, base)))


def known(code: str | None) -> str:
    """`code` if we have it, else the source language."""
    return code if code in LANGUAGES or code in _made else SOURCE


def add_catalogue(code: str, catalogue: _gettext.NullTranslations) -> None:
    """Use `catalogue` for `code` (a made-up language such as a test's pseudo-locale)."""
    _made[code] = catalogue


def set_language(code: str | None) -> str:
    """Speak `code` from now on in this thread (the GUI thread: the interface's language)."""
    _current.set(known(code))
    return _current.get()


def translations(code: str) -> _gettext.NullTranslations:
    return _made.get(code) or _read(code)


@cache
def _read(code: str) -> _gettext.NullTranslations:
    if code == SOURCE:
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, str(resource("i18n", "desktop")), languages=[code],
                                fallback=True)


@contextmanager
def language(code: str | None) -> Iterator[str]:
    """Speak `code` (or English, if we have no catalogue for it) inside the block."""
    token = _current.set(known(code))
    try:
        yield _current.get()
    finally:
        _current.reset(token)


def current() -> str:
    return _current.get()


def _(message: str) -> str:
    """`message` in the current language ('' stays '': gettext would give the header)."""
    return translations(_current.get()).gettext(message) if message else message


def N_(message: str) -> str:
    """Mark `message` for the catalogue without translating it yet (module constants)."""
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a singular/plural pair for the catalogue (for `count` later)."""
    return singular, plural


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form for `count` in the current language (Polish has three)."""
    return translations(_current.get()).ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    return translations(_current.get()).pgettext(context, message)


@cache
def babel_locale(code: str) -> str:
    """The locale Babel formats numbers and dates with for `code` (English for a made-up one)."""
    if code == SOURCE or code in LANGUAGES:  # ours: Babel has them (tests/i18n checks)
        return code
    from babel import Locale, UnknownLocaleError  # Babel's locale data: on first use

    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return SOURCE
    return code


def date_locale(code: str) -> str:
    """The locale Babel writes dates in for `code`: UK English as the app has always written
    it ('Sep', where CLDR's en_GB now writes 'Sept'), on screen and in every export alike."""
    locale = babel_locale(code)
    return "en" if locale == SOURCE else locale


def number(value: int | float) -> str:
    """'2,000' in English, '2 000' in Polish."""
    code = babel_locale(_current.get())
    if isinstance(value, int) and -1000 < value < 1000 and code in LANGUAGES:
        return str(value)  # no separator to place, and our languages write Latin digits
    from babel.numbers import format_decimal  # Babel's locale data: when a number needs it

    return format_decimal(value, locale=code)


def percent(value: float, *, whole: bool = False) -> str:
    """A percentage as the language writes it: '48.5%' in English, '48,5%' in Polish; `whole`
    rounds to a whole number first ('49%')."""
    from babel.numbers import format_percent  # Babel's locale data: when a share is shown

    share = round(value) if whole else value
    return format_percent(share / 100, locale=babel_locale(_current.get()),
                          decimal_quantization=False)


def count(singular: str, plural: str, value: int, **more: object) -> str:
    """A counted phrase: ngettext's form with {n} (and any `more` slots) filled:
    count('{n} dot', '{n} dots', 1) -> '1 dot'."""
    return ngettext(singular, plural, value).format(n=number(value), **more)
