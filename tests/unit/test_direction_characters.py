"""Names and notes may not carry the invisible characters that turn the direction of the text
after them (a name with U+202E printed "Annarerac ro tneraP" across the console): refused with a
plain message, nothing saved. Right-to-left names, and the plain direction marks some phone
keyboards add, are kept exactly as typed."""

from __future__ import annotations

import pytest

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.services import Services

TURNING = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
           "\u2069"]


@pytest.mark.parametrize("mark", TURNING, ids=lambda c: f"U+{ord(c):04X}")
def test_a_name_or_note_with_a_turning_character_is_refused(services: Services, session_id: int,
                                                            mark: str) -> None:
    before = services.read.counts()
    with pytest.raises(ValidationError, match="has a character that cannot be saved"):
        services.people.sign_in_attendee(session_id, name=f"Anna{mark}Reversed",
                                         group="parent_carer")
    with pytest.raises(ValidationError, match="has a character that cannot be saved"):
        services.notes.add_note(session_id, f"We waited{mark} two years")
    assert services.read.counts() == before


def test_right_to_left_names_and_plain_marks_are_kept_as_typed(services: Services,
                                                               session_id: int) -> None:
    for name in ("ليلى حسن", "Zofia Wójcik\u200f", "\u200eאבי כהן"):
        change = services.people.sign_in_attendee(session_id, name=name, group="parent_carer")
        assert services.read.attendee(int(change.new_id or 0)).name == name
