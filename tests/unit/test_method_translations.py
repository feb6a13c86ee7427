"""The method cards' room-facing text in Polish, and English kept where a translation is missing."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from coprod_desktop.library import shipped_methods
from coprod_desktop.library.methods import load_methods
from coprod_desktop.paths import resource

FIELDS = ("name", "purpose", "group_size", "instructions", "notes")


def test_every_card_has_polish_room_text() -> None:
    with resource("methods", "translations", "pl.toml").open("rb") as handle:
        polish = tomllib.load(handle)
    ids = sorted(p.stem for p in resource("methods").glob("*.toml"))
    assert len(ids) >= 36
    missing = [(i, f) for i in ids for f in FIELDS
               if not str(polish.get(i, {}).get(f, "")).strip()]
    assert missing == []
    assert sorted(set(polish) - set(ids)) == []


def test_the_polish_library_loads_clean_and_fits_the_projector() -> None:
    english = load_methods()
    library = load_methods(language="pl")
    assert library.problems == ()
    assert sorted(m.id for m in library.methods) == sorted(m.id for m in english.methods)
    for method in library.methods:
        card = english.get(method.id)
        assert card is not None
        lines = method.instructions.splitlines()
        assert 2 <= len(lines) <= 5 and all(len(line) <= 80 for line in lines), method.id
        assert method.name != card.name and method.instructions != card.instructions, method.id
        assert method.notes != card.notes, method.id  # the facilitator's notes too (rev1)
        assert (method.minutes, method.tool, method.phase) == (card.minutes, card.tool,
                                                               card.phase)
    vote = library.get("dot-vote")
    assert vote is not None and vote.name == "Głosowanie kropkami"
    assert vote.instructions.startswith("Masz 3 kropki.")
    worries = library.get("hopes-and-worries")
    assert worries is not None and worries.notes.startswith("Obawy często brzmią:")


@pytest.mark.parametrize("code", [None, "en_GB", "xx", "pl_XX"])
def test_unknown_languages_fall_back(code: str | None) -> None:
    library = shipped_methods(code)
    if code == "pl_XX":  # a region we have no file for: the language's own file
        assert library.get("dot-vote").name == "Głosowanie kropkami"  # type: ignore[union-attr]
    else:
        assert library == shipped_methods()


def test_a_missing_or_unusable_translation_keeps_that_cards_english(tmp_path: Path) -> None:
    folder = tmp_path / "methods"
    shutil.copytree(resource("methods"), folder, ignore=shutil.ignore_patterns("translations"))
    (folder / "translations").mkdir()
    (folder / "translations" / "cy.toml").write_text(
        '[dot-vote]\nname = "Pleidlais dotiau"\npurpose = "Llais cyfartal."\n'
        'group_size = "Yr ystafell gyfan"\ninstructions = "Un\\nDau\\nTri\\nPedwar\\nPump\\nChwech"\n',
        encoding="utf-8")
    english = load_methods(folder)
    library = load_methods(folder, language="cy")
    vote, card = library.get("dot-vote"), english.get("dot-vote")
    assert vote is not None and card is not None
    assert vote.name == "Pleidlais dotiau"
    assert vote.instructions == card.instructions  # six lines: too many for the projector
    assert any("dot-vote" in p and "instructions" in p for p in library.problems)
    other = library.get("check-in-round")
    assert other == english.get("check-in-round")
    assert any("check-in-round" in p for p in library.problems)
