"""A GuiEnv over a real file, and a programme with people in it, for the people panels' tests."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.records import Consent, WordsUse
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.services import Services
from tests.gui.agenda_host import make_env


def env_for(services: Services, clock: FakeClock) -> GuiEnv:
    return make_env(services, clock)


def three_people(services: Services, session_id: int) -> dict[str, int]:
    """Zofia (phone-like choices, contact), Kai (anonymous), and Sam twice (a duplicate)."""
    people = services.people
    zofia = int(people.sign_in_attendee(session_id, name="Zofia Wiśniewska",
                                        group="parent_carer").new_id or 0)
    people.set_consent(zofia, Consent(name_in_handouts=True, photos=True, contact=True,
                                      words=WordsUse.NAMED, paid=True),
                       contact_details="zofia@example.org", via="paper")
    kai = int(people.sign_in_attendee(session_id, name="Kai <b>Brown</b>",
                                      group="young_person").new_id or 0)
    people.set_consent(kai, Consent())
    sam = int(people.sign_in_attendee(session_id, name="Sam Okafor", group="staff").new_id or 0)
    later = int(services.sessions.create_session("Meeting 2", "2026-03-17").new_id or 0)
    sam2 = int(people.sign_in_attendee(later, name="sam okafor", group="staff").new_id or 0)
    return {"zofia": zofia, "kai": kai, "sam": sam, "sam2": sam2, "later": later}


def grab(widget: QWidget, path) -> None:
    widget.grab().save(str(path))
