"""The polls a session revealed to the room, with their results, for the handout and exports.

Only revealed polls leave the console: a poll whose results the facilitator kept hidden stays
hidden. A cloud from the board drops the stop-words of `language` (the programme's language unless told).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from coprod_desktop.domain.poll_results import PollResults, board_results, results
from coprod_desktop.domain.polls import PollKind
from coprod_desktop.domain.settings import HANDOUT_LANGUAGE
from coprod_desktop.export.redact import redact
from coprod_desktop.library.stop_words import stop_words
from coprod_desktop.store.database import Queries
from coprod_desktop.store.levelling_reader import LevellingReader
from coprod_desktop.store.poll_reader import PollReader
from coprod_desktop.store.reader import Reader


def revealed_results(db: Queries, session_id: int, language: str | None = None
                     ) -> list[PollResults]:
    """Revealed polls of a session, in the order they were made. A cloud from the board drops
    the stop-words of the programme's language (as on the screen), unless told another."""
    if "poll" not in db.table_names():
        return []
    language = language or Reader(db).setting(HANDOUT_LANGUAGE, "en")
    reader = PollReader(db)
    found: list[PollResults] = []
    for poll in reversed(reader.polls(session_id)):
        if not poll.revealed:
            continue
        if poll.source == "board":
            row = reader.row(poll.id) or {}
            # Whole notes through the redactor first: split into words, a full name of someone
            # who asked not to be named would no longer be recognised.
            # Notes about a story kept in the room never leave it (as for the board's notes).
            withheld = LevellingReader(db).withheld_note_ids(session_id)
            notes = [redact(text) for note_id, text in reader.board_notes(
                session_id, row.get("cluster_id")) if note_id not in withheld]
            found.append(board_results(poll, notes, stop_words(language)))
        else:
            found.append(results(poll, reader.answers(poll.id)))
    return found


def poll_rows(reader: Reader) -> Iterable[dict[str, Any]]:
    """The exports' poll_results table: one row per bar or word of each revealed poll."""
    for session in reader.sessions():
        for found in revealed_results(reader.db, session.id):
            poll = found.poll
            common = {"poll_id": poll.id, "session_id": session.id, "question": poll.question,
                      "kind": poll.kind.value, "source": poll.source,
                      "scale_low": poll.low if poll.kind is PollKind.SCALE else None,
                      "scale_high": poll.high if poll.kind is PollKind.SCALE else None,
                      "answers": found.answers}
            if found.kind is PollKind.WORDS:
                for n, word in enumerate(found.words, start=1):
                    yield {**common, "answer": word.text, "count": word.count, "rank": n}
                continue
            ends = {poll.low: poll.low_label, poll.high: poll.high_label}
            for n, bar in enumerate(found.bars, start=1):
                label = bar.label
                if found.kind is PollKind.SCALE and ends.get(int(label)):
                    label = f"{label} ({ends[int(label)]})"
                yield {**common, "answer": label, "count": bar.count, "rank": n}
