"""One map of personal data: every column of every table, and what kind of data it holds.

Erase, the anonymised archive, subject access and the exports all read this map, so a column
cannot hold a person's details without the code that must clear or withhold them knowing it. A
test builds a new file and fails on any column that is not here (and on any entry here that no
longer exists), so a new column is classified the day it is added.

The kinds:
- IDENTITY: names a person or their device (their name, a phone's hashed token).
- CONTACT: how to reach a person.
- SPECIAL: special-category data (health, access needs, equalities answers).
- FREE_TEXT: words people type, which may name someone ("Ring Marcia about the letter"): an
  erase replaces the person's names in it, and exports pass it through the redactor.
- PERSON_LINK: a number pointing at a person's row; anonymous once that row is erased.
- UNDO_COPY: copies of other rows kept for Edit › Undo; emptied of a person when an erase is
  made final.
- SAFE: holds nothing about a particular person (times, ids, settings, counts, the
  organisation's own details).
"""

from __future__ import annotations

from enum import Enum


class DataKind(Enum):
    IDENTITY = "person identity"
    CONTACT = "contact details"
    SPECIAL = "special category"
    FREE_TEXT = "free text that may name people"
    PERSON_LINK = "link to a person"
    UNDO_COPY = "copies kept for undo"
    SAFE = "safe"


ID, C, S, F, L, U = (DataKind.IDENTITY, DataKind.CONTACT, DataKind.SPECIAL, DataKind.FREE_TEXT,
                    DataKind.PERSON_LINK, DataKind.UNDO_COPY)

# Columns not named here are SAFE; every table must be listed, so none is forgotten.
_PERSONAL: dict[str, dict[str, DataKind]] = {
    "_sqlite_migrations": {},
    "sqlite_sequence": {},
    "programme": {"focus": F},
    "session": {"title": F, "venue": F, "focus": F},
    "attendee": {"name": ID, "contact_details": C, "access_needs": S},
    "attendance": {"attendee_id": L},
    "activity": {"title": F, "instructions": F},
    "note": {"text": F, "author_id": L},
    # label_params: the values in a label (a person's name, a milestone's title).
    "history": {"label": F, "label_params": F, "payload": U},
    "setting": {"value": F},
    "runner": {},
    "cluster": {"title": F},
    "vote_round": {"title": F},
    "vote": {"voter_id": L},
    "phone_room": {},
    "phone_device": {"token_hash": ID, "attendee_id": L},
    "equalities_count": {"answer": S},
    "phone_question": {"text": F, "attendee_id": L},  # attendee_id: only if they chose a name
    "phone_question_vote": {"attendee_id": L},
    # Quick polls: the facilitator's words, and a phone's words for a cloud (may name someone).
    "poll": {"question": F, "options": F, "low_label": F, "high_label": F, "hidden_words": F},
    "poll_answer": {"attendee_id": L, "words": F},
    "checkout_answer": {},  # anonymous by design: no person, no time
    "projector_view": {},  # a view's key, a glossary word and its explanation, a vote round
    "talk_round": {"title": F},
    "round_turn": {"attendee_id": L, "note": F},
    "speaking_segment": {"attendee_id": L, "note": F},
    "hand": {"attendee_id": L},
    "story": {"teller_id": L, "title": F, "prompt": F, "note": F},
    "milestone": {"title": F, "note": F},
    "action": {"what": F, "owner_attendee_id": L, "owner_org": F, "source_text": F},
    "action_review": {},
    "rapid_test": {"title": F, "plan_what": F, "plan_who": F, "plan_where": F, "plan_when": F,
                   "plan_measure": F, "doing": F, "happened": F, "learned": F,
                   "decision_reason": F, "idea_text": F},
    "rapid_test_event": {"detail": F},
    "meeting_role": {"attendee_id": L},
    "glossary_term": {},
    "consent_event": {"attendee_id": L, "note": F},
    "claim": {"attendee_id": L, "note": F},
    "export_log": {"what": F, "target": F, "detail": F},
    "erasure": {"attendee_id": L},
    "job": {},
    # What became of what people said ("you said, we did"): copies of their words.
    "outcome": {"said": F, "what_happened": F, "passed_to": F, "reason": F},
    "outcome_event": {"detail": F},
    "outcome_link": {},
    "venue": {},
    "equalities_reference": {},
    # An invitation list: people by name (matched to attendees by name, not by a link).
    "invitation": {"name": ID, "contact": C, "source": F},
}

