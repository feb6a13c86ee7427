"""The shipped jargon buster: enough terms, no repeats, and every explanation plain."""

from __future__ import annotations

from collections import Counter

import pytest

from coprod_desktop.domain.glossary import explanation_problem, fold, sentence_count, word_count
from coprod_desktop.domain.jargon import JargonMatcher
from coprod_desktop.store.glossary_file import builtin_entries

ENTRIES = builtin_entries()

# Terms the issue names: each must be in the glossary as a term or another form.
NAMED = ["EHCP", "SENCo", "CAMHS", "ICB", "local offer", "personal budget", "short breaks",
         "co-production", "annual review", "tribunal", "EHC needs assessment",
         "SEND Code of Practice", "Section 17", "carer's assessment", "transition", "PfA", "LD",
         "ASD", "ASC", "ADHD", "OT", "SALT", "paediatrician", "GP", "A&E", "CQC", "Ofsted", "LA",
         "SEMH", "EP", "TA", "EOTAS", "PRU", "direct payments", "respite", "safeguarding", "MASH",
         "CIN", "CP", "LAC", "CLA"]


def test_at_least_150_entries() -> None:
    assert len(ENTRIES) >= 150


def test_no_term_or_form_appears_twice_ignoring_case() -> None:
    counts = Counter(fold(form) for entry in ENTRIES for form in entry.forms)
    repeated = sorted(form for form, n in counts.items() if n > 1)
    assert repeated == []


@pytest.mark.parametrize("name", NAMED)
def test_named_terms_are_present(name: str) -> None:
    forms = {fold(form) for entry in ENTRIES for form in entry.forms}
    assert fold(name) in forms


def test_every_explanation_is_one_sentence_under_30_words() -> None:
    too_long = [(e.term, word_count(e.explanation)) for e in ENTRIES
                if word_count(e.explanation) >= 30]
    not_one = [e.term for e in ENTRIES if sentence_count(e.explanation) != 1]
    unfinished = [e.term for e in ENTRIES if not e.explanation.endswith(".")]
    assert too_long == []
    assert not_one == []
    assert unfinished == []
    assert all(explanation_problem(e.explanation) is None for e in ENTRIES)


def test_no_explanation_uses_another_entrys_term() -> None:
    """No jargon inside: an explanation may name its own term but no other glossary term."""
    matcher = JargonMatcher(ENTRIES)
    leaks = {e.term: [h.text for h in matcher.find(e.explanation) if h.key != e.key]
             for e in ENTRIES}
    assert {term: texts for term, texts in leaks.items() if texts} == {}


def test_every_entry_has_an_area() -> None:
    areas = {e.area for e in ENTRIES}
    assert areas <= {"send", "education", "health", "social care", "council", "meetings"}
    assert all(e.area for e in ENTRIES)
