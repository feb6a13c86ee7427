"""The rows of each CSV/JSON table (export/tables.py names and describes the columns): read
through the export's snapshot, with consent and the small-number rules as in the PDFs."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from coprod_desktop.clock import iso
from coprod_desktop.domain.polls import Poll, PollKind
from coprod_desktop.domain.records import Note, WordsUse
from coprod_desktop.export import (
    board_data,
    consent,
    gather,
    levelling_data,
    plan_data,
)
from coprod_desktop.export.small_counts import shares_to_print
from coprod_desktop.store.board_reader import BoardReader
from coprod_desktop.store.levelling_reader import LevellingReader
from coprod_desktop.store.programme_reader import ProgrammeReader
from coprod_desktop.store.reader import Reader

Row = dict[str, Any]
POOLED_KEY = "smaller_groups"


def programme(reader: Reader) -> Iterable[Row]:
    p = reader.programme()
    yield {"title": p.title, "organisation": p.organisation, "area": p.area,
           "start_date": p.start_date.isoformat() if p.start_date else None,
           "length_days": p.length_days, "focus": p.focus}


def sessions(reader: Reader) -> Iterable[Row]:
    board = BoardReader(reader.db)
    for s in reader.sessions():
        yield {"id": s.id, "title": s.title, "kind": s.kind, "date": s.date.isoformat(),
               "venue": s.venue, "starts_at": s.starts_at.strftime("%H:%M"),
               "ends_at": s.ends_at.strftime("%H:%M"), "focus": board.settings(s.id).focus}


def people(reader: Reader) -> Iterable[Row]:
    for p in sorted(reader.attendees(), key=lambda a: a.id):
        yield {"id": p.id, "name": consent.display_name(p), "name_printed": consent.may_name(p),
               "group": p.group.value, "group_label": p.group.label, "words": p.consent.words.value,
               "photos": p.consent.photos, "contact": p.consent.contact}


def attendance(reader: Reader) -> Iterable[Row]:
    for v in gather.visits(reader):
        a = v.attendance
        yield {"session_id": v.session.id, "session_date": v.session.date.isoformat(),
               "person_id": v.person.id, "name": v.name, "group": v.person.group.value,
               "signed_in_at": iso(a.signed_in_at),
               "signed_out_at": iso(a.signed_out_at) if a.signed_out_at else None,
               "hours": v.hours, "via": a.via}


def activities(reader: Reader) -> Iterable[Row]:
    for s in reader.sessions():
        for step in board_data.run(reader, s.id).steps:
            a, item = step.item.activity, step.item
            yield {"id": a.id, "session_id": a.session_id, "position": a.position,
                   "title": a.title, "phase": a.phase.value, "phase_label": a.phase.label,
                   "method": a.method, "minutes": round(a.duration_s / 60, 2),
                   "instructions": a.instructions,
                   "started_at": iso(item.started_at) if item.started_at else None,
                   "ended_at": iso(item.ended_at) if item.ended_at else None,
                   "ran_minutes": step.ran_minutes, **_planned_poll(step.poll)}


def _planned_poll(poll: Poll | None) -> Row:
    """The poll a poll activity carries, as the handout prints it (board_data keeps out one that
    ran and was never shown to the room)."""
    scale = poll is not None and poll.kind is PollKind.SCALE
    choices = poll is not None and poll.kind in (PollKind.SINGLE, PollKind.MULTIPLE)
    return {"poll_kind": poll.kind.value if poll else None,
            "poll_question": poll.question if poll else None,
            "poll_options": list(poll.options) if poll and choices else None,
            "poll_scale_low": poll.low if poll and scale else None,
            "poll_scale_high": poll.high if poll and scale else None,
            "poll_low_words": poll.low_label if poll and scale else None,
            "poll_high_words": poll.high_label if poll and scale else None}


def _exportable_notes(reader: Reader, session_id: int) -> list[Note]:
    """Shown notes, less those held back and those about a story kept in the room."""
    withheld = LevellingReader(reader.db).withheld_note_ids(session_id)
    return [n for n in reader.notes(session_id)
            if not n.hidden and not n.held_back and n.id not in withheld]


def notes(reader: Reader) -> Iterable[Row]:
    for s in reader.sessions():
        for n in _exportable_notes(reader, s.id):
            yield {"id": n.id, "session_id": n.session_id, "activity_id": n.activity_id,
                   "cluster_id": n.cluster_id, "story_id": n.story_id, "text": n.text,
                   "colour": n.colour, "on_behalf": n.on_behalf,
                   "created_at": iso(n.created_at), "updated_at": iso(n.updated_at)}


def clusters(reader: Reader) -> Iterable[Row]:
    board = BoardReader(reader.db)
    for s in reader.sessions():
        every = {n.id: n.cluster_id for n in reader.notes(s.id)}
        kept = {n.cluster_id for n in _exportable_notes(reader, s.id)}
        for c in board.clusters(s.id):
            if c.id not in kept and c.id in every.values():
                continue  # all its notes are held back or kept in the room
            yield {"id": c.id, "session_id": c.session_id, "activity_id": c.activity_id,
                   "title": c.title, "colour": c.colour}


def stories(reader: Reader) -> Iterable[Row]:
    for story in LevellingReader(reader.db).stories_for_export():
        yield {"id": story.story_id, "session_id": story.session_id, "title": story.title,
               "prompt": story.prompt, "shared": story.consent.value,
               "teller": story.teller_name if story.consent is WordsUse.NAMED else None,
               "heard": list(story.heard)}


def speaking(reader: Reader) -> Iterable[Row]:
    for s in reader.sessions():
        shares, pooled, _held = shares_to_print(levelling_data.levelling(reader, s.id).shares)
        rows: list[tuple[str, int, float, float, float]] = [
            (x.group.value, x.people, x.room_share, x.talk_s, x.talk_share) for x in shares]
        if pooled is not None:
            rows.append((POOLED_KEY, pooled.people, pooled.room_share, pooled.talk_s,
                         pooled.talk_share))
        for group, people, room, talk_s, talk in rows:
            yield {"session_id": s.id, "group": group, "people": people,
                   "people_share": round(room, 4), "talk_minutes": round(talk_s / 60, 2),
                   "talk_share": round(talk, 4)}


def vote_results(reader: Reader) -> Iterable[Row]:
    for s in reader.sessions():
        for vote in board_data.board(reader, s.id).votes:
            r = vote.round
            for item in vote.results:
                yield {"round_id": r.id, "session_id": r.session_id, "vote": vote.title,
                       "closed_at": iso(r.closed_at) if r.closed_at else None,
                       "target_kind": r.target_kind.value, "target_id": item.target_id,
                       "label": item.label, "dots": item.dots, "place": item.place,
                       "tied": item.tied}


def actions(reader: Reader) -> Iterable[Row]:
    for line in plan_data.actions(reader):
        a = line.action
        yield {"id": a.id, "what": a.what, "who": line.who, "who_kind": line.owner_kind,
               "due": a.due.isoformat() if a.due else None, "status": a.status.value,
               "source": a.source.value, "raised_session_id": a.raised_session_id,
               "closed_session_id": a.closed_meeting_id,
               "closed_at": iso(a.closed_at) if a.closed_at else None}


def rapid_tests(reader: Reader) -> Iterable[Row]:
    for t in ProgrammeReader(reader.db).rapid_tests():
        yield {"id": t.id, "title": t.title, "stage": t.stage.value, "what": t.plan.what,
               "who": t.plan.who, "where": t.plan.where, "when": t.plan.when,
               "measure": t.plan.measure, "happened": t.happened, "learned": t.learned,
               "decision": t.decision.value if t.decision else None,
               "decision_reason": t.decision_reason, "cycle": t.cycle,
               "adapts_test_id": t.parent_id, "planned_session_id": t.created_session_id}
