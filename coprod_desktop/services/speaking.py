"""The speaking record of an open discussion, and the hands queue.

Marking who has the floor, raising and lowering hands, and deleting a stretch of talk recorded by
mistake are each one undo step from the console (undoing a mis-marked speaker gives the floor back
to whoever had it, as if it had never moved). A phone's raised hand is not undoable, nor is the
app's own tidying after a restart (`settle`).
"""

from __future__ import annotations

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.levelling import Hand
from coprod_desktop.domain.said import Said
from coprod_desktop.facilitation import speaking
from coprod_desktop.facilitation.speaking import GroupShare
from coprod_desktop.i18n import N_
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet, Initiator
from coprod_desktop.services.unit_of_work import Context, UnitOfWork
from coprod_desktop.store.levelling_reader import LevellingReader
from coprod_desktop.store.levelling_rows import segment_row

HAND_OUTCOMES = ("spoke", "withdrawn")


class SpeakingService(Service):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self._settled: set[int] = set()  # sessions already checked since the file was opened

    @property
    def data(self) -> LevellingReader:
        return LevellingReader(self.ctx.db)

    def mark_speaker(self, session_id: int, attendee_id: int | None, *,
                     initiator: Initiator = Initiator.CONSOLE) -> ChangeSet:
        """Give the floor to one person (None: nobody is speaking). Ends the last segment cleanly."""
        self.read.session(session_id)
        label: str = N_("Nobody speaking")
        if attendee_id is not None:
            person = self.read.attendee(attendee_id)
            if attendee_id not in {a.id for a in self.read.present(session_id)}:
                raise ValidationError(Said.of(N_("%(name)s is not signed in to this session, so cannot be "
                                                 "marked as speaking."), name=person.name))
            label = Said.of(N_("%(name)s speaking"), name=person.name)
        now = self.ctx.clock.now()
        change = speaking.switch(self.data.open_segment(session_id), attendee_id, session_id, now)
        with self.ctx.change(label, initiator=initiator, undoable=initiator == Initiator.CONSOLE,
                             session_id=session_id) as unit:
            if change.drop is not None and change.drop.id is not None:
                unit.delete("speaking_segment", change.drop.id)
            if change.close is not None and change.close.id is not None:
                unit.update("speaking_segment", change.close.id,
                            ended_at=segment_row(change.close)["ended_at"])
            if change.open is not None:
                unit.new_id = unit.insert("speaking_segment", segment_row(change.open))
                self._lower(unit, session_id, change.open.attendee_id, "spoke")
        return self.done(unit)

    def raise_hand(self, session_id: int, attendee_id: int, *,
                   initiator: Initiator = Initiator.CONSOLE) -> ChangeSet:
        person = self.read.attendee(attendee_id)
        if attendee_id not in {a.id for a in self.read.present(session_id)}:
            raise ValidationError(Said.of(N_("%(name)s is not signed in to this session."), name=person.name))
        with self.ctx.change(Said.of(N_("%(name)s raised a hand"), name=person.name), initiator=initiator,
                             undoable=initiator == Initiator.CONSOLE, session_id=session_id) as unit:
            if not self._raised(session_id, attendee_id):
                unit.new_id = unit.insert("hand", {
                    "session_id": session_id, "attendee_id": attendee_id,
                    "raised_at": self.ctx.now(), "outcome": ""})
        return self.done(unit)

    def lower_hand(self, session_id: int, attendee_id: int, *, outcome: str = "withdrawn",
                   initiator: Initiator = Initiator.CONSOLE) -> ChangeSet:
        if outcome not in HAND_OUTCOMES:
            raise ValidationError(Said.of(N_("Unknown reason for lowering a hand: %(outcome)s."),
                                          outcome=outcome))
        person = self.read.attendee(attendee_id)
        with self.ctx.change(Said.of(N_("%(name)s lowered a hand"), name=person.name), initiator=initiator,
                             undoable=initiator == Initiator.CONSOLE, session_id=session_id) as unit:
            self._lower(unit, session_id, attendee_id, outcome)
        return self.done(unit)

    def toggle_hand(self, session_id: int, attendee_id: int) -> ChangeSet:
        if self._raised(session_id, attendee_id):
            return self.lower_hand(session_id, attendee_id)
        return self.raise_hand(session_id, attendee_id)

    # Reading, worked out live
    def talk(self, session_id: int) -> dict[int, float]:
        return speaking.talk_by_person(self.data.segments(session_id), self.ctx.clock.now())

    def balance(self, session_id: int) -> list[GroupShare]:
        return speaking.balance(self.data.segments(session_id), self.data.attended(session_id),
                                self.ctx.clock.now())

    def hands_queue(self, session_id: int) -> list[Hand]:
        return speaking.hands_in_order(self.data.hands(session_id), self.talk(session_id))

    def settle(self, session_id: int) -> ChangeSet | None:
        """After reopening the file: a segment left open for hours is capped, with a note.

        Only once per session per opening: a long open segment later on is real talk.
        """
        if session_id in self._settled:
            return None
        self._settled.add(session_id)
        capped = speaking.settle(self.data.open_segment(session_id), self.ctx.clock.now())
        if capped is None or capped.id is None:
            return None
        row = segment_row(capped)
        with self.ctx.change(N_("Stop a speaker's time left running"), undoable=False,
                             session_id=session_id) as unit:
            unit.update("speaking_segment", capped.id,
                        ended_at=row["ended_at"], note=row["note"])
        return self.done(unit)

    def _raised(self, session_id: int, attendee_id: int) -> int | None:
        found = list(self.ctx.db.query(
            "SELECT id FROM hand WHERE session_id = ? AND attendee_id = ? AND lowered_at IS NULL",
            [session_id, attendee_id]))
        return int(found[0]["id"]) if found else None

    def _lower(self, unit: UnitOfWork, session_id: int, attendee_id: int, outcome: str) -> None:
        hand_id = self._raised(session_id, attendee_id)
        if hand_id is not None:
            unit.update("hand", hand_id, lowered_at=self.ctx.now(), outcome=outcome)
