"""Every new session can end with the check-out questions; sessions already planned are not
changed; the check-out stays last as activities are added, and leaving it out is one choice."""

from __future__ import annotations

from coprod_desktop.library import shipped_templates
from coprod_desktop.services import Services

CHECKOUT = "check-out-questions"


def _methods(services: Services, session_id: int) -> list[str]:
    return [item.activity.method for item in services.agenda.agenda(session_id).items]


def test_every_shipped_template_ends_with_the_check_out() -> None:
    templates = shipped_templates().templates
    assert templates
    for template in templates:
        assert template.steps[-1].method == CHECKOUT, template.id
        assert [s.method for s in template.steps].count(CHECKOUT) == 1, template.id


def test_a_session_from_a_template_ends_with_it_unless_left_out(services: Services) -> None:
    kept = int(services.agenda.new_session_from_template(
        "team-meeting", "Team meeting 4", "2026-11-10").new_id or 0)
    assert _methods(services, kept)[-1] == CHECKOUT
    left_out = int(services.agenda.new_session_from_template(
        "team-meeting", "Team meeting 5", "2026-11-17", checkout=False).new_id or 0)
    assert CHECKOUT not in _methods(services, left_out)
    assert len(_methods(services, left_out)) == len(_methods(services, kept)) - 1


def test_a_blank_session_with_the_check_out_keeps_it_last(services: Services) -> None:
    session = int(services.sessions.create_session(
        "Team meeting 4", "2026-11-10", checkout=True).new_id or 0)
    assert _methods(services, session) == [CHECKOUT]
    services.agenda.add_method(session, "check-in-round")
    services.agenda.add_activity(session, "Tea", 10)
    assert _methods(services, session) == ["check-in-round", "", CHECKOUT]
    services.agenda.apply_template(session, "team-meeting")  # no second check-out
    methods = _methods(services, session)
    assert methods[-1] == CHECKOUT and methods.count(CHECKOUT) == 1
    services.agenda.add_activity(session, "After the check-out", 5, index=len(methods))
    assert _methods(services, session)[-1] == ""  # put after it on purpose: it stays there


def test_without_the_choice_a_session_starts_empty(services: Services, session_id: int) -> None:
    before = _methods(services, session_id)  # a session already in the file is not touched
    session = int(services.sessions.create_session("Team meeting 4", "2026-11-10").new_id or 0)
    assert _methods(services, session) == []
    assert _methods(services, session_id) == before
