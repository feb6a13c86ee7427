"""Rows of the levelling tables to records and back. The only place that knows their columns."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from coprod_desktop.clock import iso, parse_iso
from coprod_desktop.domain.levelling import (
    Hand,
    Round,
    RoundOrder,
    RoundStatus,
    Segment,
    Story,
    StoryStatus,
    Turn,
    TurnStatus,
)
from coprod_desktop.domain.records import WordsUse

Row = dict[str, Any]


def _when(text: str | None) -> datetime | None:
    return parse_iso(text) if text else None


def _text(dt: datetime | None) -> str | None:
    return iso(dt) if dt is not None else None


def round_record(row: Row) -> Round:
    return Round(id=row["id"], session_id=row["session_id"], title=row["title"],
                 order=RoundOrder(row["order_kind"]), turn_s=row["turn_s"],
                 status=RoundStatus(row["status"]), created_at=parse_iso(row["created_at"]),
                 started_at=_when(row["started_at"]), ended_at=_when(row["ended_at"]))


def round_row(rnd: Round) -> Row:
    return {"session_id": rnd.session_id, "title": rnd.title, "order_kind": rnd.order.value,
            "turn_s": rnd.turn_s, "status": rnd.status.value, "created_at": iso(rnd.created_at),
            "started_at": _text(rnd.started_at), "ended_at": _text(rnd.ended_at)}


def turn_record(row: Row) -> Turn:
    return Turn(id=row["id"], round_id=row["round_id"], session_id=row["session_id"],
                attendee_id=row["attendee_id"], position=row["position"],
                status=TurnStatus(row["status"]), limit_s=row["limit_s"],
                started_at=_when(row["started_at"]), paused_at=_when(row["paused_at"]),
                paused_s=float(row["paused_s"] or 0.0), ended_at=_when(row["ended_at"]),
                duration_s=row["duration_s"], late=bool(row["late"]), skips=row["skips"] or 0,
                note=row["note"] or "")


def turn_row(turn: Turn) -> Row:
    return {"round_id": turn.round_id, "session_id": turn.session_id,
            "attendee_id": turn.attendee_id, "position": turn.position,
            "status": turn.status.value, "limit_s": turn.limit_s,
            "started_at": _text(turn.started_at), "paused_at": _text(turn.paused_at),
            "paused_s": turn.paused_s, "ended_at": _text(turn.ended_at),
            "duration_s": turn.duration_s, "late": int(turn.late), "skips": turn.skips,
            "note": turn.note}


def segment_record(row: Row) -> Segment:
    return Segment(id=row["id"], session_id=row["session_id"], attendee_id=row["attendee_id"],
                   started_at=parse_iso(row["started_at"]), ended_at=_when(row["ended_at"]),
                   note=row["note"] or "")


def segment_row(segment: Segment) -> Row:
    return {"session_id": segment.session_id, "attendee_id": segment.attendee_id,
            "started_at": iso(segment.started_at), "ended_at": _text(segment.ended_at),
            "note": segment.note}


def hand_record(row: Row) -> Hand:
    return Hand(id=row["id"], session_id=row["session_id"], attendee_id=row["attendee_id"],
                raised_at=parse_iso(row["raised_at"]), lowered_at=_when(row["lowered_at"]),
                outcome=row["outcome"] or "")


def story_record(row: Row) -> Story:
    return Story(id=row["id"], session_id=row["session_id"], teller_id=row["teller_id"],
                 title=row["title"] or "", prompt=row["prompt"] or "",
                 consent=WordsUse(row["consent"]), position=row["position"],
                 limit_s=row["limit_s"], status=StoryStatus(row["status"]),
                 created_at=parse_iso(row["created_at"]), started_at=_when(row["started_at"]),
                 paused_at=_when(row["paused_at"]), paused_s=float(row["paused_s"] or 0.0),
                 ended_at=_when(row["ended_at"]), duration_s=row["duration_s"],
                 added_via=row["added_via"] or "console", note=row["note"] or "")


def story_row(story: Story) -> Row:
    return {"session_id": story.session_id, "teller_id": story.teller_id, "title": story.title,
            "prompt": story.prompt, "consent": story.consent.value, "position": story.position,
            "limit_s": story.limit_s, "status": story.status.value,
            "created_at": iso(story.created_at), "started_at": _text(story.started_at),
            "paused_at": _text(story.paused_at), "paused_s": story.paused_s,
            "ended_at": _text(story.ended_at), "duration_s": story.duration_s,
            "added_via": story.added_via, "note": story.note}
