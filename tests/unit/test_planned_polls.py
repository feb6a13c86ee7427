"""A poll planned on the agenda: kind, question, options or a scale's ends kept with the
activity; running it opens exactly that poll; planned again only until it has run."""

from __future__ import annotations

import pytest

from coprod_desktop.domain.errors import ConflictError, ValidationError
from coprod_desktop.domain.polls import PollKind
from coprod_desktop.services import Services


def _poll_activity(services: Services, session_id: int, method: str = "quick-poll") -> int:
    return int(services.agenda.add_method(session_id, method).new_id or 0)


def test_a_planned_scale_is_kept_and_opens_as_planned(services: Services, session_id: int) -> None:
    activity = _poll_activity(services, session_id)
    services.planned_polls.plan(activity, "scale", "  How clear was today? ", low=0, high=10,
                                low_label="Not at all", high_label="Completely")
    planned = services.planned_polls.planned(activity)
    assert planned is not None and planned.opened_at is None
    assert (planned.kind, planned.question, planned.low, planned.high, planned.low_label,
            planned.high_label) == (PollKind.SCALE, "How clear was today?", 0, 10,
                                    "Not at all", "Completely")
    assert services.read.polls.current(session_id) is None  # not open to phones yet
    services.planned_polls.plan(activity, "single", "Tea or coffee?",
                                options=["Tea", "Coffee", " "])  # re-planned: the same row
    again = services.planned_polls.planned(activity)
    assert again is not None and again.id == planned.id
    assert (again.kind, again.options, again.low_label) == (PollKind.SINGLE, ("Tea", "Coffee"),
                                                            "")
    services.planned_polls.open_planned(activity)
    current = services.read.polls.current(session_id)
    assert current is not None and current.id == planned.id and current.options == (
        "Tea", "Coffee")
    assert services.planned_polls.open_planned(activity) is None  # opened once only
    with pytest.raises(ConflictError):
        services.planned_polls.plan(activity, "words", "Three words for today")


def test_only_a_poll_activity_carries_a_poll(services: Services, session_id: int) -> None:
    other = int(services.agenda.add_activity(session_id, "Tea break", 10).new_id or 0)
    with pytest.raises(ValidationError):
        services.planned_polls.plan(other, "words", "Three words")
    activity = _poll_activity(services, session_id, "word-cloud")
    with pytest.raises(ValidationError):
        services.planned_polls.plan(activity, "single", "Which?", options=["Only one"])
    assert services.planned_polls.planned(activity) is None


def test_unplanning_and_deleting_the_activity_take_the_planned_poll(services: Services,
                                                                    session_id: int) -> None:
    activity = _poll_activity(services, session_id)
    services.planned_polls.plan(activity, "words", "Three words for today")
    removed = services.planned_polls.unplan(activity)
    assert removed is not None and services.planned_polls.planned(activity) is None
    services.history.undo(int(removed.revision_id or 0))  # the unplan, undone
    assert services.planned_polls.planned(activity) is not None
    services.agenda.delete_activity(activity)
    assert services.read.polls.polls(session_id) == []
