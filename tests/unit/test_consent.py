"""People's choices are stored as given, private by default, and validated."""

from __future__ import annotations

import pytest

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.records import Consent, WordsUse
from coprod_desktop.services import Services


def test_private_by_default_and_updatable(services: Services, session_id: int) -> None:
    pid = int(services.people.sign_in_attendee(session_id, name="Zofia Wiśniewska",
                                               group="parent_carer").new_id or 0)
    assert services.read.attendee(pid).consent == Consent()
    services.people.set_consent(pid, Consent(name_in_handouts=True, contact=True,
                                             words=WordsUse.ROOM_ONLY),
                                contact_details="07700 900123", access_needs="Quiet corner")
    person = services.read.attendee(pid)
    assert person.consent.words is WordsUse.ROOM_ONLY and person.consent.name_in_handouts
    assert (person.contact_details, person.access_needs) == ("07700 900123", "Quiet corner")


def test_contact_needs_details(services: Services, session_id: int) -> None:
    pid = int(services.people.add_attendee("Kai", "young_person").new_id or 0)
    with pytest.raises(ValidationError, match="phone number or email"):
        services.people.set_consent(pid, Consent(contact=True))
