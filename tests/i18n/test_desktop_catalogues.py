"""The desktop's gettext catalogues (PDF text) are up to date with the code, complete and compiled.

Fails when someone adds or changes a marked string without running scripts/i18n.sh, when a
language has untranslated text, or when a .mo file was not rebuilt from its .po.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from coprod_desktop import i18n

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "resources" / "i18n" / "desktop"
# As scripts/i18n.sh: count() is named per folder in babel.cfg (services call other things count).
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "Nn_": (1, 2), "pgettext": ((1, "c"), 2)}
TRANSLATED = [code for code in i18n.LANGUAGES if code != i18n.SOURCE]


def _in_code() -> set[str]:
    with open(DESKTOP / "babel.cfg", encoding="utf-8") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    found: set[str] = set()
    for _file, _line, message, _comments, context in extract_from_dir(
            str(ROOT), method_map, options_map, keywords=KEYWORDS):
        text = message if isinstance(message, str) else message[0]
        found.add(f"{context}\x04{text}" if context else text)
    return found


def _ids(catalogue) -> set[str]:
    found = set()
    for message in catalogue:
        if not message.id:
            continue
        text = message.id if isinstance(message.id, str) else message.id[0]
        found.add(f"{message.context}\x04{text}" if message.context else text)
    return found


def test_the_code_marks_the_pdf_text():
    assert len(_in_code()) > 100  # the handout alone has more than a hundred


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_catalogue_has_exactly_the_code_s_text(code: str):
    with open(DESKTOP / code / "LC_MESSAGES" / "coprod.po", "rb") as po:
        catalogue = read_po(po)
    in_code, in_po = _in_code(), _ids(catalogue)
    assert not in_code - in_po, "new text not in the catalogue: run scripts/i18n.sh"
    assert not in_po - in_code, "text no longer in the code: run scripts/i18n.sh"


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_catalogue_is_complete_and_compiled(code: str):
    folder = DESKTOP / code / "LC_MESSAGES"
    with open(folder / "coprod.po", "rb") as po:
        catalogue = read_po(po)
    untranslated = [m.id for m in catalogue if m.id and (m.fuzzy or not (
        m.string if isinstance(m.string, str) else all(m.string)))]
    assert untranslated == []  # a fuzzy message is not used: it counts as untranslated
    with open(folder / "coprod.mo", "rb") as mo:
        compiled = read_mo(mo)
    assert _pairs(catalogue) == _pairs(compiled), "the .mo is older than the .po: run i18n.sh"


def _pairs(catalogue) -> set[tuple[object, object]]:
    def flat(value: object) -> object:
        return value if isinstance(value, str) else tuple(value)  # type: ignore[arg-type]

    return {(flat(m.id), flat(m.string)) for m in catalogue if m.id}


WEB = ROOT / "resources" / "i18n" / "web"


@pytest.mark.parametrize("code", ["pl", "ar"])
def test_each_phone_catalogue_matches_the_template_and_is_complete(code: str):
    with open(WEB / "phone.pot", "rb") as pot:
        wanted = _ids(read_po(pot))
    with open(WEB / code / "LC_MESSAGES" / "phone.po", "rb") as po:
        catalogue = read_po(po)
    assert _ids(catalogue) == wanted, "run scripts/i18n.sh"
    assert [m.id for m in catalogue if m.id and (m.fuzzy or not (
        m.string if isinstance(m.string, str) else all(m.string)))] == []
    with open(WEB / code / "LC_MESSAGES" / "phone.mo", "rb") as mo:
        assert _pairs(catalogue) == _pairs(read_mo(mo)), "the .mo is older than the .po"


def test_the_catalogue_s_copies_of_domain_words_still_match_the_domain():
    from coprod_desktop.domain.equalities import QUESTIONS
    from coprod_desktop.domain.reach import TOPIC
    from coprod_desktop.export import reach_report

    words = {q.text for q in QUESTIONS} | {label for q in QUESTIONS for _, label in q.choices}
    assert words == set(reach_report.EQUALITIES)
    assert TOPIC == reach_report.TOPICS


def test_small_whole_numbers_read_as_babel_writes_them_in_every_language() -> None:
    """number() writes a whole number under a thousand itself (so Babel's data loads only when a
    separator is needed): for every language we ship that must be what Babel would write."""
    from babel.numbers import format_decimal

    from coprod_desktop import i18n

    for code in i18n.LANGUAGES:
        with i18n.language(code):
            for value in (-999, -5, 0, 7, 42, 999):
                assert i18n.number(value) == format_decimal(value, locale=code), (code, value)
            assert i18n.number(1234) == format_decimal(1234, locale=code)
