"""Names in free text, in the forms people type them."""

from __future__ import annotations

from coprod_desktop.domain.name_forms import NameForm, NameMatcher, forms_for, unique_first_names

PEOPLE = ["Marcia Campbell", "Tomasz Nowak", "Tomasz Wiśniewski", "Jo Smith", "Ōta Hiro"]


def matcher(hidden: dict[str, str]) -> NameMatcher:
    kept = [p for p in PEOPLE if p not in hidden]
    return NameMatcher(forms_for(hidden, PEOPLE, kept=kept))


def test_full_name_in_any_case_and_spacing_with_possessive() -> None:
    m = matcher({"Marcia Campbell": "[X]"})
    assert m("Ring MARCIA  campbell's sister") == "Ring [X]'s sister"
    assert m("marcia campbell\nsaid so") == "[X]\nsaid so"


def test_first_name_alone_only_when_unique_and_capitalised() -> None:
    assert matcher({"Marcia Campbell": "[X]"})("Marcia said no") == "[X] said no"
    assert matcher({"Marcia Campbell": "[X]"})("marcia said no") == "marcia said no"
    # Two people are called Tomasz: the first name alone could be either of them.
    assert matcher({"Tomasz Nowak": "[T]"})("Tomasz came, Tomasz Nowak did not") == \
        "Tomasz came, [T] did not"


def test_whole_words_only() -> None:
    m = matcher({"Marcia Campbell": "[X]"})
    assert m("Marcias and Campbells and aMarcia") == "Marcias and Campbells and aMarcia"


def test_letters_beyond_ascii() -> None:
    m = matcher({"Ōta Hiro": "[O]"})
    assert m("ōta hiro's idea; Ōta agreed") == "[O]'s idea; [O] agreed"


def test_a_kept_longer_name_is_never_cut_into() -> None:
    m = NameMatcher([NameForm("Jo Smith", "[J]"), NameForm("Jo Smithson", "Jo Smithson")])
    assert m("Jo Smithson and Jo Smith") == "Jo Smithson and [J]"


def test_counts_and_nothing_to_do() -> None:
    m = matcher({"Marcia Campbell": "[X]"})
    assert m.replace("Marcia and Marcia Campbell") == ("[X] and [X]", 2)
    assert NameMatcher([]).replace("Marcia") == ("Marcia", 0)


def test_unique_first_names() -> None:
    assert unique_first_names(PEOPLE) == {"marcia", "jo", "ōta"}


def test_cost_does_not_depend_on_how_many_names_there_are() -> None:
    # 5,000 people: the text is still looked at one word at a time (a regular expression of
    # every name would be compiled and tried at every place).
    many = {f"Person{n} Surname{n}": "[P]" for n in range(5000)}
    m = NameMatcher(forms_for(many, list(many)))
    assert m("Person4999 Surname4999 and Person12 Surname13") == "[P] and [P] Surname13"
    assert len(m._multi[("person4999", "surname4999")]) == 1  # looked up by its first two words
