"""The file's tables, built by migrations. Later features add migrations at the end, never edit one.

The schema version stored in the file (`PRAGMA user_version`) is the number of migrations applied;
a file whose version is higher than `schema_version()` was written by a newer Coprod Desktop.
The order of the migrations is this file's; the larger ones keep their tables in a module by
feature (`schema_board.py`, `schema_people.py`, …), imported when the migration runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coprod_desktop.store.header import APPLICATION_ID
from coprod_desktop.store.migration_list import MigrationList

if TYPE_CHECKING:  # the migrations run on sqlite-utils' Database (migration_list.py)
    from sqlite_utils import Database

    from coprod_desktop.store.database import ProgrammeDatabase

migrations = MigrationList("coprod")


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


def _set_identity(db: ProgrammeDatabase) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {schema_version()}")


def schema_version() -> int:
    """The version this build writes: how many migrations it knows."""
    return len(migrations)


def apply_migrations(db: ProgrammeDatabase) -> None:
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
    from coprod_desktop.store.schema_board import board_v1

    board_v1(db, create_table)


@migrations(name="web_v1")
def _web(db: Database) -> None:
    """Phone sign-in: a join link per session, phones, anonymous tallies and questions."""
    from coprod_desktop.store.schema_web import web_v1

    web_v1(db, create_table)


@migrations(name="levelling_v1")
def _levelling(db: Database) -> None:
    """Equal-time rounds and their turns, the speaking record, raised hands, and stories."""
    from coprod_desktop.store.schema_levelling import levelling_v1

    levelling_v1(db, create_table)


@migrations(name="programme_v1")
def _programme_v1(db: Database) -> None:
    """The 100-day programme: time zone and meeting pattern, milestones, actions, rapid tests,
    meeting roles, and who has left the group or agreed to be kept for a later programme.

    Actions and tests outlive the meetings they came from, so their links to sessions and notes
    are plain numbers (no foreign key): deleting a meeting or a note never deletes an action.
    """
    from coprod_desktop.store.schema_programme import programme_v1

    programme_v1(db, create_table)


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
    from coprod_desktop.store.schema_people import people_v1

    people_v1(db, create_table)


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
    from coprod_desktop.store.schema_outcomes import outcomes_v1

    outcomes_v1(db, create_table)


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
