"""Read the programme's glossary and the texts of a session that terms are spotted in.

`terms_for_session(reader, session_id)` is what the handout calls: the terms that came up in a
session, each with its plain explanation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from coprod_desktop.domain.glossary import Glossary, GlossaryEntry
from coprod_desktop.domain.jargon import JargonMatcher
from coprod_desktop.domain.jargon_uses import TermUse, TextSource, uses_in
from coprod_desktop.store.database import Queries
from coprod_desktop.store.glossary_file import builtin_entries
from coprod_desktop.store.reader import Reader


@dataclass(frozen=True)
class _Texts:
    """Where text lives in a session: a table, how to name one row, which columns to read.

    Tables from other features (stories, actions) are read when the file has them; columns a
    table lacks are skipped, so this keeps working as features add or rename fields.
    """

    table: str
    kind: str
    label: str  # with {id} and {title}
    columns: tuple[str, ...]
    where: str = ""
    session_columns: tuple[str, ...] = ("session_id",)


SOURCES = (
    _Texts("activity", "activity", "Agenda: {title}", ("title", "instructions")),
    _Texts("story", "story", "Story {id}: {title}", ("title", "prompt", "note")),
    _Texts("action", "action", "Action {id}: {title}", ("what", "title"),
           session_columns=("session_id", "raised_session_id")),
    _Texts("note", "note", "Note {id}", ("text",), "hidden = 0"),
)


def _tables(db: Queries) -> dict[str, set[str]]:
    """The columns of the tables texts are read from (those this file has)."""
    wanted = {spec.table for spec in SOURCES}
    return {name: set(db.columns(name)) for name in db.table_names() if name in wanted}


def _may_leave_the_room(db: Queries, session_id: int) -> dict[str, set[int]]:
    """Which stories and notes of a session a handout may draw on, by the levelling reader's and
    the board's own rules: stories told and not kept in the room; notes revealed, not held back,
    and not about a story kept in the room."""
    from coprod_desktop.store.board_reader import BoardReader  # for handouts only
    from coprod_desktop.store.levelling_reader import LevellingReader

    levelling = LevellingReader(db)
    withheld = levelling.withheld_note_ids(session_id)
    return {
        "story": {s.story_id for s in levelling.stories_for_export(session_id)},
        "note": {n.id for n in BoardReader(db).notes(session_id)
                 if not n.hidden and not n.held_back and n.id not in withheld},
    }


def session_texts(db: Queries, session_id: int, *, shared: bool = False) -> list[TextSource]:
    """The texts of one session that people see: agenda, stories, actions, revealed notes.

    `shared`: only what may leave the room (for a handout): no held-back notes, nothing kept in
    the room, no story not yet told.
    """
    tables = _tables(db)
    allowed = _may_leave_the_room(db, session_id) if shared else {}
    out: list[TextSource] = []
    for spec in SOURCES:
        columns = tables.get(spec.table)
        session_column = next((c for c in spec.session_columns if c in (columns or ())), None)
        if not columns or session_column is None:
            continue
        wanted = [c for c in spec.columns if c in columns]
        if not wanted:
            continue
        title_col = "title" if "title" in columns else wanted[0]
        where = f"[{session_column}] = ?" + (f" AND {spec.where}" if spec.where and
                                    spec.where.split()[0] in columns else "")
        selected = ", ".join(f"[{c}]" for c in dict.fromkeys([title_col, *wanted]))
        for row in db.query(f"SELECT id, {selected} FROM [{spec.table}] WHERE {where} ORDER BY id",
                            [session_id]):
            if spec.table in allowed and int(row["id"]) not in allowed[spec.table]:
                continue
            text = "\n".join(str(row[c]) for c in wanted if row[c])
            if text.strip():
                title = str(row[title_col] or "").splitlines()[0][:60] if row[title_col] else ""
                out.append(TextSource(spec.kind, int(row["id"]), spec.label.format(
                    id=row["id"], title=title).rstrip(": "), text, title))
    return out


def programme_entries(db: Queries) -> tuple[GlossaryEntry, ...]:
    if "glossary_term" not in db.table_names():
        return ()
    return tuple(
        GlossaryEntry(term=row["term"], explanation=row["explanation"],
                      aliases=tuple(json.loads(row["aliases"] or "[]")), area="programme",
                      programme_term_id=row["id"])
        for row in db.query("SELECT * FROM glossary_term ORDER BY id"))


@lru_cache(maxsize=8)
def _built(own: tuple[GlossaryEntry, ...]) -> tuple[Glossary, JargonMatcher]:
    glossary = Glossary(builtin_entries(), own)
    return glossary, JargonMatcher(glossary.entries)


def programme_glossary(db: Queries) -> tuple[Glossary, JargonMatcher]:
    """The glossary with this programme's own terms, and a matcher for it (cached)."""
    return _built(programme_entries(db))


def session_term_uses(db: Queries, session_id: int, *, shared: bool = False) -> list[TermUse]:
    glossary, matcher = programme_glossary(db)
    return uses_in(glossary, matcher, session_texts(db, session_id, shared=shared))


def terms_for_session(reader: Reader, session_id: int) -> list[GlossaryEntry]:
    """The glossary entries for terms that came up in a session, A to Z, for the handout.

    Looks at the agenda (titles and instructions), actions, the stories that may leave the room
    and the notes the room has seen: never a held-back or not-yet-revealed note, a story kept in
    the room, or a note about one. Each entry has `.term`, `.explanation` and `.aliases`.
    """
    reader.session(session_id)
    return [use.entry for use in session_term_uses(reader.db, session_id, shared=True)]
