"""Writing no bundled font can print: its script's name in brackets, and a note in the PDF.

A name or a note in Tibetan, Burmese, Khmer or another script we carry no font for would print as
empty boxes, or as a row of U+FFFD. Instead each run of such letters prints as "[Tibetan text]"
("[tekst: tybetańskie]" in a Polish PDF: Babel's name for the script in the PDF's language), and
the document says at its end that some writing could not be printed (Document.render asks
`used()`). The words themselves stay in the programme file exactly as typed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from contextvars import ContextVar

from babel import Locale, UnknownLocaleError

from coprod_desktop.i18n import _, current

# The first word(s) of a character's Unicode name -> the script's ISO 15924 code (Babel names it).
_SCRIPTS = {
    "TIBETAN": "Tibt", "MYANMAR": "Mymr", "KHMER": "Khmr", "LAO": "Laoo", "ORIYA": "Orya",
    "KANNADA": "Knda", "TELUGU": "Telu", "MALAYALAM": "Mlym", "SINHALA": "Sinh",
    "ETHIOPIC": "Ethi", "THAANA": "Thaa", "TIFINAGH": "Tfng", "ARMENIAN": "Armn",
    "GEORGIAN": "Geor", "MONGOLIAN": "Mong", "CHEROKEE": "Cher", "CANADIAN": "Cans",
    "OL": "Olck", "SYRIAC": "Syrc", "NKO": "Nkoo", "YI": "Yiii", "VAI": "Vaii", "BALINESE": "Bali",
    "JAVANESE": "Java", "SUNDANESE": "Sund", "BUGINESE": "Bugi", "TAI": "Tale", "NEW": "Talu",
    "LIMBU": "Limb", "LEPCHA": "Lepc", "ADLAM": "Adlm", "BAMUM": "Bamu", "OSMANYA": "Osma",
    "SAMARITAN": "Samr", "MANDAIC": "Mand", "HANIFI": "Rohg", "CHAKMA": "Cakm",
    "MEETEI": "Mtei", "SYLOTI": "Sylo", "GUNJALA": "Gong", "WANCHO": "Wcho", "RUNIC": "Runr",
    "OGHAM": "Ogam", "BRAILLE": "Brai", "CUNEIFORM": "Xsux", "EGYPTIAN": "Egyp",
}
# Letters that are marks on the letter before them stay in the same stand-in.
_MARKS = ("Mn", "Mc", "Me")

_used: ContextVar[set[str] | None] = ContextVar("coprod_stand_ins", default=None)


def watch() -> None:
    """Start noting stand-ins for the document being made (in this thread or task)."""
    _used.set(set())


def used() -> set[str]:
    """The stand-ins printed since `watch()` (empty if nothing was watched)."""
    return set(_used.get() or ())


def script_code(ch: str) -> str | None:
    """The ISO 15924 code of `ch`'s script, if we can tell it from its Unicode name."""
    name = unicodedata.name(ch, "")
    return _SCRIPTS.get(name.split(" ", 1)[0]) if name else None


def script_name(code: str | None) -> str:
    """The script's name in the PDF's language (Babel's CLDR data), else in English."""
    if code is None:
        return ""
    for language in (current(), "en"):
        try:
            found = Locale.parse(language).scripts.get(code)
        except (UnknownLocaleError, ValueError):
            continue
        if found:
            return str(found)
    return code


def label(ch: str) -> str:
    """'[Tibetan text]' for a run starting with `ch`, in the PDF's language."""
    name = script_name(script_code(ch))
    shown = _("[{script} text]").format(script=name) if name else _("[text in another script]")
    found = _used.get()
    if found is not None:
        found.add(shown)
    return shown


def replace(text: str, printable: Callable[[str], bool]) -> str:
    """`text` with each run of characters `printable` refuses (with the marks on them, and the
    spaces between words of the same script) replaced by its script's name in brackets."""
    out: list[str] = []
    shown: set[str] = set()
    run_code: str | bool | None = False  # False: not inside a stand-in
    for ch in text:
        if run_code is not False and unicodedata.category(ch) in _MARKS:
            continue  # a mark on a letter already stood in for
        if printable(ch):
            out.append(ch)
            if not ch.isspace():
                run_code = False
            continue
        code = script_code(ch)
        if run_code is not False and code == run_code and out and not out[-1].isspace():
            continue
        shown.add(stand_in := label(ch))
        out.append(stand_in)
        run_code = code
    joined = "".join(out)
    for stand_in in shown:  # "[Tibetan text] [Tibetan text]": one sentence, one stand-in
        joined = re.sub(f"{re.escape(stand_in)}(?:\\s+{re.escape(stand_in)})+", stand_in, joined)
    return joined
