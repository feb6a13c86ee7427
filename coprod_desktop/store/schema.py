"""The file's tables, built by migrations. Later features add migrations at the end, never edit one.

The schema version stored in the file (`PRAGMA user_version`) is the number of migrations applied;
a file whose version is higher than `schema_version()` was written by a newer Coprod Desktop.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from coprod_desktop.store.header import APPLICATION_ID

migrations = Migrations("coprod")


def create_table(db: Database, name: str, columns: dict[str, Any], **options: Any) -> None:
    """Create a table whose integer ids are never reused (SQLite AUTOINCREMENT).

    Undo puts deleted rows back under their old ids, so a new row must never take one.
    sqlite-utils builds the statement; its AUTOINCREMENT option is not yet on `Table.create`.
    """
    db.execute(db.create_table_sql(name, columns, pk="id", _autoincrement="id", **options))


@migrations(name="001_foundation")
def _foundation(db: Database) -> None:
    create_table(
        db, "programme",
        {"id": int, "title": str, "organisation": str, "area": str, "start_date": str,
         "length_days": int, "focus": str, "created_at": str},
        not_null={"title", "created_at"},
        defaults={"organisation": "", "area": "", "focus": "", "length_days": 100},
    )
    create_table(
        db, "session",
        {"id": int, "title": str, "kind": str, "date": str, "venue": str, "starts_at": str,
         "ends_at": str, "created_at": str},
        not_null={"title", "date", "starts_at", "ends_at"},
        defaults={"kind": "meeting", "venue": ""},
    )
    create_table(
        db, "attendee",
        {"id": int, "name": str, "group_name": str, "created_at": str},
        not_null={"name", "group_name"},
    )
    create_table(
        db, "attendance",
        {"id": int, "session_id": int, "attendee_id": int, "signed_in_at": str,
         "signed_out_at": str, "via": str},
        not_null={"session_id", "attendee_id", "signed_in_at"},
        foreign_keys=[("session_id", "session", "id"), ("attendee_id", "attendee", "id")],
        defaults={"via": "console"},
    )
    db["attendance"].create_index(["session_id", "attendee_id"], unique=True)
    create_table(
        db, "activity",
        {"id": int, "session_id": int, "position": int, "title": str, "phase": str,
         "method": str, "duration_s": int, "instructions": str},
        not_null={"session_id", "position", "title", "phase", "duration_s"},
        foreign_keys=[("session_id", "session", "id")],
        defaults={"method": "", "instructions": ""},
    )
    db["activity"].create_index(["session_id", "position"])
    create_table(
        db, "note",
        {"id": int, "session_id": int, "activity_id": int, "text": str, "colour": str,
         "x": float, "y": float, "hidden": int, "author_id": int, "on_behalf": int,
         "created_at": str, "updated_at": str},
        not_null={"session_id", "text", "colour", "x", "y", "hidden", "on_behalf"},
        foreign_keys=[("session_id", "session", "id"), ("activity_id", "activity", "id"),
                      ("author_id", "attendee", "id")],
        defaults={"colour": "yellow", "x": 0.0, "y": 0.0, "hidden": 0, "on_behalf": 0},
    )
    db["note"].create_index(["session_id"])
    create_table(
        db, "history",
        {"id": int, "session_id": int, "label": str, "initiator": str, "payload": str,
         "created_at": str, "undone": int},
        not_null={"label", "payload", "created_at", "undone"},
        defaults={"undone": 0},
    )
    db["setting"].create({"key": str, "value": str}, pk="key")


def _set_identity(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {schema_version()}")


def schema_version() -> int:
    """The version this build writes: how many migrations it knows."""
    return len(migrations._migrations)


def apply_migrations(db: Database) -> None:
    """Bring the file up to this version's schema and stamp it as a Coprod file."""
    migrations.apply(db)
    _set_identity(db)


@migrations(name="consent_v1")
def _consent(db: Database) -> None:
    """What each person agreed to. Everything is off until they say yes; words stay anonymous."""
    attendee = db["attendee"]
    attendee.add_column("name_in_handouts", int, not_null_default=0)
    attendee.add_column("photos", int, not_null_default=0)
    attendee.add_column("contact", int, not_null_default=0)
    attendee.add_column("contact_details", str, not_null_default="")
    attendee.add_column("words", str, not_null_default="anonymous")
    attendee.add_column("access_needs", str, not_null_default="")


