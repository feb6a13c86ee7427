"""Spotting glossary terms in text: word boundaries, case rules, plurals, multi-word terms."""

from __future__ import annotations

import pytest

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.glossary import (
    Glossary,
    GlossaryEntry,
    clean_aliases,
    clean_explanation,
    sentence_count,
)
from coprod_desktop.domain.jargon import JargonMatcher, is_abbreviation
from coprod_desktop.store.glossary_file import builtin_entries

MATCHER = JargonMatcher(builtin_entries())


def keys(text: str) -> list[str]:
    return [hit.key for hit in MATCHER.find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ICB's budget is fixed", ["icb"]),
    ("The ICB’s budget is fixed", ["icb"]),
    ("An ICBM is a missile", []),
    ("ICB-led services", ["icb"]),
    ("Two ICBs merged", ["icb"]),
    ("(ICB)", ["icb"]),
    ("Ask the LA.", ["la"]),
    ("The LAN cable", []),
    ("la la land", []),
])
def test_word_boundaries(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Our TA is brilliant", ["ta"]),
    ("ta very much", []),
    ("Ta for that", []),
    ("OT came in", ["ot"]),
    ("The salt was on the table", []),
    ("Waiting for SALT", ["salt"]),
    ("ask the SENCo", ["senco"]),
    ("ask the SENCO", ["senco"]),
    ("ask the senco", []),
    ("PfA outcomes", ["pfa", "outcome"]),
    ("Went to A&E twice", ["a&e"]),
    ("a&e", []),
])
def test_abbreviations_match_only_in_capitals(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The local offer website", ["local offer"]),
    ("The LOCAL OFFER website", ["local offer"]),
    ("the Local\n  Offer", ["local offer"]),
    ("Ofsted and ofsted and OFSTED", ["ofsted", "ofsted", "ofsted"]),
    ("two personal budgets", ["personal budget"]),
    ("my carer’s assessment", ["carer's assessment"]),
    ("co‑production matters", ["co-production"]),
    ("we are not local, offer", []),
])
def test_ordinary_words_and_multi_word_terms(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


def test_longest_form_wins_where_forms_overlap() -> None:
    hits = MATCHER.find("We rely on SEN support and an EHC needs assessment.")
    assert [(h.key, h.text) for h in hits] == [
        ("sen support", "SEN support"), ("ehc needs assessment", "EHC needs assessment")]


def test_hits_give_positions_in_the_text() -> None:
    text = "Our EHCP review with CAMHS"
    hits = MATCHER.find(text)
    assert [text[h.start:h.end] for h in hits] == ["EHCP", "CAMHS"]


def _own(*forms: str) -> JargonMatcher:
    return JargonMatcher([GlossaryEntry(form, "A plain sentence.", programme_term_id=n)
                          for n, form in enumerate(forms, start=1)])


@pytest.mark.parametrize(("text", "expected"), [
    ("The Hubs are open", [("hub", "Hubs")]),  # a longer form that fails gives way to a plural
    ("The Hubs board met", [("hubs board", "Hubs board")]),
    ("Under Section 17(2)s and Section 17(2).", [("section 17(2)", "Section 17(2)s"),
                                                 ("section 17(2)", "Section 17(2)")]),
    ("Section 17(2)x", []),  # a form ending in a mark still ends at a word's edge
    ("my_hub and hub_2", []),  # "_" is part of a word
    ("the\thub\u00a0board", [("hub board", "hub\u00a0board")]),
    ("Ask the\n\n  Hubs \t board", [("hubs board", "Hubs \t board")]),
])
def test_programme_forms_with_marks_spaces_and_plurals(text: str,
                                                       expected: list[tuple[str, str]]) -> None:
    matcher = _own("Hub", "Hubs board", "hub board", "Section 17(2)")
    assert [(h.key, h.text) for h in matcher.find(text)] == expected


def test_is_abbreviation() -> None:
    assert is_abbreviation("ICB") and is_abbreviation("A&E") and is_abbreviation("PfA")
    assert is_abbreviation("SENCo") and is_abbreviation("NHS 111")
    assert not is_abbreviation("Ofsted") and not is_abbreviation("local offer")
    assert not is_abbreviation("Section 17") and not is_abbreviation("s17")


def test_programme_terms_replace_built_in_ones_with_the_same_form() -> None:
    local = GlossaryEntry("Local offer", "Ashbrook's list of help, on the council website.",
                          programme_term_id=3)
    own = GlossaryEntry("Ashbrook Hub", "The drop-in centre on the high street.", ("the Hub",),
                        programme_term_id=4)
    glossary = Glossary(builtin_entries(), [local, own])
    assert glossary.lookup("LOCAL OFFER") is local
    assert glossary.lookup("the hub") is own
    assert len(glossary) == len(builtin_entries()) + 1
    matcher = JargonMatcher(glossary.entries)
    assert [h.key for h in matcher.find("Is the Hub on the local offer?")] == [
        "ashbrook hub", "local offer"]


def test_search_puts_prefix_matches_first() -> None:
    glossary = Glossary(builtin_entries())
    found = glossary.search("ehc")
    assert found[0].term in {"EHCP", "EHC needs assessment"}
    assert glossary.search("swallowing")[0].term == "SALT"


@pytest.mark.parametrize(("text", "count"), [
    ("One.", 1), ("One; still one.", 1), ("One. Two.", 2), ("No stop", 1), ("Why? Because.", 2),
])
def test_sentence_count(text: str, count: int) -> None:
    assert sentence_count(text) == count


def test_explanations_people_add_keep_the_plain_rules() -> None:
    assert clean_explanation("  A   short sentence.  ") == "A short sentence."
    with pytest.raises(ValidationError, match="under 30"):
        clean_explanation(" ".join(["word"] * 31) + ".")
    with pytest.raises(ValidationError, match="one sentence"):
        clean_explanation("First. Second.")
    with pytest.raises(ValidationError, match="empty"):
        clean_explanation("   ")


def test_aliases_split_on_semicolons_and_lines_and_drop_repeats() -> None:
    assert clean_aliases("the Hub; hub\nAshbrook Hub; Education, Health and Care", "Ashbrook Hub") \
        == ("the Hub", "hub", "Education, Health and Care")


def test_a_term_matches_its_own_spelling_whatever_case_folding_does() -> None:
    """The text is folded as the terms are (casefold, not lower): a Greek final sigma and the
    micro sign fold to other letters than their lower case."""
    from coprod_desktop.domain.glossary import GlossaryEntry
    from coprod_desktop.domain.jargon import JargonMatcher

    entries = [GlossaryEntry(term, "", "Explained.") for term in
               ("Κοινωνικός λειτουργός", "µg")]
    matcher = JargonMatcher(entries)
    found = [hit.text for hit in matcher.find("Ο Κοινωνικός λειτουργός said 5 µg dose")]
    assert found == ["Κοινωνικός λειτουργός", "µg"]
