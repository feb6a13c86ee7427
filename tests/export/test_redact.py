"""Free text loses the names of people who did not agree to be named, and nothing else."""

from __future__ import annotations

from datetime import UTC, datetime

from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.records import Attendee, Consent
from coprod_desktop.export.redact import WITHHELD, Redactor


def person(pid: int, name: str, named: bool, group: Group = Group.PARENT_CARER) -> Attendee:
    return Attendee(pid, name, group, datetime(2026, 1, 1, tzinfo=UTC),
                    Consent(name_in_handouts=named))


def test_full_names_become_stand_ins_and_named_people_stay():
    redact = Redactor([person(3, "Marcia Campbell", False), person(4, "Sam Okafor", True),
                       person(5, "Олена", False, Group.STAFF)])
    assert redact("Marcia Campbell, Sam Okafor and Олена's team") == \
        "Person 3 (parent or carer), Sam Okafor and Person 5 (staff)'s team"
    # Any case, and the first name alone when nobody else in the programme has it.
    assert redact("MARCIA CAMPBELL's son; marcia campbell") == \
        "Person 3 (parent or carer)'s son; Person 3 (parent or carer)"
    assert redact("Campbell and Marcia alone") == "Campbell and Person 3 (parent or carer) alone"
    # A lower-case first name is far more often a word than a person: left alone.
    assert redact("marcia alone") == "marcia alone"


def test_whole_words_only_and_the_longest_name_wins():
    redact = Redactor([person(1, "Jo", False), person(2, "Jo Smith", True),
                       person(3, "Leon", False)])
    assert redact("Jo, Joanne, Jo Smith and Leonie met Leon.") == \
        "Person 1 (parent or carer), Joanne, Jo Smith and Leonie met Person 3 (parent or carer)."


def test_shared_names():
    # Both said no: neither number would be right.
    assert Redactor([person(1, "Gary", False), person(2, "Gary", False)])("Ask Gary") == \
        f"Ask {WITHHELD}"
    # One said yes: the name is printed in the list of who came anyway.
    assert Redactor([person(1, "Gary", False), person(2, "Gary", True)])("Ask Gary") == "Ask Gary"


def test_nobody_to_withhold_changes_nothing():
    text = "Marcia Campbell <b>&amp;"
    assert Redactor([person(1, "Marcia Campbell", True)])(text) == text
    assert Redactor([])(text) == text
