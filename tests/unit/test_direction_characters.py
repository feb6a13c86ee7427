"""Names and notes lose the invisible characters that turn the direction of the text after them
(a name with U+202E printed "Annarerac ro tneraP" across the console; a phone number copied from
a messaging app comes wrapped in them): taken out, what can be seen kept exactly. Right-to-left
names, and the plain direction marks some phone keyboards add, are kept as typed."""

from __future__ import annotations

import pytest

from coprod_desktop.domain.records import Consent
from coprod_desktop.services import Services

TURNING = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
           "\u2069"]


@pytest.mark.parametrize("mark", TURNING, ids=lambda c: f"U+{ord(c):04X}")
def test_a_turning_character_is_taken_out_of_names_and_notes(services: Services,
                                                             session_id: int, mark: str) -> None:
    change = services.people.sign_in_attendee(session_id, name=f"Anna{mark} Reversed",
                                              group="parent_carer")
    assert services.read.attendee(int(change.new_id or 0)).name == "Anna Reversed"
    note = services.notes.add_note(session_id, f"We waited{mark} two years\nand more")
    assert services.read.note(int(note.new_id or 0)).text == "We waited two years\nand more"


def test_a_number_copied_from_a_messaging_app_is_kept_as_seen(services: Services,
                                                              session_id: int) -> None:
    copied = "\u202a+44 7700 900123\u202c"  # as a messaging app puts it on the clipboard
    change = services.people.sign_in_attendee(session_id, name="Pat", group="staff")
    person = int(change.new_id or 0)
    services.people.set_consent(person, Consent(contact=True), contact_details=copied)
    assert services.read.attendee(person).contact_details == "+44 7700 900123"


def test_right_to_left_names_and_plain_marks_are_kept_as_typed(services: Services,
                                                               session_id: int) -> None:
    for name in ("ليلى حسن", "Zofia Wójcik\u200f", "\u200eאבי כהן"):
        change = services.people.sign_in_attendee(session_id, name=name, group="parent_carer")
        assert services.read.attendee(int(change.new_id or 0)).name == name