@migrations(name="agenda_v1")
def _agenda(db: Database) -> None:
    """How each activity actually ran, and which activity each session's runner is on.

    Timer facts are wall-clock times (ISO text) and seconds, so a running timer resumes from the
    file after a restart: `run_from` is set while it runs, `elapsed_s` holds the time run before.
    """
    activity = db["activity"]
    activity.add_column("tool", str, not_null_default="none")
    for column in ("started_at", "ended_at", "run_from", "paused_at"):
        activity.add_column(column, str)
    activity.add_column("elapsed_s", float, not_null_default=0.0)
    activity.add_column("extra_s", int, not_null_default=0)
    create_table(
        db, "runner",
        {"id": int, "session_id": int, "current_id": int, "started_at": str, "finished_at": str},
        not_null={"session_id"},
        foreign_keys=[("session_id", "session", "id"), ("current_id", "activity", "id")],
    )
    db["runner"].create_index(["session_id"], unique=True)


@migrations(name="board_v1")
def _board(db: Database) -> None:
    """Clusters of notes, held-back notes, dot-vote rounds and votes, and each session's board."""
    create_table(
        db, "cluster",
        {"id": int, "session_id": int, "activity_id": int, "title": str, "colour": str,
         "x": float, "y": float, "w": float, "h": float, "collapsed": int, "created_at": str},
        not_null={"session_id", "title", "colour", "x", "y", "w", "h", "collapsed", "created_at"},
        foreign_keys=[("session_id", "session", "id"), ("activity_id", "activity", "id")],
        defaults={"colour": "white", "x": 0.0, "y": 0.0, "w": 480.0, "h": 300.0, "collapsed": 0},
    )
    db["cluster"].create_index(["session_id"])
    note = db["note"]
    # A plain column: SQLite cannot add a foreign key to an existing table without rebuilding it,
    # and the services keep cluster_id pointing at a cluster of the same session.
    note.add_column("cluster_id", int)
    # Held back by the facilitator (breaks the ground rules): never on the projector, even after
    # "reveal all". Separate from `hidden`, which is silent writing's "not shown yet".
    note.add_column("held_back", int, not_null_default=0)
    db["note"].create_index(["cluster_id"])
    create_table(
        db, "vote_round",
        {"id": int, "session_id": int, "activity_id": int, "title": str, "target_kind": str,
         "target_ids": str, "dots_per_person": int, "cap_per_item": int, "status": str,
         "opened_at": str, "closed_at": str},
        not_null={"session_id", "target_kind", "target_ids", "dots_per_person", "status",
                  "opened_at"},
        foreign_keys=[("session_id", "session", "id"), ("activity_id", "activity", "id")],
        defaults={"title": "", "target_ids": "", "status": "open"},
    )
    db["vote_round"].create_index(["session_id"])
    create_table(
        db, "vote",
        {"id": int, "session_id": int, "round_id": int, "voter_id": int, "on_behalf": int,
         "target_id": int, "cast_at": str, "via": str},
        not_null={"session_id", "round_id", "on_behalf", "target_id", "cast_at", "via"},
        foreign_keys=[("session_id", "session", "id"), ("round_id", "vote_round", "id"),
                      ("voter_id", "attendee", "id")],
        defaults={"on_behalf": 0, "via": "console"},
    )
    db["vote"].create_index(["round_id", "voter_id"])
    db["vote"].create_index(["round_id", "target_id"])
    session = db["session"]
    session.add_column("board_scope", str, not_null_default="session")
    session.add_column("silent_writing", int, not_null_default=0)
    session.add_column("show_author_groups", int, not_null_default=0)
    session.add_column("focus", str, not_null_default="")
    session.add_column("focus_round_id", int)


