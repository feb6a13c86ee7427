"""The jargon buster in Polish: every entry explained, plainly, and English where a language or an
entry is missing."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from coprod_desktop.domain.glossary import GlossaryEntry, fold, sentence_count, word_count
from coprod_desktop.paths import resource
from coprod_desktop.store import glossary_file
from coprod_desktop.store.glossary_file import builtin_entries, explained, read_explanations

ENGLISH_FILE = resource("glossary", "terms.toml")
POLISH_FILE = resource("glossary", "translations", "pl.toml")


def _english_terms() -> list[str]:
    with ENGLISH_FILE.open("rb") as handle:
        return [str(item["term"]) for item in tomllib.load(handle)["term"]]


def _polish() -> dict[str, dict[str, str]]:
    with POLISH_FILE.open("rb") as handle:
        return tomllib.load(handle)


def test_every_entry_has_a_polish_explanation() -> None:
    english = _english_terms()
    polish = _polish()
    assert len(english) >= 229
    missing = [term for term in english if not str(polish.get(term, {}).get("explanation", ""))
               .strip()]
    assert missing == []
    strays = sorted(set(polish) - set(english))  # a renamed English term leaves these behind
    assert strays == []


def test_polish_explanations_keep_the_plain_language_rules() -> None:
    english = {e.key: e.explanation for e in builtin_entries()}
    polish = {fold(term): table["explanation"] for term, table in _polish().items()}
    assert [k for k, text in polish.items() if word_count(text) >= 30] == []
    assert [k for k, text in polish.items() if sentence_count(text) != 1] == []
    assert [k for k, text in polish.items() if not text.endswith(".")] == []
    assert [k for k, text in polish.items() if text == english[k]] == []  # never left English


def test_the_loader_gives_polish_by_language_code() -> None:
    english = builtin_entries()
    for code in ("pl", "pl_PL", "pl-PL"):
        polish = builtin_entries(code)
        assert [e.term for e in polish] == [e.term for e in english]  # terms and forms kept
        assert [e.aliases for e in polish] == [e.aliases for e in english]
        ehcp = next(e for e in polish if e.term == "EHCP")
        assert ehcp.explanation.startswith("Dokument prawny od rady gminy")


@pytest.mark.parametrize("code", [None, "", "en", "en_GB", "xx", "zz_ZZ", "../pl"])
def test_an_unknown_language_falls_back_to_english(code: str | None) -> None:
    assert builtin_entries(code) == builtin_entries()


def test_a_missing_entry_falls_back_to_english_alone(tmp_path: Path) -> None:
    half = tmp_path / "cy.toml"
    half.write_text('["EHCP"]\nexplanation = "Dogfen gyfreithiol gan y cyngor."\n'
                    '["SEN"]\nexplanation = ""\n', encoding="utf-8")
    found = read_explanations(half)
    assert found == {"ehcp": "Dogfen gyfreithiol gan y cyngor."}  # the empty one is not used
    english = builtin_entries()
    glossary_file.explanations.cache_clear()
    try:
        original = glossary_file.explanations
        glossary_file.explanations = lambda _code: found  # type: ignore[assignment]
        mixed = explained(english, "cy")
    finally:
        glossary_file.explanations = original  # type: ignore[assignment]
    by_term = {e.term: e.explanation for e in mixed}
    assert by_term["EHCP"] == "Dogfen gyfreithiol gan y cyngor."
    assert by_term["SEN"] == next(e.explanation for e in english if e.term == "SEN")


def test_a_damaged_translation_file_means_english(tmp_path: Path) -> None:
    broken = tmp_path / "pl.toml"
    broken.write_text('["EHCP"\nexplanation = ', encoding="utf-8")
    assert read_explanations(broken) == {}
    assert read_explanations(tmp_path / "none.toml") == {}


def test_a_programmes_own_term_is_never_replaced() -> None:
    own = GlossaryEntry(term="EHCP", explanation="Our own words.", area="programme",
                        programme_term_id=7)
    assert explained((own,), "pl") == (own,)
