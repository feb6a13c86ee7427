"""Refusals from the services, the domain and the facilitation layer are messages as data: each
key raised is in the desktop catalogue with a Polish translation keeping its placeholders, and
the console says them in Polish with people's words exactly as written."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from coprod_desktop.domain import validate
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.said import Said
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.i18n import N_, language

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("services", "domain", "facilitation")
PO = ROOT / "resources/i18n/desktop/pl/LC_MESSAGES/coprod.po"
PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def _keys_raised() -> dict[str, str]:
    """Every N_("…") inside a `raise …Error(…)` in the Qt-free layers, with where it is."""
    found: dict[str, str] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / "coprod_desktop" / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Raise) or node.exc is None:
                    continue
                for inner in ast.walk(node.exc):
                    if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) \
                            and inner.func.id == "N_" and inner.args \
                            and isinstance(inner.args[0], ast.Constant):
                        found[inner.args[0].value] = f"{path.relative_to(ROOT)}:{node.lineno}"
    return found


def test_every_refusal_raised_is_translated_with_its_placeholders() -> None:
    keys = _keys_raised()
    assert len(keys) > 200  # the refusals really are marked (an AST walk that finds none fails)
    catalogue = read_po(PO.open("rb"))
    for key, where in keys.items():
        entry = catalogue.get(key)
        assert entry is not None and entry.string, f"{where}: {key!r} is not in the catalogue"
        assert sorted(PLACEHOLDER.findall(entry.string)) == sorted(PLACEHOLDER.findall(key)), \
            f"{where}: the Polish for {key!r} lost or gained a placeholder"


def test_a_time_typed_wrongly_is_refused_in_polish_and_english() -> None:
    with pytest.raises(ValidationError) as refused:
        validate.clock_time("half six", N_("The start time"))
    assert refused.value.message == "The start time should be a time like 18:30."
    with language("pl"):
        assert said(refused.value.message) == \
            "Godzina rozpoczęcia: godzina powinna wyglądać tak: 18:30."


def test_peoples_words_in_a_refusal_stay_as_written() -> None:
    # "Position" is a word of ours in the catalogue too; as a venue's name it is someone's words.
    message = Said.of(N_("There is already a venue called %(name)s."), name="Position")
    assert message == "There is already a venue called Position."
    with language("pl"):
        assert said(message) == "Jest już miejsce o nazwie Position."
        assert said(N_("This poll is closed.")) == "To głosowanie jest zamknięte."


def test_refusals_that_name_a_state_or_a_list_are_said_in_polish(services) -> None:
    """The refusals that used to put a lower-cased state or an English list inside an English
    sentence: each state has its own message, the parts still to write are words of ours joined
    by each language, and people's words (a test's name, a step's label) stay as typed."""
    from coprod_desktop.domain.rapid_tests import TestPlan

    test_id = int(services.rapid_tests.add_test(
        "Quiet room <b>", plan=TestPlan(who="Sam")).new_id or 0)
    with pytest.raises(ValidationError) as refused:
        services.rapid_tests.advance(test_id)
    message = refused.value.message
    assert message == ("Before ‘Quiet room <b>’ can move to Do, write what we will try, when and "
                       "how we will know.")
    with language("pl"):
        assert said(message) == ("Zanim ‘Quiet room <b>’ przejdzie do etapu Działaj, "
                                 "uzupełnij: co wypróbujemy, kiedy i skąd będziemy wiedzieć.")
    # The card on the console and the projector names the same parts in the same language.
    from coprod_desktop.gui.programme.rapid_test_cards import card_text

    test = services.rapid_tests.plan.rapid_test(test_id)
    with language("pl"):
        assert card_text(test).detail == ("Sam (jeszcze do ustalenia: co wypróbujemy, kiedy, "
                                           "skąd będziemy wiedzieć)")
    step = services.history.revisions()[-1]
    services.history.undo(step.id)
    with pytest.raises(Exception) as again:
        services.history.undo(step.id)
    assert again.value.message == "‘New test ‘Quiet room <b>’’ is already undone."
    with language("pl"):
        assert said(again.value.message) == \
            "‘Nowa próba „Quiet room <b>”’ zostało już cofnięte."
