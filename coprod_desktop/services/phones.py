"""Phones in the room: the join link, signing in from a phone, and what a signed-in phone may do.

The console opens and closes sign-in and rotates the link; a phone holding the current link signs
in once, then is known by a random token in its cookie (the file keeps only a hash of it). Phone
changes are not undoable from the console: they are other people's words.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass

from coprod_desktop.domain import validate
from coprod_desktop.domain.consent_history import HeardVia
from coprod_desktop.domain.equalities import clean_answers
from coprod_desktop.domain.errors import ConflictError, CoprodError, ValidationError
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.limits import DEFAULT_NOTE_COLOUR, NAME_MAX, NOTE_MAX, VENUE_MAX
from coprod_desktop.domain.phones import (
    QUESTION_MAX,
    WIFI_NAME_MAX,
    WIFI_PASSWORD_MAX,
    WIFI_SECURITY,
    PhoneDevice,
    PhoneRoom,
    WifiDetails,
    device_hash,
)
from coprod_desktop.domain.records import Consent
from coprod_desktop.domain.said import Said
from coprod_desktop.domain.short_codes import new_code
from coprod_desktop.i18n import N_
from coprod_desktop.services import consent_log
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet, Initiator
from coprod_desktop.services.notes import NoteService
from coprod_desktop.services.unit_of_work import UnitOfWork
from coprod_desktop.services.votes import VoteService
from coprod_desktop.store.board_reader import BoardReader
from coprod_desktop.store.phone_reader import WEB_ADDRESS, WEB_PORT, WEB_SECRET, PhoneReader

PHONE = Initiator.PHONE
DEVICE_TOKEN_MAX = 100
# Where notes from phones land on the board until someone moves them: a tidy grid.
PRIVATE = Consent()  # everything off: the default until a person says yes
ARRIVAL_COLUMNS, ARRIVAL_DX, ARRIVAL_DY = 8, 240.0, 170.0


class LinkNotValid(CoprodError):
    """The join link is wrong, was replaced, or sign-in for its session is closed."""


class NotSignedIn(CoprodError):
    """The phone is not (or no longer) signed in to a session that is open."""


def new_join_token() -> str:
    return secrets.token_urlsafe(18)  # 144 random bits


@dataclass(frozen=True)
class Here:
    """A phone that is signed in to an open session."""

    device: PhoneDevice
    room: PhoneRoom


class PhoneService(Service):
    @property
    def phones(self) -> PhoneReader:
        return PhoneReader(self.ctx.db)

    # --- the console's side -----------------------------------------------------------------

    def open_sign_in(self, session_id: int) -> ChangeSet:
        """Let phones in to this session (and close any other session's sign-in)."""
        session = self.read.session(session_id)
        said = Said.of(N_("Open sign-in for ‘%(title)s’"), title=session.title)
        with self.ctx.change(said, session_id=session_id,
                             undoable=False) as unit:
            for row in self.ctx.db.query(
                    "SELECT id FROM phone_room WHERE (signin_open = 1 OR room_open = 1) "
                    "AND session_id != ?", [session_id]):
                unit.update("phone_room", row["id"], signin_open=0, room_open=0,
                            closed_at=self.ctx.now())
            room = self.phones.room(session_id)
            if room is None:
                unit.new_id = unit.insert("phone_room", {
                    "session_id": session_id, "token": new_join_token(), "signin_open": 1,
                    "room_open": 1, "short_code": self._free_code(), "notes_open": 0,
                    "opened_at": self.ctx.now()})
            else:
                unit.update("phone_room", room.id, signin_open=1, room_open=1,
                            opened_at=self.ctx.now(), closed_at=None,
                            short_code=room.short_code or self._free_code())
                unit.new_id = room.id
        return self.done(unit)

    def close_sign_in(self, session_id: int) -> ChangeSet:
        """No new arrivals. People already in keep their pages: notes, votes, today's notes."""
        room = self._room(session_id)
        with self.ctx.change(N_("Close sign-in"), session_id=session_id, undoable=False) as unit:
            unit.update("phone_room", room.id, signin_open=0, closed_at=self.ctx.now())
        return self.done(unit)

    def end_for_phones(self, session_id: int) -> ChangeSet:
        """The session is over for phones: no new arrivals, and the room's pages close too."""
        room = self._room(session_id)
        with self.ctx.change(N_("End the session for phones"), session_id=session_id,
                             undoable=False) as unit:
            unit.update("phone_room", room.id, signin_open=0, room_open=0,
                        closed_at=self.ctx.now())
        return self.done(unit)

    def rotate_link(self, session_id: int) -> ChangeSet:
        """A new join link and short code: the old ones stop working; phones already in stay."""
        room = self._room(session_id)
        with self.ctx.change(N_("New join link"), session_id=session_id, undoable=False) as unit:
            unit.update("phone_room", room.id, token=new_join_token(),
                        short_code=self._free_code(), rotated_at=self.ctx.now())
        return self.done(unit)

    def keep_web_secret(self, secret: bytes) -> None:
        """Keep the key for form tokens in the file (if none is kept yet), so a restart breaks no
        page left open on a phone."""
        if self.phones.web_secret() is not None or len(secret) != 32:
            return
        # Bookkeeping: the facilitator opened sign-in, they did not make a key; not announced.
        with self.ctx.change(N_("Keep the key for phone forms"), undoable=False,
                             bookkeeping=True) as unit:
            unit.put("setting", WEB_SECRET, {"key": WEB_SECRET, "value": secret.hex()})

    def remember_place(self, address: str, port: int) -> None:
        """The address and port the phone server listened on, offered again next time, so a
        phone's bookmark or an address written down still works."""
        if not 0 < port < 65536 or len(address) > 64:
            return
        values = {WEB_PORT: str(port), WEB_ADDRESS: address}
        if all(self.phones.setting(key) == value for key, value in values.items()):
            return
        # Bookkeeping too: noted when sign-in opens, not something the facilitator did.
        with self.ctx.change(N_("Remember where phones join"), undoable=False,
                             bookkeeping=True) as unit:
            for key, value in values.items():
                unit.put("setting", key, {"key": key, "value": value})

    def carry_devices(self, attendee_id: int, token_hashes: list[str]) -> None:
        """Phones that knew a person in an earlier programme know them in this one too."""
        with self.ctx.change(N_("Phones kept for next time"), undoable=False) as unit:
            for key in token_hashes:
                if self.phones.device(key) is None:
                    unit.insert("phone_device", {
                        "token_hash": key, "attendee_id": attendee_id, "current_session": None,
                        "created_at": self.ctx.now(), "seen_at": self.ctx.now()})

    def set_notes_open(self, session_id: int, is_open: bool) -> ChangeSet:
        room = self._room(session_id)
        label = N_("Phones may add notes") if is_open else N_("Phones stop adding notes")
        with self.ctx.change(label, session_id=session_id, undoable=False) as unit:
            unit.update("phone_room", room.id, notes_open=int(is_open))
        return self.done(unit)

    def set_wifi(self, wifi: WifiDetails) -> ChangeSet:
        ssid = validate.text(wifi.ssid, N_("The Wi-Fi name"), WIFI_NAME_MAX, field="wifi_ssid",
                             required=False)
        if wifi.security not in WIFI_SECURITY:
            raise ValidationError(N_("Please choose WPA, WEP or no password."), field="wifi_security")
        password = wifi.password if wifi.security != "nopass" else ""
        if ssid and wifi.security == "WPA" and not 8 <= len(password) <= WIFI_PASSWORD_MAX:
            raise ValidationError(N_("A WPA Wi-Fi password has 8 to 63 characters."),
                                  field="wifi_password")
        if any(ord(ch) < 32 for ch in password):
            raise ValidationError(N_("The Wi-Fi password has a character that cannot be saved."),
                                  field="wifi_password")
        values = {"wifi.ssid": ssid, "wifi.password": password if ssid else "",
                  "wifi.security": wifi.security, "wifi.hidden": "1" if wifi.hidden else "0"}
        with self.ctx.change(N_("Save the Wi-Fi details"), undoable=False) as unit:
            for key, value in values.items():
                unit.put("setting", key, {"key": key, "value": value})
        return self.done(unit)

    def answer_question(self, question_id: int) -> ChangeSet:
        found = list(self.ctx.db.query("SELECT * FROM phone_question WHERE id = ?", [question_id]))
        if not found:
            raise ValidationError(N_("That question has already been cleared."))
        with self.ctx.change(N_("Answer a question"), session_id=found[0]["session_id"]) as unit:
            unit.update("phone_question", question_id, answered_at=self.ctx.now())
        return self.done(unit)

    # --- the phone's side -------------------------------------------------------------------

    def room_for_link(self, token: str) -> PhoneRoom:
        room = self.phones.room_for_token(token) if 0 < len(token) <= 64 else None
        if room is None:
            raise LinkNotValid(N_("This link does not work any more. Please scan the code on the screen "
                                  "again."))
        if not room.signin_open:
            raise LinkNotValid(N_("Sign-in for this session is closed. Please ask the facilitator."))
        return room

    def sign_in(self, token: str, device_token: str, *, name: str, group: Group | str,
                consent: Consent = PRIVATE, contact_details: str = "",
                access_needs: str = "") -> ChangeSet:
        """A new person signs in from a phone. `new_id` is the attendee's id."""
        room = self.room_for_link(token)
        key = _device_key(device_token)
        clean = validate.text(name, N_("Your name"), NAME_MAX, field="name")
        grp = group if isinstance(group, Group) else Group.parse(group)
        details = validate.text(contact_details, N_("Contact details"), VENUE_MAX,
                                field="contact_details", required=False)
        if consent.contact and not details:
            raise ValidationError(N_("Please give a phone number or email so we can contact you, or choose "
                                     "‘No’ for contact."), field="contact_details")
        needs = validate.text(access_needs, N_("Access needs"), NOTE_MAX, field="access_needs",
                              multiline=True, required=False)
        now = self.ctx.now()
        with self.ctx.change(Said.of(N_("Sign in %(name)s"), name=clean), initiator=PHONE, undoable=False,
                             session_id=room.session_id) as unit:
            attendee_id = int(unit.insert("attendee", {
                "name": clean, "group_name": grp.value, "created_at": now,
                **consent_log.columns_of(consent),
                "contact_details": details if consent.contact else "", "access_needs": needs}))
            consent_log.record(unit, attendee_id, None, consent, via=HeardVia.PHONE, at=now)
            self._attend(unit, room.session_id, attendee_id)
            self._bind_device(unit, key, attendee_id, room.session_id)
            unit.new_id = attendee_id
        return self.done(unit)

    def update_choices(self, device_token: str, *, group: Group | str, consent: Consent,
                       contact_details: str = "", access_needs: str = "") -> ChangeSet:
        """The "about you" step after joining: group, choices, contact, what would help."""
        here = self.here(device_token)
        grp = group if isinstance(group, Group) else Group.parse(group)
        details = validate.text(contact_details, N_("Contact details"), VENUE_MAX,
                                field="contact_details", required=False)
        if consent.contact and not details:
            raise ValidationError(N_("Please give a phone number or email so we can contact you, or choose "
                                     "‘No’ for contact."), field="contact_details")
        needs = validate.text(access_needs, N_("Access needs"), NOTE_MAX, field="access_needs",
                              multiline=True, required=False)
        person_id = here.device.attendee_id
        with self.ctx.change(N_("Choices from a phone"), initiator=PHONE, undoable=False,
                             session_id=here.room.session_id) as unit:
            row = unit.current("attendee", person_id) or {}
            unit.update("attendee", person_id, group_name=grp.value,
                        **consent_log.columns_of(consent),
                        contact_details=details if consent.contact else "", access_needs=needs)
            consent_log.record(unit, person_id, consent_log.consent_of(row), consent,
                               via=HeardVia.PHONE, at=self.ctx.now())
        return self.done(unit)

    def sign_in_again(self, token: str, device_token: str) -> ChangeSet:
        """A phone that signed in before (at this or an earlier session) signs its person in."""
        room = self.room_for_link(token)
        device = self.phones.device(_device_key(device_token))
        if device is None:
            raise NotSignedIn(N_("This phone has not signed in before. Please fill in the form."))
        person = self.read.attendee(device.attendee_id)
        said = Said.of(N_("Sign in %(name)s"), name=person.name)
        with self.ctx.change(said, initiator=PHONE, undoable=False,
                             session_id=room.session_id) as unit:
            self._attend(unit, room.session_id, person.id)
            unit.update("phone_device", device.id, current_session=room.session_id,
                        seen_at=self.ctx.now())
            unit.new_id = person.id
        return self.done(unit)

    def here(self, device_token: str) -> Here:
        """The phone's person and open session, or NotSignedIn."""
        found = self.phones.signed_in(_device_key(device_token)) if device_token else None
        if found is None:
            raise NotSignedIn(N_("You are not signed in just now. Please scan the code on the screen to "
                                 "join."))
        return Here(*found)

    def post_note(self, device_token: str, text: str,
                  colour: str = DEFAULT_NOTE_COLOUR) -> ChangeSet:
        """A note from a phone, by the board's own rules (hidden during silent writing)."""
        here = self.here(device_token)
        if not here.room.notes_open:
            raise ValidationError(N_("The board is not taking notes just now."), field="text")
        validate.text(text, N_("Your note"), NOTE_MAX, field="text", multiline=True)
        session_id = here.room.session_id
        # One board per activity: the note goes on the board of the activity live as it arrives.
        activity_id = BoardReader(self.ctx.db).board_for_new_notes(session_id)
        n = self.phones.note_count(session_id, activity_id)
        return NoteService(self.ctx).add_note(
            session_id, text, colour=validate.colour(colour),
            x=(n % ARRIVAL_COLUMNS) * ARRIVAL_DX, y=(n // ARRIVAL_COLUMNS) * ARRIVAL_DY,
            activity_id=activity_id, author_id=here.device.attendee_id, initiator=PHONE)

    def vote(self, device_token: str, target_id: int, *, add: bool = True) -> ChangeSet:
        """Place one of this person's dots on an item in the open vote, or take one back."""
        here = self.here(device_token)
        vote_round = BoardReader(self.ctx.db).open_round(here.room.session_id)
        if vote_round is None:
            raise ValidationError(N_("There is no vote open just now."))
        votes = VoteService(self.ctx)
        voter = here.device.attendee_id
        if add:
            return votes.cast_vote(vote_round.id, target_id, voter_id=voter, via=PHONE,
                                   initiator=PHONE)
        return votes.withdraw_vote(vote_round.id, target_id, voter_id=voter, initiator=PHONE)

    def ask_question(self, device_token: str, text: str) -> ChangeSet:
        """“What does that mean?” The question is kept without the asker's name."""
        here = self.here(device_token)
        clean = validate.text(text, N_("Your question"), QUESTION_MAX, field="question")
        with self.ctx.change(N_("Question from a phone"), initiator=PHONE, undoable=False,
                             session_id=here.room.session_id) as unit:
            unit.new_id = unit.insert("phone_question", {
                "session_id": here.room.session_id, "text": clean, "asked_at": self.ctx.now()})
        return self.done(unit)

    def record_equalities(self, device_token: str, answers: Mapping[str, str]) -> ChangeSet:
        """Add one to each answer's tally. Nothing links the answers to the person or phone."""
        here = self.here(device_token)
        session_id = here.room.session_id
        clean = clean_answers(dict(answers))
        if here.device.equalities_session == session_id:
            raise ConflictError(N_("You have already answered these questions today. Thank you."))
        with self.ctx.change(N_("Anonymous answers"), initiator=PHONE, undoable=False,
                             session_id=session_id) as unit:
            for question, answer in sorted(clean.items()):
                found = self.phones.equalities_tally_row(session_id, question, answer)
                if found is not None:
                    tally_id, count = found
                    unit.update("equalities_count", tally_id, count=count + 1)
                else:
                    unit.insert("equalities_count", {"session_id": session_id,
                                                     "question": question, "answer": answer,
                                                     "count": 1})
            unit.update("phone_device", here.device.id, equalities_session=session_id)
        return self.done(unit)

    def leave(self, device_token: str) -> ChangeSet:
        """Sign out from the phone. The phone is still recognised next time."""
        here = self.here(device_token)
        person = self.read.attendee(here.device.attendee_id)
        with self.ctx.change(Said.of(N_("%(name)s left"), name=person.name), initiator=PHONE, undoable=False,
                             session_id=here.room.session_id) as unit:
            attendance_id = self.read.attendance_id(here.room.session_id, person.id)
            if attendance_id is not None:
                unit.update("attendance", attendance_id, signed_out_at=self.ctx.now())
        return self.done(unit)

    def forget_phone(self, device_token: str) -> ChangeSet:
        """Stop recognising this phone (for a shared phone). Nothing else is deleted."""
        device = self.phones.device(_device_key(device_token))
        if device is None:
            raise NotSignedIn(N_("This phone is not remembered."))
        with self.ctx.change(N_("Forget a phone"), initiator=PHONE, undoable=False) as unit:
            unit.delete("phone_device", device.id)
        return self.done(unit)

    # --- helpers ----------------------------------------------------------------------------

    def _free_code(self) -> str:
        while True:
            code = new_code()
            if self.phones.room_for_code(code) is None:
                return code

    def _room(self, session_id: int) -> PhoneRoom:
        room = self.phones.room(session_id)
        if room is None:
            self.read.session(session_id)
            raise ValidationError(N_("Sign-in has not been opened for this session yet."))
        return room

    def _attend(self, unit: UnitOfWork, session_id: int, attendee_id: int) -> None:
        existing = self.read.attendance_id(session_id, attendee_id)
        if existing is not None:
            unit.update("attendance", existing, signed_out_at=None)
        else:
            unit.insert("attendance", {"session_id": session_id, "attendee_id": attendee_id,
                                       "signed_in_at": self.ctx.now(), "via": PHONE})

    def _bind_device(self, unit: UnitOfWork, key: str, attendee_id: int, session_id: int) -> None:
        device = self.phones.device(key)
        if device is None:
            unit.insert("phone_device", {"token_hash": key, "attendee_id": attendee_id,
                                         "current_session": session_id,
                                         "created_at": self.ctx.now(), "seen_at": self.ctx.now()})
        else:
            unit.update("phone_device", device.id, attendee_id=attendee_id,
                        current_session=session_id, seen_at=self.ctx.now())


def _device_key(device_token: str) -> str:
    if not device_token or len(device_token) > DEVICE_TOKEN_MAX:
        raise NotSignedIn(N_("This phone's browser did not keep our cookie. Please allow cookies for this "
                             "page and try again."))
    return device_hash(device_token)
