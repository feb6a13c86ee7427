"""Read-only queries over rounds, the speaking record, hands and stories.

Works on the writer's connection or a read-only one (the phone server, an export thread).
`stories_for_export` is the only way stories leave the room: it never returns a story kept in the
room, and gives a name only for a story the teller chose to share with their name.
"""

from __future__ import annotations

from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.domain.levelling import (
    ExportStory,
    Hand,
    Round,
    Segment,
    Story,
    Turn,
    most_private,
)
from coprod_desktop.domain.records import Attendee, Note, WordsUse
from coprod_desktop.store import rows
from coprod_desktop.store.database import Queries
from coprod_desktop.store.levelling_rows import (
    hand_record,
    round_record,
    segment_record,
    story_record,
    turn_record,
)


class LevellingReader:
    def __init__(self, db: Queries) -> None:
        self.db = db

    # Rounds
    def rounds(self, session_id: int) -> list[Round]:
        return [round_record(r) for r in self.db.query(
            "SELECT * FROM talk_round WHERE session_id = ? ORDER BY id", [session_id])]

    def round(self, round_id: int) -> Round:
        found = list(self.db.query("SELECT * FROM talk_round WHERE id = ?", [round_id]))
        if not found:
            raise NotFoundError("That round is no longer in this programme.")
        return round_record(found[0])

    def turns(self, round_id: int) -> list[Turn]:
        return [turn_record(r) for r in self.db.query(
            "SELECT * FROM round_turn WHERE round_id = ? ORDER BY position, id", [round_id])]

    # The speaking record
    def segments(self, session_id: int) -> list[Segment]:
        return [segment_record(r) for r in self.db.query(
            "SELECT * FROM speaking_segment WHERE session_id = ? ORDER BY started_at, id",
            [session_id])]

    def open_segment(self, session_id: int) -> Segment | None:
        found = list(self.db.query(
            "SELECT * FROM speaking_segment WHERE session_id = ? AND ended_at IS NULL",
            [session_id]))
        return segment_record(found[0]) if found else None

    def hands(self, session_id: int, *, raised_only: bool = True) -> list[Hand]:
        where = " AND lowered_at IS NULL" if raised_only else ""
        return [hand_record(r) for r in self.db.query(
            f"SELECT * FROM hand WHERE session_id = ?{where} ORDER BY raised_at, id",
            [session_id])]

    def attended(self, session_id: int) -> list[Attendee]:
        """Everyone who signed in to the session, even if they have left: the room for shares."""
        return [rows.attendee(r) for r in self.db.query(
            "SELECT attendee.* FROM attendance JOIN attendee ON attendee.id = attendee_id "
            "WHERE session_id = ? ORDER BY signed_in_at, attendance.id", [session_id])]

    # Stories
    def stories(self, session_id: int) -> list[Story]:
        return [story_record(r) for r in self.db.query(
            "SELECT * FROM story WHERE session_id = ? ORDER BY position, id", [session_id])]

    def story(self, story_id: int) -> Story:
        found = list(self.db.query("SELECT * FROM story WHERE id = ?", [story_id]))
        if not found:
            raise NotFoundError("That story is no longer in this programme.")
        return story_record(found[0])

    def heard_notes(self, story_id: int) -> list[Note]:
        return [rows.note(r) for r in self.db.query(
            "SELECT * FROM note WHERE story_id = ? ORDER BY id", [story_id])]

    def stories_for_export(self, session_id: int | None = None) -> list[ExportStory]:
        """Stories that may appear in a handout or export, oldest session first.

        Never a story kept in the room (by the story's choice or the teller's later choice), never
        its "what I heard" notes, and the teller's name only for a story shared with their name
        by someone who also agreed to their name being printed (else it goes out without a name).
        Stories not yet told are left out.
        """
        where, args = ("AND story.session_id = ?", [session_id]) if session_id else ("", [])
        found = self.db.query(
            "SELECT story.*, attendee.name AS teller_name, attendee.words AS teller_words, "
            "attendee.name_in_handouts AS teller_may_be_named "
            "FROM story JOIN attendee ON attendee.id = story.teller_id "
            "JOIN session ON session.id = story.session_id "
            f"WHERE story.status = 'told' AND story.consent != 'room' {where} "
            "ORDER BY session.date, session.starts_at, story.position, story.id", args)
        out: list[ExportStory] = []
        for row in found:
            story = story_record(row)
            consent = most_private(story.consent, WordsUse(row["teller_words"] or "anonymous"))
            if consent is WordsUse.ROOM_ONLY:
                continue
            if consent is WordsUse.NAMED and not row["teller_may_be_named"]:
                consent = WordsUse.ANONYMOUS
            heard = tuple(n.text for n in self.heard_notes(int(row["id"])) if not n.hidden)
            out.append(ExportStory(
                story_id=row["id"], session_id=row["session_id"], teller_id=row["teller_id"],
                title=story.title, prompt=story.prompt, consent=consent,
                teller_name=row["teller_name"] if consent is WordsUse.NAMED else None,
                heard=heard))
        return out

    def withheld_note_ids(self, session_id: int | None = None) -> set[int]:
        """Notes about a story kept in the room: an export of notes must leave these out."""
        where, args = ("AND story.session_id = ?", [session_id]) if session_id else ("", [])
        return {int(r["id"]) for r in self.db.query(
            "SELECT note.id FROM note JOIN story ON story.id = note.story_id "
            "JOIN attendee ON attendee.id = story.teller_id "
            f"WHERE (story.consent = 'room' OR attendee.words = 'room') {where}", args)}