@migrations(name="web_v1")
def _web(db: Database) -> None:
    """Phone sign-in: a join link per session, phones, anonymous tallies and questions."""
    create_table(
        db, "phone_room",
        {"id": int, "session_id": int, "token": str, "signin_open": int, "notes_open": int,
         "opened_at": str, "closed_at": str, "rotated_at": str},
        not_null={"session_id", "token", "signin_open", "notes_open"},
        foreign_keys=[("session_id", "session", "id")],
        defaults={"signin_open": 0, "notes_open": 0},
    )
    db["phone_room"].create_index(["session_id"], unique=True)
    db["phone_room"].create_index(["token"], unique=True)
    # A phone is known by a random token kept in its cookie; the file holds only a hash of it.
    # current_session is plain data (no foreign key), so deleting a session leaves phones known.
    create_table(
        db, "phone_device",
        {"id": int, "token_hash": str, "attendee_id": int, "current_session": int,
         "equalities_session": int, "created_at": str, "seen_at": str},
        not_null={"token_hash", "attendee_id", "created_at"},
        foreign_keys=[("attendee_id", "attendee", "id")],
    )
    db["phone_device"].create_index(["token_hash"], unique=True)
    # Tallies only: no row says who gave an answer, or when.
    create_table(
        db, "equalities_count",
        {"id": int, "session_id": int, "question": str, "answer": str, "count": int},
        not_null={"session_id", "question", "answer", "count"},
        foreign_keys=[("session_id", "session", "id")],
        defaults={"count": 0},
    )
    db["equalities_count"].create_index(["session_id", "question", "answer"], unique=True)
    # "What does that mean?": asked anonymously, queued for the console.
    create_table(
        db, "phone_question",
        {"id": int, "session_id": int, "text": str, "asked_at": str, "answered_at": str},
        not_null={"session_id", "text", "asked_at"},
        foreign_keys=[("session_id", "session", "id")],
    )
    db["phone_question"].create_index(["session_id"])


@migrations(name="levelling_v1")
def _levelling(db: Database) -> None:
    """Equal-time rounds and their turns, the speaking record, raised hands, and stories."""
    create_table(
        db, "talk_round",
        {"id": int, "session_id": int, "title": str, "order_kind": str, "turn_s": int,
         "status": str, "created_at": str, "started_at": str, "ended_at": str},
        not_null={"session_id", "title", "order_kind", "turn_s", "status", "created_at"},
        foreign_keys=[("session_id", "session", "id")],
    )
    db["talk_round"].create_index(["session_id"])
    create_table(
        db, "round_turn",
        {"id": int, "round_id": int, "session_id": int, "attendee_id": int, "position": int,
         "status": str, "limit_s": int, "started_at": str, "paused_at": str, "paused_s": float,
         "ended_at": str, "duration_s": float, "late": int, "skips": int, "note": str},
        not_null={"round_id", "session_id", "attendee_id", "position", "status", "limit_s",
                  "paused_s", "late", "skips", "note"},
        foreign_keys=[("round_id", "talk_round", "id"), ("session_id", "session", "id"),
                      ("attendee_id", "attendee", "id")],
        defaults={"paused_s": 0.0, "late": 0, "skips": 0, "note": ""},
    )
    db["round_turn"].create_index(["round_id", "position"])
    create_table(
        db, "speaking_segment",
        {"id": int, "session_id": int, "attendee_id": int, "started_at": str, "ended_at": str,
         "note": str},
        not_null={"session_id", "attendee_id", "started_at", "note"},
        foreign_keys=[("session_id", "session", "id"), ("attendee_id", "attendee", "id")],
        defaults={"note": ""},
    )
    db["speaking_segment"].create_index(["session_id", "started_at"])
    # One person has the floor at a time: at most one open segment per session.
    db.execute("CREATE UNIQUE INDEX speaking_one_open ON speaking_segment(session_id) "
               "WHERE ended_at IS NULL")
    create_table(
        db, "hand",
        {"id": int, "session_id": int, "attendee_id": int, "raised_at": str, "lowered_at": str,
         "outcome": str},
        not_null={"session_id", "attendee_id", "raised_at", "outcome"},
        foreign_keys=[("session_id", "session", "id"), ("attendee_id", "attendee", "id")],
        defaults={"outcome": ""},
    )
    db.execute("CREATE UNIQUE INDEX hand_one_raised ON hand(session_id, attendee_id) "
               "WHERE lowered_at IS NULL")
    create_table(
        db, "story",
        {"id": int, "session_id": int, "teller_id": int, "title": str, "prompt": str,
         "consent": str, "position": int, "limit_s": int, "status": str, "created_at": str,
         "started_at": str, "paused_at": str, "paused_s": float, "ended_at": str,
         "duration_s": float, "added_via": str, "note": str},
        not_null={"session_id", "teller_id", "title", "prompt", "consent", "position", "limit_s",
                  "status", "created_at", "paused_s", "added_via", "note"},
        foreign_keys=[("session_id", "session", "id"), ("teller_id", "attendee", "id")],
        defaults={"title": "", "prompt": "", "consent": "room", "paused_s": 0.0,
                  "added_via": "console", "note": ""},
    )
    db["story"].create_index(["session_id", "position"])
    # "What I heard" notes belong to the story they were written about.
    db.execute("ALTER TABLE note ADD COLUMN story_id INTEGER REFERENCES story(id)")
    db["note"].create_index(["story_id"])


