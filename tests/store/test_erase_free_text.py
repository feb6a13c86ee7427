"""An erase replaces the person's names and details in everybody's words, undoably; once final,
nothing of them is left in the file's bytes: not in notes, rapid tests, actions or questions."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.domain.rapid_tests import TestPlan
from coprod_desktop.domain.records import Consent
from coprod_desktop.services import Services
from coprod_desktop.store.rows import attendee
from tests.store.test_erase import raw_hits
from tests.store.test_erase import services as services  # a programme the test may close

NAME = "Wilhelmina Świątek-Quarrington"
CONTACT = "07700 900123"
OTHER = "Tomasz Oyelaran-Fitzgibbon"


def _programme(services: Services) -> dict[str, int]:
    sid = int(services.sessions.create_session("Meeting", "2026-03-03").new_id or 0)
    wil = int(services.people.sign_in_attendee(sid, name=NAME, group="parent_carer")
              .new_id or 0)
    services.people.set_consent(wil, Consent(contact=True), contact_details=CONTACT)
    other = int(services.people.sign_in_attendee(sid, name=OTHER, group="staff").new_id or 0)
    note = int(services.notes.add_note(
        sid, "wilhelmina świątek-quarrington's son waits 40 weeks", author_id=other).new_id or 0)
    alone = int(services.notes.add_note(sid, "Wilhelmina said ring 07700 900123",
                                        author_id=other).new_id or 0)
    test = int(services.rapid_tests.add_test(
        "Text reminders", plan=TestPlan(who=f"{NAME} and Tomasz"), idea_text="Texts").new_id or 0)
    return {"sid": sid, "wil": wil, "other": other, "note": note, "alone": alone, "test": test}


def _text(services: Services, table: str, key: int, column: str) -> str:
    return str(services.file.db[table].get(key)[column])


def test_erase_replaces_every_form_undoably_then_final_leaves_no_bytes(
        services: Services, programme_path: Path) -> None:
    ids = _programme(services)
    plan = services.erase.plan(ids["wil"])
    assert plan.mentions == {"notes": 2, "rapid tests": 1}
    change = services.erase.erase(ids["wil"])
    assert _text(services, "note", ids["note"], "text") == "[name removed]'s son waits 40 weeks"
    assert _text(services, "note", ids["alone"], "text") == \
        "[name removed] said ring [details removed]"
    assert _text(services, "rapid_test", ids["test"], "plan_who") == "[name removed] and Tomasz"
    # Someone else's name in the same words stays.
    assert attendee(services.file.db["attendee"].get(ids["other"])).name == OTHER
    # Undo puts the words back, as typed.
    services.history.undo(int(change.revision_id or 0))
    assert _text(services, "note", ids["alone"], "text") == "Wilhelmina said ring 07700 900123"
    services.erase.erase(ids["wil"])
    services.erase.confirm([e.id for e in services.erase.pending()])
    services.close()
    assert raw_hits(programme_path, (NAME, "Wilhelmina", CONTACT)) == []