# The safe columns, listed too: the test checks that the two lists together cover the schema.
_SAFE: dict[str, tuple[str, ...]] = {
    "_sqlite_migrations": ("id", "migration_set", "name", "applied_at"),
    "sqlite_sequence": ("name", "seq"),
    "programme": ("id", "title", "organisation", "area", "reference_source", "start_date",
                  "length_days",
                  "created_at", "time_zone", "meeting_every_days", "meeting_starts_at",
                  "meeting_ends_at", "meeting_venue", "meeting_first_date", "pay_rate_pence",
                  "retention_until", "privacy_holder", "privacy_why", "privacy_how_long",
                  "privacy_contact"),
    "session": ("id", "kind", "date", "starts_at", "ends_at", "created_at", "board_scope",
                "silent_writing", "show_author_groups", "focus_round_id", "venue_id"),
    "attendee": ("id", "group_name", "created_at", "name_in_handouts", "photos", "contact",
                 "words", "left_group_on", "keep_for_next", "paid", "erased_at"),
    "attendance": ("id", "session_id", "signed_in_at", "signed_out_at", "via", "minutes",
                   "payment"),
    "activity": ("id", "session_id", "position", "phase", "method", "duration_s", "tool",
                 "started_at", "ended_at", "run_from", "paused_at", "elapsed_s", "extra_s"),
    "note": ("id", "session_id", "activity_id", "colour", "x", "y", "hidden", "on_behalf",
             "created_at", "updated_at", "cluster_id", "held_back", "story_id"),
    "history": ("id", "session_id", "initiator", "created_at", "undone",
                "label_key"),  # label_key: a catalogue key from the code, never typed words
    "setting": ("key",),
    "runner": ("id", "session_id", "current_id", "started_at", "finished_at"),
    "cluster": ("id", "session_id", "activity_id", "colour", "x", "y", "w", "h", "collapsed",
                "created_at"),
    "vote_round": ("id", "session_id", "activity_id", "target_kind", "target_ids",
                   "dots_per_person", "cap_per_item", "status", "opened_at", "closed_at"),
    "vote": ("id", "session_id", "round_id", "on_behalf", "target_id", "cast_at", "via"),
    "phone_room": ("id", "session_id", "token", "signin_open", "notes_open", "opened_at",
                   "closed_at", "rotated_at", "stories_open", "handout_at", "room_open",
                   "short_code"),
    "phone_device": ("id", "current_session", "equalities_session", "created_at", "seen_at"),
    "equalities_count": ("id", "session_id", "question", "count"),
    "phone_question": ("id", "session_id", "asked_at", "answered_at", "kind", "released_at",
                       "merged_into", "action_id"),
    "phone_question_vote": ("id", "question_id", "voted_at"),
    "poll": ("id", "session_id", "activity_id", "kind", "low", "high", "source", "cluster_id",
             "created_at", "opened_at", "closed_at", "revealed_at"),
    "poll_answer": ("id", "poll_id", "value", "choices", "answered_at"),
    # group_name: the group the answerer said, never who they are.
    "checkout_answer": ("id", "session_id", "group_name", "listened", "could_say", "understood",
                        "come_again", "via"),
    "projector_view": ("id", "session_id", "view", "blank", "term", "explanation",
                       "dots_round_id", "updated_at"),
    "talk_round": ("id", "session_id", "order_kind", "turn_s", "status", "created_at",
                   "started_at", "ended_at"),
    "round_turn": ("id", "round_id", "session_id", "position", "status", "limit_s",
                   "started_at", "paused_at", "paused_s", "ended_at", "duration_s", "late",
                   "skips"),
    "speaking_segment": ("id", "session_id", "started_at", "ended_at"),
    "hand": ("id", "session_id", "raised_at", "lowered_at", "outcome"),
    "story": ("id", "session_id", "consent", "position", "limit_s", "status", "created_at",
              "started_at", "paused_at", "paused_s", "ended_at", "duration_s", "added_via"),
    "milestone": ("id", "kind", "on_date", "celebration_session_id", "created_at"),
    "action": ("id", "due_date", "status", "source_kind", "source_id", "raised_session_id",
               "created_at", "updated_at", "closed_at", "closed_meeting_id"),
    "action_review": ("id", "action_id", "meeting_id", "outcome", "due_before", "due_after",
                      "created_at"),
    "rapid_test": ("id", "stage", "decision", "cycle", "idea_note_id", "parent_id",
                   "created_session_id", "created_at", "updated_at"),
    "rapid_test_event": ("id", "test_id", "meeting_id", "kind", "stage", "created_at"),
    # holder: "facilitator" or "member", which kind of person holds the role, never a name.
    "meeting_role": ("id", "session_id", "role", "holder", "created_at"),
    # The programme's own words and their plain explanations, written by the facilitator.
    "glossary_term": ("id", "term", "term_key", "aliases", "explanation", "created_at",
                      "updated_at"),
    "consent_event": ("id", "at", "choice", "previous", "value", "kind", "via"),
    "claim": ("id", "session_ref", "kind", "amount_pence", "minutes", "status", "claimed_on",
              "approved_on", "paid_on", "created_at"),
    "export_log": ("id", "at", "format", "held_names"),
    # An erasure's summary is written in numbers only, never the person's details.
    "erasure": ("id", "requested_at", "confirmed_at", "keep_contributions", "summary"),
    "job": ("id", "kind", "step", "state", "started_at"),
    "outcome": ("id", "source_kind", "source_id", "status", "raised_session_id", "created_at",
                "updated_at"),
    "outcome_event": ("id", "outcome_id", "meeting_id", "kind", "status", "created_at"),
    "outcome_link": ("id", "outcome_id", "kind", "target_id", "created_at"),
    # Places, and the borough's own figures by category: about no one in particular.
    "venue": ("id", "name", "area", "kind", "created_at"),
    "equalities_reference": ("id", "question", "answer", "percent", "updated_at"),
    "invitation": ("id", "group_name", "contact_ok", "imported_at"),
}


def kind_of(table: str, column: str) -> DataKind:
    """The kind of data in `table.column`. KeyError for a column the map does not know."""
    if column in _PERSONAL[table]:
        return _PERSONAL[table][column]
    if column in _SAFE[table]:
        return DataKind.SAFE
    raise KeyError(f"{table}.{column}")


def classified() -> dict[tuple[str, str], DataKind]:
    """Every column the map knows, with its kind."""
    out = {(t, c): k for t, cols in _PERSONAL.items() for c, k in cols.items()}
    out.update({(t, c): DataKind.SAFE for t, cols in _SAFE.items() for c in cols})
    return out


def columns_of(kind: DataKind) -> list[tuple[str, str]]:
    """The (table, column) pairs of one kind, in a stable order."""
    return sorted(key for key, found in classified().items() if found is kind)


def free_text_columns(tables: set[str] | None = None) -> list[tuple[str, str]]:
    """Where people's words are kept: where an erased person's names are looked for.

    `tables`: only those a file has (older files lack later tables)."""
    return [(t, c) for t, c in columns_of(DataKind.FREE_TEXT) if tables is None or t in tables]