@migrations(name="programme_v1")
def _programme_v1(db: Database) -> None:
    """The 100-day programme: time zone and meeting pattern, milestones, actions, rapid tests,
    meeting roles, and who has left the group or agreed to be kept for a later programme.

    Actions and tests outlive the meetings they came from, so their links to sessions and notes
    are plain numbers (no foreign key): deleting a meeting or a note never deletes an action.
    """
    programme = db["programme"]
    for name, kind, default in (
            ("time_zone", str, "Europe/London"), ("meeting_every_days", int, 14),
            ("meeting_starts_at", str, "18:00"), ("meeting_ends_at", str, "19:30"),
            ("meeting_venue", str, "")):
        programme.add_column(name, kind, not_null_default=default)
    programme.add_column("meeting_first_date", str)
    attendee = db["attendee"]
    attendee.add_column("left_group_on", str)
    attendee.add_column("keep_for_next", int, not_null_default=0)
    create_table(
        db, "milestone",
        {"id": int, "title": str, "kind": str, "on_date": str, "celebration_session_id": int,
         "note": str, "created_at": str},
        not_null={"title", "kind", "on_date", "created_at"}, defaults={"note": ""},
    )
    create_table(
        db, "action",
        {"id": int, "what": str, "owner_attendee_id": int, "owner_org": str, "due_date": str,
         "status": str, "source_kind": str, "source_id": int, "source_text": str,
         "raised_session_id": int, "created_at": str, "updated_at": str, "closed_at": str,
         "closed_meeting_id": int},
        not_null={"what", "status", "source_kind", "created_at", "updated_at"},
        defaults={"owner_org": "", "status": "open", "source_kind": "manual", "source_text": ""},
    )
    db["action"].create_index(["status"])
    create_table(
        db, "action_review",
        {"id": int, "action_id": int, "meeting_id": int, "outcome": str, "due_before": str,
         "due_after": str, "created_at": str},
        not_null={"action_id", "outcome", "created_at"},
        foreign_keys=[("action_id", "action", "id")],
    )
    db["action_review"].create_index(["action_id"])
    create_table(
        db, "rapid_test",
        {"id": int, "title": str, "stage": str, "plan_what": str, "plan_who": str,
         "plan_where": str, "plan_when": str, "plan_measure": str, "doing": str,
         "happened": str, "learned": str, "decision": str, "decision_reason": str, "cycle": int,
         "idea_note_id": int, "idea_text": str, "parent_id": int, "created_session_id": int,
         "created_at": str, "updated_at": str},
        not_null={"title", "stage", "cycle", "created_at", "updated_at"},
        defaults={"stage": "plan", "cycle": 1, **{c: "" for c in (
            "plan_what", "plan_who", "plan_where", "plan_when", "plan_measure", "doing",
            "happened", "learned", "decision_reason", "idea_text")}},
    )
    create_table(
        db, "rapid_test_event",
        {"id": int, "test_id": int, "meeting_id": int, "kind": str, "stage": str,
         "detail": str, "created_at": str},
        not_null={"test_id", "kind", "stage", "created_at"},
        foreign_keys=[("test_id", "rapid_test", "id")], defaults={"detail": ""},
    )
    db["rapid_test_event"].create_index(["test_id"])
    create_table(
        db, "meeting_role",
        {"id": int, "session_id": int, "role": str, "holder": str, "attendee_id": int,
         "created_at": str},
        not_null={"session_id", "role", "holder", "created_at"},
        foreign_keys=[("session_id", "session", "id")],
    )
    db["meeting_role"].create_index(["session_id", "role"], unique=True)


@migrations(name="glossary_v1")
def _glossary(db: Database) -> None:
    """The programme's own jargon-buster terms, on top of the glossary that ships with the app."""
    create_table(
        db, "glossary_term",
        {"id": int, "term": str, "term_key": str, "aliases": str, "explanation": str,
         "created_at": str, "updated_at": str},
        not_null={"term", "term_key", "aliases", "explanation", "created_at", "updated_at"},
        defaults={"aliases": "[]"},
    )
    db["glossary_term"].create_index(["term_key"], unique=True)


