"""CSV and JSON exports: one file per table, every column described, consent as in the PDFs.

The descriptions here are the documentation: docs/export-columns.md is written from them
(`python -m coprod_desktop.export.tables > docs/export-columns.md`) and a test keeps it in step.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coprod_desktop.export import (
    checkout_data,
    poll_data,
    table_rows,
)
from coprod_desktop.export.atomic import write_folder
from coprod_desktop.export.document import Progress
from coprod_desktop.export.redact import redact, redacting
from coprod_desktop.store.reader import Reader
from coprod_desktop.store.snapshot import QueryCache

Row = dict[str, Any]
FORMATS = ("csv", "json")


@dataclass(frozen=True)
class Column:
    name: str
    about: str


@dataclass(frozen=True)
class Table:
    name: str
    about: str
    columns: tuple[Column, ...]
    rows: Callable[[Reader], Iterable[Row]]


_YES = "true or false (yes or no in CSV)"

TABLES: list[Table] = [
    Table("programme", "The programme itself (one row).", (
        Column("title", "The programme's name."),
        Column("organisation", "Who runs it."),
        Column("area", "The place it covers."),
        Column("start_date", "First day, YYYY-MM-DD (empty if not set)."),
        Column("length_days", "How many days the programme lasts."),
        Column("focus", "What the programme chose to work on (empty until chosen)."),
    ), table_rows.programme),
    Table("sessions", "Every session, in date order.", (
        Column("id", "The session's number in this programme."),
        Column("title", "The session's name."),
        Column("kind", "discovery, meeting, celebration or other."),
        Column("date", "YYYY-MM-DD."),
        Column("venue", "Where it is held."),
        Column("starts_at", "Planned start, HH:MM local time."),
        Column("ends_at", "Planned end, HH:MM local time."),
        Column("focus", "What the room chose to work on at this session (empty if nothing)."),
    ), table_rows.sessions),
    Table("people", "Everyone in the programme. Contact details and access needs are never "
          "exported.", (
        Column("id", "The person's number in this programme (the same in every export)."),
        Column("name", "Their name if they agreed to it being printed, otherwise "
               "'Person 14 (parent or carer)'."),
        Column("name_printed", f"Whether they agreed to their name being printed: {_YES}."),
        Column("group", "parent_carer, young_person, staff, voluntary or other."),
        Column("group_label", "The group in words."),
        Column("words", "How their stories may be used: room (kept in the room), anonymous, "
               "or named."),
        Column("photos", f"Whether they agreed to photos: {_YES}."),
        Column("contact", f"Whether they agreed to be contacted: {_YES}. The details are not "
               "exported."),
    ), table_rows.people),
    Table("attendance", "Who came to which session, as in the attendance register.", (
        Column("session_id", "The session (see sessions.id)."),
        Column("session_date", "The session's date, YYYY-MM-DD."),
        Column("person_id", "The person (see people.id)."),
        Column("name", "As in people.name."),
        Column("group", "As in people.group."),
        Column("signed_in_at", "When they signed in, ISO 8601 in UTC."),
        Column("signed_out_at", "When they signed out, ISO 8601 in UTC (empty if they did not)."),
        Column("hours", "Hours for payment: the session's planned length, or the time until "
               "they signed out if shorter, to the quarter hour."),
        Column("via", "How they signed in: phone, console or register."),
    ), table_rows.attendance),
    Table("activities", "Each session's activities, in order, as planned and as they ran.", (
        Column("id", "The activity's number."),
        Column("session_id", "The session (see sessions.id)."),
        Column("position", "Its place in the session's plan."),
        Column("title", "What the activity is called."),
        Column("phase", "welcome, empathy, define, ideation, testing, celebration or close."),
        Column("phase_label", "The phase in words, as shown in the app."),
        Column("method", "The method used (empty if none)."),
        Column("minutes", "Planned length in minutes."),
        Column("instructions", "What the facilitator wrote for it."),
        Column("started_at", "When it started, ISO 8601 in UTC (empty if it never ran)."),
        Column("ended_at", "When the room moved on from it, ISO 8601 in UTC (empty if not yet)."),
        Column("ran_minutes", "How long it ran, in whole minutes (empty until it ended)."),
        Column("poll_kind", "For a poll activity, the poll it carries: scale, single (choose "
               "one), multiple (choose any) or words (a word cloud); empty otherwise, and for a "
               "poll that ran but whose results were never shown to the room."),
        Column("poll_question", "The poll's question, exactly as written."),
        Column("poll_options", "The choices of a single or multiple poll: one a line in CSV, a list "
               "in JSON."),
        Column("poll_scale_low", "The lowest point of a scale poll."),
        Column("poll_scale_high", "The highest point of a scale poll."),
        Column("poll_low_words", "The words for a scale's lowest point (empty if none)."),
        Column("poll_high_words", "The words for a scale's highest point (empty if none)."),
    ), table_rows.activities),
    Table("notes", "Sticky notes from the board, exactly as written. As in the handout, notes "
          "not yet revealed, notes the facilitator held back and notes about a story kept in the "
          "room are left out, and notes never carry their writer.", (
        Column("id", "The note's number."),
        Column("session_id", "The session (see sessions.id)."),
        Column("activity_id", "The activity it was written in (empty if none)."),
        Column("cluster_id", "The group the note was sorted into (see clusters.id; empty if "
               "none)."),
        Column("story_id", "The story it is a 'what I heard' note about (see stories.id; empty "
               "if none)."),
        Column("text", "The note's words, exactly as typed, line breaks included."),
        Column("colour", "yellow, pink, blue, green, orange, purple or white."),
        Column("on_behalf", f"Whether the facilitator wrote it for someone: {_YES}."),
        Column("created_at", "When it was written, ISO 8601 in UTC."),
        Column("updated_at", "When it was last changed, ISO 8601 in UTC."),
    ), table_rows.notes),
    Table("clusters", "The groups notes were sorted into on the board (a group whose notes are "
          "all left out of the notes table is left out too).", (
        Column("id", "The group's number."),
        Column("session_id", "The session (see sessions.id)."),
        Column("activity_id", "The activity whose board it is on (empty: the session's board)."),
        Column("title", "The group's name, exactly as typed."),
        Column("colour", "Its colour on the board."),
    ), table_rows.clusters),
    Table("vote_results", "Dot votes that have closed: one row per item that could get dots, "
          "ranked. Who placed which dot is never exported; open votes are left out.", (
        Column("round_id", "The vote's number."),
        Column("session_id", "The session (see sessions.id)."),
        Column("vote", "The vote's title, or what it was on."),
        Column("closed_at", "When the vote closed, ISO 8601 in UTC."),
        Column("target_kind", "note or cluster: what people put dots on."),
        Column("target_id", "The note (notes.id) or group (clusters.id)."),
        Column("label", "The note's text or the group's name."),
        Column("dots", "How many dots it got."),
        Column("place", "Its place: 1 is the most dots; equal counts share a place."),
        Column("tied", f"Whether it shares its place with another: {_YES}."),
    ), table_rows.vote_results),
    Table("poll_results", "Quick polls whose results were shown to the room: one row per point "
          "of a scale, option of a choice, or word of a word cloud. Who answered what is never "
          "exported; polls never revealed are left out, and so are words the facilitator hid.", (
        Column("poll_id", "The poll's number."),
        Column("session_id", "The session (see sessions.id)."),
        Column("question", "The poll's question."),
        Column("kind", "scale, single (one choice), multiple (any choices) or words (a cloud)."),
        Column("source", "phones, or board for a word cloud made from the board's notes."),
        Column("scale_low", "A scale's lowest point (empty for other kinds)."),
        Column("scale_high", "A scale's highest point (empty for other kinds)."),
        Column("answers", "Phones that answered (for a cloud from the board: notes read)."),
        Column("answer", "The point of the scale (with its words, if any), the option, or the "
               "word as most people spelled it."),
        Column("count", "How many chose it (a word: how often it came up, any capitals or "
               "simple plural)."),
        Column("rank", "Its order: a scale's points and a choice's options as asked, words "
               "most frequent first."),
    ), poll_data.poll_rows),
    Table("checkout_results", "The check-out: four questions answered at the end of a "
          "session without a name. One row per session, side of the room and question. What "
          "is shown is decided once for the whole programme, for this table and the programme "
          "report together, so that nothing about fewer than 3 people can be read in either, "
          "or worked out from the two side by side (a total less its parts, across sessions, "
          "sides or files): a side with fewer than 3 check-outs is not shown, a question fewer "
          "than 3 on a side answered shows no figures, and where a session's check-outs less "
          "the sides shown would tell a side that is not shown (10 parents and carers beside 2 "
          "staff: 12 - 10 = 2; beside 2 staff and 2 young people: 14 - 10 = 4, so both are 2), "
          "the session's check-outs are held back rather than a side. The report's "
          "programme-wide figures (check-outs in all; each side's answers to a question across "
          "the sessions) are held back there, never a session's side here, where they would "
          "let a hidden side's answers be worked out, or say that every hidden person answered "
          "alike (100% or 0% Yes). Only the share saying Yes leaves the laptop: never who, "
          "when, or how many said No or Partly.", (
        Column("session_id", "The session (see sessions.id)."),
        Column("check_outs", "Check-outs in the session (empty when held back: see "
               "check_outs_held_back)."),
        Column("check_outs_held_back", "Why check_outs is empty: small (fewer than 3 in the "
               "session) or protects (it would let a side of fewer than 3 be worked out, here or "
               "with the programme report: a session of 1 parent and 1 young person reads "
               "protects, as 'fewer than 3' beside two small sides would say both are 1); empty "
               "when shown."),
        Column("side", "parents (parents and carers), staff, or others (everyone else, and "
               "people who did not say)."),
        Column("side_check_outs", "Check-outs from that side (empty: fewer than 3)."),
        Column("question", "listened, could_say, understood or come_again."),
        Column("statement", "What people answered Yes, Partly or No to."),
        Column("shown", f"Whether this side's answers to it are shown: {_YES}."),
        Column("answered", "How many on that side answered it: 0 if nobody did; empty when "
               "1 or 2 did, or the side is not shown."),
        Column("yes_share", "The share of them saying Yes, 0 to 1 (empty when not shown, or "
               "nobody answered)."),
    ), checkout_data.checkout_rows),
    Table("stories", "Stories told in a session that their tellers let out of the room. A story "
          "kept in the room is never exported, nor what listeners heard of it.", (
        Column("id", "The story's number."),
        Column("session_id", "The session (see sessions.id)."),
        Column("title", "The story's title, as given (may be empty)."),
        Column("prompt", "The question or prompt the teller answered (may be empty)."),
        Column("shared", "anonymous or named: how the teller let it out."),
        Column("teller", "The teller's name, only for a story shared with their name by someone "
               "who agreed to their name being printed; otherwise empty."),
        Column("heard", "What listeners heard, exactly as written: a list in JSON, one per line "
               "in CSV."),
    ), table_rows.stories),
    Table("speaking_balance", "Open discussion in each session, by group (never by person): "
          "each group's share of the people in the room and of the talk time recorded. A group "
          "of fewer than 3 people in the room is not shown on its own: such groups are counted "
          "together as 'smaller_groups' (left out if even together they are fewer than 3).", (
        Column("session_id", "The session (see sessions.id)."),
        Column("group", "parent_carer, young_person, staff, voluntary, other or "
               "smaller_groups."),
        Column("people", "How many of that group came to the session."),
        Column("people_share", "Their share of the people in the room, 0 to 1."),
        Column("talk_minutes", "Minutes of open discussion the group's members had the floor."),
        Column("talk_share", "Their share of the talk time recorded, 0 to 1."),
    ), table_rows.speaking),
    Table("actions", "What people agreed to do, who does it and by when. The words of the note "
          "or story an action came from are not exported.", (
        Column("id", "The action's number."),
        Column("what", "What needs doing, as written."),
        Column("who", "A person as in people.name (named only if they agreed), or an "
               "organisation as typed; empty if nobody yet."),
        Column("who_kind", "person, organisation, or empty."),
        Column("due", "By when, YYYY-MM-DD (empty if no date)."),
        Column("status", "open, done or dropped."),
        Column("source", "manual, note or story: where the action came from."),
        Column("raised_session_id", "The session it was agreed at (see sessions.id)."),
        Column("closed_session_id", "The session that marked it done or dropped."),
        Column("closed_at", "When it was marked done or dropped, ISO 8601 in UTC."),
    ), table_rows.actions),
    Table("rapid_tests", "Ideas tried for real in small steps (plan, do, study, act).", (
        Column("id", "The test's number."),
        Column("title", "Its name."),
        Column("stage", "plan, do, study or act."),
        Column("what", "What we will try."),
        Column("who", "Who will do it, as typed."),
        Column("where", "Where."),
        Column("when", "When."),
        Column("measure", "How we will know it made a difference."),
        Column("happened", "What happened."),
        Column("learned", "What we learned."),
        Column("decision", "adopt, adapt or abandon (empty until decided)."),
        Column("decision_reason", "Why."),
        Column("cycle", "1 for the first try, 2 after it was reopened, and so on."),
        Column("adapts_test_id", "The test this one adapts (see rapid_tests.id)."),
        Column("planned_session_id", "The session it was planned at (see sessions.id)."),
    ), table_rows.rapid_tests),
]

# Spreadsheets run a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return _csv_cell("\n".join(str(v) for v in value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return str(value)


def _redacted(row: Row) -> Row:
    """Names of people who asked not to be named, taken out of every text (see redact.py)."""
    def clean(value: Any) -> Any:
        if isinstance(value, str):
            return redact(value)
        if isinstance(value, list):
            return [clean(v) for v in value]
        return value

    return {key: clean(value) for key, value in row.items()}


def to_csv(table: Table, rows: list[Row]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.name for c in table.columns])
    for row in rows:
        writer.writerow([_csv_cell(row[c.name]) for c in table.columns])
    return out.getvalue().encode("utf-8-sig")  # the mark tells Excel it is UTF-8


def to_json(table: Table, rows: list[Row]) -> bytes:
    ordered = [{c.name: row[c.name] for c in table.columns} for row in rows]
    return (json.dumps(ordered, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_tables(reader: Reader, folder: Path, fmt: str,
                  progress: Progress | None = None) -> list[Path]:
    """Write one file per table into `folder` (made if missing); all of them or none."""
    if fmt not in FORMATS:
        raise ValueError(f"Unknown format {fmt!r}")
    encode = to_csv if fmt == "csv" else to_json
    reader = Reader(QueryCache(reader.db))  # each table read once for all the files
    made: dict[str, bytes] = {}
    with redacting(reader):
        for index, table in enumerate(TABLES):
            if progress:
                progress(index / len(TABLES), f"Writing {table.name}")
            made[f"{table.name}.{fmt}"] = encode(table, [_redacted(r) for r in table.rows(reader)])
    written = write_folder(folder, made)
    if progress:
        progress(1.0, "Done")
    return written


def columns_doc() -> str:
    """docs/export-columns.md, from the descriptions above."""
    lines = [
        "# CSV and JSON exports: tables and columns",
        "",
        "`coprod export FILE --csv DIR` or `--json DIR` writes one file per table. CSV files are "
        "UTF-8 with a byte-order mark (so Excel reads accents and other scripts correctly), "
        "comma-separated, with a header row; true/false are written yes/no, and a text cell that "
        "starts with `=`, `+`, `-` or `@` gets a leading `'` so a spreadsheet shows it rather than "
        "running it as a formula. JSON files hold a list of objects with exactly the text typed.",
        "",
        "Consent is applied exactly as in the PDFs: a person's name appears only if they agreed to "
        "it being printed, and where someone typed the full name of a person who did not (in a "
        "note, an action, a test plan...) it is replaced by their stand-in, 'Person 14 (parent "
        "or carer)'; contact details and access needs are never exported; stories kept in the "
        "room are never exported, nor what listeners heard of them.",
        "",
    ]
    for table in TABLES:
        lines += [f"## {table.name}", "", table.about, "", "| column | meaning |", "| --- | --- |"]
        lines += [f"| `{c.name}` | {c.about} |" for c in table.columns]
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(columns_doc(), end="")
