"""The phone's "You said, we did" page: what moved since last time, consent as in exports."""

from __future__ import annotations

from coprod_desktop.domain.outcomes import OutcomeStatus, SourceKind
from coprod_desktop.domain.records import Consent
from tests.web.phone_helpers import PhoneEnv


def _outcomes(env: PhoneEnv) -> None:
    def make() -> None:
        s = env.services
        sid = env.session_id
        shy = s.people.sign_in_attendee(sid, name="Quentin Zabrowski", group="parent_carer").new_id
        s.people.set_consent(shy, Consent(name_in_handouts=False))
        teller = s.people.sign_in_attendee(sid, name="Rita Room", group="parent_carer").new_id
        story = s.stories.add_story(sid, teller, title="Private", consent="room").new_id
        kept = s.outcomes.come_back_to(SourceKind.STORY, story, said="Kept in the room").new_id
        s.outcomes.set_outcome(kept, "doing", what_happened="Quietly")
        note = s.notes.add_note(sid, "Ask Quentin Zabrowski about <b>ramps</b> & lifts").new_id
        oid = s.outcomes.come_back_to(SourceKind.NOTE, note).new_id
        s.outcomes.set_outcome(oid, OutcomeStatus.CANT,
                               reason="The building is listed, so no ramp can be fitted.")
        held = s.notes.add_note(sid, "Held back words").new_id
        hid = s.outcomes.come_back_to(SourceKind.NOTE, held).new_id
        s.outcomes.set_outcome(hid, "done", what_happened="Sorted")
        s.board.moderation.hold_back([held])
    env.run(make)


def test_the_page_shows_what_may_leave_the_room(phone_env: PhoneEnv) -> None:
    _outcomes(phone_env)
    client = phone_env.signed_in()
    assert 'href="/said"' in client.get("/home").text
    page = client.get("/said")
    assert page.status_code == 200
    text = page.text
    assert "Since last time" in text and "What we can’t do, and why" in text
    assert "Why not:" in text and "The building is listed, so no ramp can be fitted." in text
    # Verbatim, escaped, and the name of someone who did not agree to be named is replaced.
    assert "Ask Person " in text and "&lt;b&gt;ramps&lt;/b&gt; &amp; lifts" in text
    assert "Quentin Zabrowski" not in text
    assert "Kept in the room" not in text and "Quietly" not in text
    assert "Held back words" not in text and "Sorted" not in text


def test_a_phone_not_signed_in_is_sent_to_sign_in(phone_env: PhoneEnv) -> None:
    assert phone_env.client().get("/said").status_code == 403
