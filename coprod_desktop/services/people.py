"""Attendees and who came to which session."""

from __future__ import annotations

from coprod_desktop.domain import validate
from coprod_desktop.domain.consent_history import HeardVia
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.limits import NAME_MAX, NOTE_MAX, VENUE_MAX
from coprod_desktop.domain.records import Consent
from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_
from coprod_desktop.services import consent_log
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet, Initiator

VIA = ("console", "phone", "register")


class PeopleService(Service):
    def add_attendee(self, name: str, group: Group | str) -> ChangeSet:
        clean = validate.text(name, N_("The name"), NAME_MAX, field="name")
        grp = group if isinstance(group, Group) else Group.parse(group)
        with self.ctx.change(Said.of(N_("Add %(name)s"), name=clean)) as unit:
            unit.new_id = unit.insert("attendee", {"name": clean, "group_name": grp.value,
                                                   "created_at": self.ctx.now()})
        return self.done(unit)

    def rename_attendee(self, attendee_id: int, name: str, group: Group | str) -> ChangeSet:
        self.read.attendee(attendee_id)
        clean = validate.text(name, N_("The name"), NAME_MAX, field="name")
        grp = group if isinstance(group, Group) else Group.parse(group)
        with self.ctx.change(N_("Edit a person's details")) as unit:
            unit.update("attendee", attendee_id, name=clean, group_name=grp.value)
        return self.done(unit)

    def sign_in_attendee(self, session_id: int, *, name: str | None = None,
                         group: Group | str | None = None, attendee_id: int | None = None,
                         via: str = "console", initiator: Initiator = Initiator.CONSOLE) -> ChangeSet:
        """Record that a person is here. Creates the person when given a name instead of an id.

        Signing in someone already present changes nothing; someone who had signed out is back.
        `new_id` on the result is the attendee's id.
        """
        if via not in VIA:
            raise ValidationError(Said.of(N_("Unknown way of signing in: %(via)s."), via=via))
        self.read.session(session_id)
        if attendee_id is None:
            if name is None or group is None:
                raise ValidationError(N_("Please give a name and a group."), field="name")
            clean = validate.text(name, N_("The name"), NAME_MAX, field="name")
            grp = group if isinstance(group, Group) else Group.parse(group)
        else:
            person = self.read.attendee(attendee_id)
            clean = person.name
        with self.ctx.change(Said.of(N_("Sign in %(name)s"), name=clean), initiator=initiator,
                             undoable=initiator == Initiator.CONSOLE, session_id=session_id) as unit:
            if attendee_id is None:
                attendee_id = int(unit.insert("attendee", {
                    "name": clean, "group_name": grp.value, "created_at": self.ctx.now()}))
            existing = self.read.attendance_id(session_id, attendee_id)
            if existing is not None:
                unit.update("attendance", existing, signed_out_at=None)
            else:
                unit.insert("attendance", {"session_id": session_id, "attendee_id": attendee_id,
                                           "signed_in_at": self.ctx.now(), "via": via})
            unit.new_id = attendee_id
        return self.done(unit)

    def sign_out_attendee(self, session_id: int, attendee_id: int, *,
                          initiator: Initiator = Initiator.CONSOLE) -> ChangeSet:
        person = self.read.attendee(attendee_id)
        found = list(self.ctx.db.query(
            "SELECT id FROM attendance WHERE session_id = ? AND attendee_id = ?",
            [session_id, attendee_id]))
        if not found:
            raise ValidationError(Said.of(N_("%(name)s is not signed in to this session."), name=person.name))
        with self.ctx.change(Said.of(N_("Sign out %(name)s"), name=person.name), initiator=initiator,
                             undoable=initiator == Initiator.CONSOLE, session_id=session_id) as unit:
            unit.update("attendance", found[0]["id"], signed_out_at=self.ctx.now())
        return self.done(unit)

    def set_consent(self, attendee_id: int, consent: Consent, *, contact_details: str = "",
                    access_needs: str = "", initiator: Initiator = Initiator.CONSOLE,
                    via: HeardVia | str | None = None, note: str = "") -> ChangeSet:
        """Record a person's choices (the latest choice always wins) and add them to the history.

        `via` says how the facilitator heard: in person (console, the default), on a paper form,
        or on the person's phone (the default when a phone makes the change).
        """
        person = self.read.attendee(attendee_id)
        if person.erased:
            raise ValidationError(N_("This person's details have been erased."))
        how = HeardVia.parse(via or (HeardVia.PHONE if initiator == Initiator.PHONE else HeardVia.CONSOLE))
        why = validate.text(note, N_("The note"), VENUE_MAX, field="note", required=False)
        details = validate.text(contact_details, N_("Contact details"), VENUE_MAX,
                                field="contact_details", required=False)
        if consent.contact and not details:
            raise ValidationError(N_("Please give a phone number or email so we can contact you."),
                                  field="contact_details")
        needs = validate.text(access_needs, N_("Access needs"), NOTE_MAX, field="access_needs",
                              multiline=True, required=False)
        with self.ctx.change(Said.of(N_("Update %(name)s's choices"), name=person.name), initiator=initiator,
                             undoable=initiator == Initiator.CONSOLE) as unit:
            row = unit.current("attendee", attendee_id) or {}
            before = consent_log.consent_of(row)
            asked = consent_log.asked_before(unit, attendee_id)
            kept = details if consent.contact else ""
            unit.update("attendee", attendee_id, **consent_log.columns_of(consent),
                        contact_details=kept, access_needs=needs)
            consent_log.record(unit, attendee_id, before if asked else None, consent, via=how,
                               at=self.ctx.now(), note=why,
                               new_details=kept != (row.get("contact_details") or ""))
        return self.done(unit)
