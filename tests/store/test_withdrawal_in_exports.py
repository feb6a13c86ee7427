"""A withdrawal takes effect in every export made after it: the claims sheet, the stories that
may leave the room, and the celebration's quotes all read the person's choices as they are now."""

from __future__ import annotations

from datetime import date

from coprod_desktop.domain.records import Consent, WordsUse
from coprod_desktop.export.claims_sheet import claims_sheet, to_csv
from coprod_desktop.services import Services
from coprod_desktop.services.programme_report import shared_quotes
from coprod_desktop.store.levelling_reader import LevellingReader

NAME = "Oluwaseun Pemberton-Hughes"


def _teller(services: Services, session_id: int) -> int:
    pid = int(services.people.sign_in_attendee(session_id, name=NAME, group="parent_carer")
              .new_id or 0)
    services.people.set_consent(pid, Consent(name_in_handouts=True, words=WordsUse.NAMED,
                                             paid=True), via="paper")
    story = int(services.stories.add_story(session_id, pid, title="The taxi that never came",
                                           consent="named").new_id or 0)
    services.stories.start_story(story)
    services.stories.end_story(story)
    services.stories.add_heard_note(story, "Transport letters arrive after term starts")
    services.payments.add_claim(pid, "travel", "7.40", session_id=session_id)
    return pid


def _exports(services: Services) -> dict[str, str]:
    db = services.file.db
    stories = LevellingReader(db).stories_for_export()
    quotes = shared_quotes(db, date(2026, 12, 31))
    return {"claims": to_csv(claims_sheet(db, date(2026, 3, 4))).decode("utf-8-sig"),
            "stories": " ".join(f"{s.title} {s.teller_name or ''}" for s in stories),
            "quotes": " ".join(f"{q.text} {q.by}" for q in quotes)}


def test_withdrawal_reaches_every_later_export(services: Services, session_id: int) -> None:
    pid = _teller(services, session_id)
    before = _exports(services)
    assert NAME in before["claims"] and NAME in before["stories"] and NAME in before["quotes"]

    # Still sharing the story, but no longer with their name: changed, not withdrawn.
    person = services.read.attendee(pid)
    services.people.set_consent(pid, Consent(name_in_handouts=True, words=WordsUse.ANONYMOUS,
                                             paid=True), via="paper")
    middle = _exports(services)
    assert "The taxi that never came" in middle["stories"] and NAME not in middle["stories"]
    assert NAME not in middle["quotes"] and NAME in middle["claims"]

    # Then they withdraw: no name anywhere, and the story stays in the room.
    services.people.set_consent(pid, Consent(words=WordsUse.ROOM_ONLY),
                                note="Rang to withdraw", via="console")
    after = _exports(services)
    assert NAME not in " ".join(after.values())
    assert "The taxi that never came" not in after["stories"] + after["quotes"]
    assert f"Person {pid} (parent or carer)" in after["claims"]
    assert person.name == NAME  # the file still knows them: only the exports changed