@migrations(name="people_v1")
def _people(db: Database) -> None:
    """People across the programme: consent history, payments and claims, privacy and erasure.

    Claims refer to their session by a plain number (no foreign key): deleting a session must never
    delete a record of money claimed or paid. An erased person keeps an anonymous row (`erased_at`
    set, name replaced), so anonymous notes, votes and attendance still count.
    """
    attendee = db["attendee"]
    # Agreed to be paid for their time, which means their name goes to the finance team.
    attendee.add_column("paid", int, not_null_default=0)
    attendee.add_column("erased_at", str)
    create_table(
        db, "consent_event",
        {"id": int, "attendee_id": int, "at": str, "choice": str, "previous": str, "value": str,
         "kind": str, "via": str, "note": str},
        not_null={"attendee_id", "at", "choice", "value", "kind", "via", "note"},
        foreign_keys=[("attendee_id", "attendee", "id")],
        defaults={"note": ""},
    )
    db["consent_event"].create_index(["attendee_id", "at"])
    attendance = db["attendance"]
    attendance.add_column("minutes", int)  # None: by the session
    attendance.add_column("payment", int)  # None: by the rule
    programme = db["programme"]
    programme.add_column("pay_rate_pence", int, not_null_default=0)
    programme.add_column("retention_until", str)
    for column in ("privacy_holder", "privacy_why", "privacy_how_long", "privacy_contact"):
        programme.add_column(column, str, not_null_default="")
    create_table(
        db, "claim",
        {"id": int, "attendee_id": int, "session_ref": int, "kind": str, "amount_pence": int,
         "minutes": int, "status": str, "claimed_on": str, "approved_on": str, "paid_on": str,
         "note": str, "created_at": str},
        not_null={"attendee_id", "kind", "amount_pence", "status", "claimed_on", "note",
                  "created_at"},
        foreign_keys=[("attendee_id", "attendee", "id")],
        defaults={"status": "claimed", "note": ""},
    )
    db["claim"].create_index(["attendee_id"])
    db["claim"].create_index(["status"])
    create_table(
        db, "export_log",
        {"id": int, "at": str, "what": str, "format": str, "target": str, "held_names": int,
         "detail": str},
        not_null={"at", "what", "format", "target", "held_names", "detail"},
        defaults={"detail": ""},
    )
    # The erasure itself: a plain number, never a name, so the record survives the erase.
    create_table(
        db, "erasure",
        {"id": int, "attendee_id": int, "requested_at": str, "confirmed_at": str,
         "keep_contributions": int, "summary": str},
        not_null={"attendee_id", "requested_at", "keep_contributions", "summary"},
        defaults={"keep_contributions": 1, "summary": ""},
    )
    db["erasure"].create_index(["attendee_id"])


@migrations(name="phones2_v1")
def _phones2(db: Database) -> None:
    """Phones join the story queue when the facilitator allows it; a handout published to phones."""
    room = db["phone_room"]
    room.add_column("stories_open", int, not_null_default=0)
    room.add_column("handout_at", str)  # when published; NULL: not


@migrations(name="jobs_v1")
def _jobs(db: Database) -> None:
    """Jobs of several steps (make an erase final, the anonymised archive, erase everyone) note
    each step here in the same transaction as the step, so opening the file after a crash can
    finish what was started. A finished job's row is deleted; rows never hold personal data."""
    create_table(db, "job", {"id": int, "kind": str, "step": str, "state": str,
                             "started_at": str},
                 not_null={"kind", "step", "state", "started_at"}, defaults={"state": "{}"})
