"""Whether an export may print someone's name, for the record of exports.

A name is printed only for someone who agreed (export.consent), so an export "holds names" when
anyone it covers agreed: the session's people for a handout or a session's register, everyone for
the rest. A sign-in poster holds none.
"""

from __future__ import annotations

from coprod_desktop.export import consent, gather
from coprod_desktop.export.documents import Kind
from coprod_desktop.i18n import _
from coprod_desktop.store.reader import Reader


def names_held(reader: Reader, kind: Kind | str, session_id: int | None = None) -> bool:
    if kind is Kind.POSTER:
        return False
    people = {p.id: p for p in reader.attendees()}
    if isinstance(kind, Kind) and (kind.per_session or (kind is Kind.REGISTER and session_id)):
        sid = session_id or gather.latest_session_id(reader)
        covered = [people[a.attendee_id] for a in reader.attendance(sid)
                   if a.attendee_id in people]
    else:
        covered = list(people.values())
    return any(consent.may_name(p) and not p.erased for p in covered)


def what_exported(reader: Reader, kind: Kind | str, session_id: int | None = None) -> str:
    """'Session handout: Team meeting 3', 'Every table as CSV', in the language being spoken
    (the interface's, for the record the facilitator reads on the Privacy panel)."""
    if not isinstance(kind, Kind):
        return _("Every table as {format}").format(format=kind.upper())
    label = _(kind.label)
    if kind.per_session or (kind is Kind.REGISTER and session_id):
        sid = session_id or gather.latest_session_id(reader)
        return _("{what}: {session}").format(what=label, session=reader.session(sid).title)
    return label if kind is not Kind.REGISTER else _("{what}: all sessions").format(what=label)
