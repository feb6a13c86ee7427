"""A subject access request: everything the programme file holds about one person, as JSON.

The same `PersonFile` feeds the console's Person view and the PDF, so all three agree. Text is
exactly as stored; times are ISO 8601 in UTC; money is whole pence with pounds beside it.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from coprod_desktop.clock import iso
from coprod_desktop.domain.consent_history import CHOICES, value_label, values_of
from coprod_desktop.domain.money import pounds
from coprod_desktop.domain.person_file import EQUALITIES_NOTE, PersonFile
from coprod_desktop.domain.records import Programme
from coprod_desktop.i18n import N_

ABOUT = N_("Everything this programme's file holds about one person, made for a subject access "
         "request. Notes and votes are never shown to others with a name. Phones are known by a "
         "scrambled copy of a random code kept by the phone's browser.")


def _t(moment: datetime | None) -> str | None:
    return iso(moment) if moment is not None else None


def _d(on: date | None) -> str | None:
    return on.isoformat() if on is not None else None


def person_record(pf: PersonFile, programme: Programme, made_at: datetime) -> dict[str, Any]:
    p = pf.person
    values = {**values_of(p.consent), **pf.more_choices}
    return {
        "about": ABOUT,
        "made_at": iso(made_at),
        "programme": {"title": programme.title, "organisation": programme.organisation},
        "person": {"number": p.id, "name": p.name, "group": p.group.label,
                   "first_recorded": _t(p.created_at), "contact_details": p.contact_details,
                   "access_needs": p.access_needs, "erased_at": _t(p.erased_at)},
        "choices": [{"choice": c.question, "answer": value_label(c.key, values[c.key])}
                    for c in CHOICES if c.key in values],
        "choice_history": [{"at": _t(e.at), "choice": e.choice_label,
                            "from": value_label(e.choice, e.previous),
                            "to": value_label(e.choice, e.value), "kind": e.kind.label,
                            "how": e.via.label, "note": e.note} for e in pf.history],
        "sessions": [{"date": _d(v.session.date), "title": v.session.title,
                      "signed_in_at": _t(v.attendance.signed_in_at),
                      "signed_out_at": _t(v.attendance.signed_out_at),
                      "how": v.attendance.via} for v in pf.visits],
        "claims": [{"claimed_on": _d(c.claimed_on), "for": c.kind.label,
                    "session": pf.session_titles.get(c.session_id or 0, ""),
                    "hours": None if c.minutes is None else c.minutes / 60,
                    "amount_pence": c.amount_pence, "amount": pounds(c.amount_pence),
                    "status": c.status.label, "approved_on": _d(c.approved_on),
                    "paid_on": _d(c.paid_on), "note": c.note} for c in pf.claims],
        "notes": [{"written_at": _t(n.created_at), "text": n.text,
                   "written_for_them": n.on_behalf} for n in pf.notes],
        "votes": [{"cast_at": _t(v.cast_at), "vote": v.round_title, "on": v.target}
                  for v in pf.votes],
        "stories": [{"told_at": _t(st.told_at), "session": st.session, "title": st.title,
                     "their_words": st.words, "where_it_is": st.status} for st in pf.stories],
        "talk": [{"session": t.session, "turns_in_rounds": t.turns,
                  "seconds_in_turns": round(t.turn_seconds, 1),
                  "seconds_on_the_floor": round(t.floor_seconds, 1)} for t in pf.talk],
        "phones": [{"first_used": _t(ph.first_seen), "last_used": _t(ph.last_seen)}
                   for ph in pf.phones],
        "other_records": {o.table: o.rows for o in pf.other if o.rows},
        "answers_about_themselves": EQUALITIES_NOTE,
    }


def to_json(pf: PersonFile, programme: Programme, made_at: datetime) -> bytes:
    text = json.dumps(person_record(pf, programme, made_at), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def file_stem(pf: PersonFile) -> str:
    """'Person 14, everything held': a number, not a name, so the record of exports never holds
    the name (which an erase would otherwise have to find there)."""
    return f"Person {pf.person.id}, everything held"