@migrations(name="outcomes_v1")
def _outcomes(db: Database) -> None:
    """Closing the loop: outcomes ("you said, we did"), venues, the equalities reference, and
    invitation lists.

    Outcomes refer to what they came from and to their actions and tests by plain numbers (no
    foreign key), like actions: deleting a note or a meeting never deletes what became of it.
    The reference is about categories, never people; invitations hold names (and contact details
    only where the person agreed to be contacted).
    """
    create_table(
        db, "outcome",
        {"id": int, "source_kind": str, "source_id": int, "said": str, "status": str,
         "what_happened": str, "passed_to": str, "reason": str, "raised_session_id": int,
         "created_at": str, "updated_at": str},
        not_null={"source_kind", "said", "status", "what_happened", "passed_to", "reason",
                  "created_at", "updated_at"},
        defaults={"status": "come_back", "what_happened": "", "passed_to": "", "reason": ""},
    )
    db["outcome"].create_index(["source_kind", "source_id"])
    create_table(
        db, "outcome_event",
        {"id": int, "outcome_id": int, "meeting_id": int, "kind": str, "status": str,
         "detail": str, "created_at": str},
        not_null={"outcome_id", "kind", "status", "detail", "created_at"},
        foreign_keys=[("outcome_id", "outcome", "id")], defaults={"detail": ""},
    )
    db["outcome_event"].create_index(["outcome_id"])
    create_table(
        db, "outcome_link",
        {"id": int, "outcome_id": int, "kind": str, "target_id": int, "created_at": str},
        not_null={"outcome_id", "kind", "target_id", "created_at"},
        foreign_keys=[("outcome_id", "outcome", "id")],
    )
    db["outcome_link"].create_index(["outcome_id", "kind", "target_id"], unique=True)
    create_table(
        db, "venue",
        {"id": int, "name": str, "area": str, "kind": str, "created_at": str},
        not_null={"name", "area", "kind", "created_at"}, defaults={"area": "", "kind": "other"},
    )
    db["session"].add_column("venue_id", int)  # plain number
    create_table(
        db, "equalities_reference",
        {"id": int, "question": str, "answer": str, "percent": float, "updated_at": str},
        not_null={"question", "answer", "percent", "updated_at"},
    )
    db["equalities_reference"].create_index(["question", "answer"], unique=True)
    db["programme"].add_column(
        "reference_source", str, not_null_default="")  # e.g. "Borough profile, Census 2021"
    create_table(
        db, "invitation",
        {"id": int, "name": str, "group_name": str, "contact": str, "contact_ok": int,
         "imported_at": str, "source": str},
        not_null={"name", "group_name", "contact", "contact_ok", "imported_at", "source"},
        defaults={"contact": "", "contact_ok": 0, "source": ""},
    )
@migrations(name="phones3_v1")
def _phones3(db: Database) -> None:
    """Two switches (new arrivals, the room) and a short code to type instead of the long link."""
    room = db["phone_room"]
    room.add_column("room_open", int, not_null_default=0)
    room.add_column("short_code", str)
    db.execute("UPDATE phone_room SET room_open = signin_open")
    db["phone_room"].create_index(["short_code"], unique=True)


@migrations(name="room_questions_v1")
def _room_questions(db: Database) -> None:
    """Questions for the room: a kind beside "what does that mean?", held back until let through,
    the asker's person only when they chose to be named, duplicates merged, upvotes (one each)."""
    question = db["phone_question"]
    question.add_column("kind", str, not_null_default="jargon")  # type: ignore[union-attr]
    question.add_column("attendee_id", int)  # type: ignore[union-attr]  # NULL: asked anonymously
    question.add_column("released_at", str)  # type: ignore[union-attr]  # NULL: held back
    question.add_column("merged_into", int)  # type: ignore[union-attr]  # a duplicate of that one
    question.add_column("action_id", int)  # type: ignore[union-attr]  # turned into this action
    create_table(
        db, "phone_question_vote",
        {"id": int, "question_id": int, "attendee_id": int, "voted_at": str},
        not_null={"question_id", "attendee_id", "voted_at"},
        foreign_keys=[("question_id", "phone_question", "id"), ("attendee_id", "attendee", "id")],
    )
    db["phone_question_vote"].create_index(["question_id", "attendee_id"], unique=True)


@migrations(name="polls_v1")
def _polls(db: Database) -> None:
    """Quick polls, their answers (one per phone) and the anonymous check-out: schema_polls.py."""
    from coprod_desktop.store.schema_polls import polls_v1

    polls_v1(db, create_table)


@migrations(name="projector_view_v1")
def _projector_view(db: Database) -> None:
    """What the projector shows, per session, for the big screen on phones:
    schema_projector_view.py."""
    from coprod_desktop.store.schema_projector_view import projector_view_v1

    projector_view_v1(db, create_table)


@migrations(name="history_labels_v1")
def _history_labels(db: Database) -> None:
    """Undo steps keep their label's catalogue key and values: schema_history_labels.py."""
    from coprod_desktop.store.schema_history_labels import history_labels_v1

    history_labels_v1(db)
