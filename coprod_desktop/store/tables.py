"""The names of the programme file's tables: the keys of a ChangeSet, as constants.

A view refreshes when a change `touches` the tables it shows. A table name mistyped there would
match nothing and the view would silently stop refreshing, so ChangeSet checks every name it is
asked about against this list, and a test keeps the list equal to the tables a new file has.
A branch that adds a table adds it here too (as it classifies its columns in personal_data.py).
"""

from __future__ import annotations

from enum import StrEnum


class Table(StrEnum):
    ACTION = "action"
    ACTION_REVIEW = "action_review"
    ACTIVITY = "activity"
    ATTENDANCE = "attendance"
    ATTENDEE = "attendee"
    CHECKOUT_ANSWER = "checkout_answer"
    CLAIM = "claim"
    CLUSTER = "cluster"
    CONSENT_EVENT = "consent_event"
    EQUALITIES_COUNT = "equalities_count"
    EQUALITIES_REFERENCE = "equalities_reference"
    ERASURE = "erasure"
    EXPORT_LOG = "export_log"
    GLOSSARY_TERM = "glossary_term"
    HAND = "hand"
    HISTORY = "history"
    INVITATION = "invitation"
    JOB = "job"
    MEETING_ROLE = "meeting_role"
    MILESTONE = "milestone"
    NOTE = "note"
    OUTCOME = "outcome"
    OUTCOME_EVENT = "outcome_event"
    OUTCOME_LINK = "outcome_link"
    PHONE_DEVICE = "phone_device"
    PHONE_QUESTION = "phone_question"
    PHONE_QUESTION_VOTE = "phone_question_vote"
    PHONE_ROOM = "phone_room"
    POLL = "poll"
    POLL_ANSWER = "poll_answer"
    PROGRAMME = "programme"
    PROJECTOR_VIEW = "projector_view"
    RAPID_TEST = "rapid_test"
    RAPID_TEST_EVENT = "rapid_test_event"
    ROUND_TURN = "round_turn"
    RUNNER = "runner"
    SESSION = "session"
    SETTING = "setting"
    SPEAKING_SEGMENT = "speaking_segment"
    STORY = "story"
    TALK_ROUND = "talk_round"
    VENUE = "venue"
    VOTE = "vote"
    VOTE_ROUND = "vote_round"


def table(name: str) -> Table:
    """`name` as a Table; a ValueError naming it if the file has no such table."""
    try:
        return Table(name)
    except ValueError:
        raise ValueError(f"No table called {name!r} in a programme file (store/tables.py)") from None
