"""Turn table rows into domain records (and back). The only place that knows column names."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from coprod_desktop.clock import parse_iso
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.phases import Phase
from coprod_desktop.domain.records import (
    Activity,
    Attendance,
    Attendee,
    Consent,
    Note,
    Programme,
    Session,
    WordsUse,
)

Row = dict[str, Any]


def programme(row: Row) -> Programme:
    start = row.get("start_date")
    return Programme(
        id=row["id"], title=row["title"], organisation=row["organisation"] or "",
        area=row["area"] or "", start_date=date.fromisoformat(start) if start else None,
        length_days=row["length_days"] or 100, focus=row["focus"] or "",
        created_at=parse_iso(row["created_at"]),
    )


def session(row: Row) -> Session:
    return Session(
        id=row["id"], title=row["title"], kind=row["kind"], date=date.fromisoformat(row["date"]),
        venue=row["venue"] or "", starts_at=time.fromisoformat(row["starts_at"]),
        ends_at=time.fromisoformat(row["ends_at"]), created_at=parse_iso(row["created_at"]),
    )


def attendee(row: Row) -> Attendee:
    consent = Consent(
        name_in_handouts=bool(row.get("name_in_handouts")), photos=bool(row.get("photos")),
        contact=bool(row.get("contact")), words=WordsUse(row.get("words") or "anonymous"),
        paid=bool(row.get("paid")),
    )
    erased = row.get("erased_at")
    return Attendee(id=row["id"], name=row["name"], group=Group(row["group_name"]),
                    created_at=parse_iso(row["created_at"]), consent=consent,
                    contact_details=row.get("contact_details") or "",
                    access_needs=row.get("access_needs") or "",
                    erased_at=parse_iso(erased) if erased else None)


def attendance(row: Row) -> Attendance:
    out = row.get("signed_out_at")
    return Attendance(
        id=row["id"], session_id=row["session_id"], attendee_id=row["attendee_id"],
        signed_in_at=parse_iso(row["signed_in_at"]),
        signed_out_at=parse_iso(out) if out else None, via=row["via"] or "console",
        minutes=row.get("minutes"),
        payment=None if row.get("payment") is None else bool(row.get("payment")),
    )


def activity(row: Row) -> Activity:
    return Activity(
        id=row["id"], session_id=row["session_id"], position=row["position"],
        title=row["title"], phase=Phase(row["phase"]), method=row["method"] or "",
        duration_s=row["duration_s"], instructions=row["instructions"] or "",
    )


def note(row: Row) -> Note:
    return Note(
        id=row["id"], session_id=row["session_id"], activity_id=row["activity_id"],
        text=row["text"], colour=row["colour"], x=row["x"], y=row["y"], hidden=bool(row["hidden"]),
        author_id=row["author_id"], on_behalf=bool(row["on_behalf"]),
        created_at=parse_iso(row["created_at"]), updated_at=parse_iso(row["updated_at"]),
        cluster_id=row.get("cluster_id"), held_back=bool(row.get("held_back")),
        story_id=row.get("story_id"),
    )
