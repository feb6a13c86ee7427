"""A subject access export holds everything about the person, and nothing about anyone else."""

from __future__ import annotations

import json

from coprod_desktop.domain.records import Consent, WordsUse
from coprod_desktop.export.subject_access import file_stem, to_json
from coprod_desktop.services import Services
from coprod_desktop.store.people_reader import PeopleReader
from coprod_desktop.store.phone_reader import PhoneReader

NAME = "Aleksandra Nowak-Mbeki"
OTHER = "Hamish McTavish"


def test_json_holds_everything_about_them_and_nobody_else(services: Services, session_id: int,
                                                          clock) -> None:
    services.phones.open_sign_in(session_id)
    token = PhoneReader(services.file.db).room(session_id).token  # type: ignore[union-attr]
    me = int(services.phones.sign_in(token, "m" * 32, name=NAME, group="parent_carer",
                                     consent=Consent(contact=True, paid=True),
                                     contact_details="07700 900456",
                                     access_needs="Step-free, please").new_id or 0)
    other = int(services.people.sign_in_attendee(session_id, name=OTHER, group="staff")
                .new_id or 0)
    clock.advance(600)
    services.people.set_consent(me, Consent(contact=True, paid=True, words=WordsUse.ROOM_ONLY),
                                contact_details="07700 900456", access_needs="Step-free, please",
                                via="paper", note="Form handed in")
    services.phones.set_notes_open(session_id, True)
    mine = int(services.phones.post_note("m" * 32, "Ramps at the school <please>").new_id or 0)
    services.notes.add_note(session_id, "Staff note", author_id=other)
    rid = int(services.board.votes.open_vote(session_id, target_kind="note",
                                             title="Pick three").new_id or 0)
    services.board.votes.cast_vote(rid, mine, voter_id=me)
    story = int(services.stories.add_story(session_id, me, title="The ramp", consent="named")
                .new_id or 0)
    services.stories.start_story(story)
    services.speaking.mark_speaker(session_id, me)
    clock.advance(90)
    services.speaking.mark_speaker(session_id, other)
    services.stories.end_story(story)
    services.payments.set_rate("15")
    services.payments.add_time_claims(session_id)
    services.payments.add_claim(me, "childcare", "18.25", session_id=session_id)
    pf = PeopleReader(services.file.db).person_file(me)
    data = json.loads(to_json(pf, services.read.programme(), clock.now()))
    assert data["person"] == {"number": me, "name": NAME, "group": "Parent or carer",
                              "first_recorded": "2026-03-03T09:30:00.000+00:00",
                              "contact_details": "07700 900456",
                              "access_needs": "Step-free, please", "erased_at": None}
    assert {c["choice"]: c["answer"] for c in data["choices"]}[
        "How their words may be shared"] == "Keep in the room only"
    assert len(data["choice_history"]) == 6
    assert data["choice_history"][-1] == {
        "at": "2026-03-03T09:40:00.000+00:00", "choice": "Their words",
        "from": "Share without my name", "to": "Keep in the room only", "kind": "Withdrawn",
        "how": "On a paper form", "note": "Form handed in"}
    assert [s["title"] for s in data["sessions"]] == ["Discovery workshop"]
    assert [(c["for"], c["amount_pence"], c["amount"]) for c in data["claims"]] == [
        ("Time (recognition payment)", 4500, "£45.00"), ("Childcare", 1825, "£18.25")]
    assert [n["text"] for n in data["notes"]] == ["Ramps at the school <please>"]
    assert data["votes"] == [{"cast_at": "2026-03-03T09:40:00.000+00:00", "vote": "Pick three",
                              "on": "Ramps at the school <please>"}]
    assert data["stories"] == [{"told_at": "2026-03-03T09:40:00.000+00:00",
                                "session": "Discovery workshop", "title": "The ramp",
                                "their_words": "Share with my name", "where_it_is": "Told"}]
    assert data["talk"] == [{"session": "Discovery workshop", "turns_in_rounds": 0,
                             "seconds_in_turns": 0.0, "seconds_on_the_floor": 90.0}]
    assert len(data["phones"]) == 1 and "m" * 32 not in json.dumps(data)
    assert "counted" in data["answers_about_themselves"]
    text = json.dumps(data, ensure_ascii=False)
    assert OTHER not in text and "Staff note" not in text
    assert NAME not in file_stem(pf)
