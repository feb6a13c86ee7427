"""Questions for the room: phones ask (named or not) and upvote; the console lets each through,
marks it answered, merges duplicates and turns a question into an action.

A phone's question and votes are not undoable from the console (they are other people's), the
facilitator's moves are. The file keeps who asked only when the person chose to give their name.
"""

from __future__ import annotations

from collections.abc import Sequence

from coprod_desktop.domain import validate
from coprod_desktop.domain.actions import ActionSource, ActionStatus
from coprod_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from coprod_desktop.domain.phones import QUESTION_MAX
from coprod_desktop.domain.room_questions import ROOM
from coprod_desktop.i18n import N_
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.services.phones import PHONE, PhoneService
from coprod_desktop.store.room_question_reader import RoomQuestionReader, Row

NOT_OPEN_FOR_VOTES = "That question is not open for votes just now."
GONE = "That question is no longer on the list."


class RoomQuestionService(Service):
    @property
    def questions(self) -> RoomQuestionReader:
        return RoomQuestionReader(self.ctx.db)

    # --- from a phone -----------------------------------------------------------------------

    def ask(self, device_token: str, text: str, *, named: bool = False) -> ChangeSet:
        """A question for the room. It waits for the facilitator before anyone else sees it."""
        here = PhoneService(self.ctx).here(device_token)
        clean = validate.text(text, N_("Your question"), QUESTION_MAX, field="room_question")
        with self.ctx.change(N_("Question for the room"), initiator=PHONE, undoable=False,
                             session_id=here.room.session_id) as unit:
            unit.new_id = unit.insert("phone_question", {
                "session_id": here.room.session_id, "text": clean, "asked_at": self.ctx.now(),
                "kind": ROOM, "attendee_id": here.device.attendee_id if named else None})
        return self.done(unit)

    def upvote(self, device_token: str, question_id: int, *, up: bool = True) -> ChangeSet:
        """One vote each; asking again for the same changes nothing. `up=False` takes it back."""
        here = PhoneService(self.ctx).here(device_token)
        row = self.questions.get(question_id)
        if row is None or row["session_id"] != here.room.session_id \
                or row["merged_into"] is not None or row["released_at"] is None \
                or row["answered_at"] is not None:
            raise ValidationError(NOT_OPEN_FOR_VOTES)
        voter = here.device.attendee_id
        existing = self.questions.voters(question_id).get(voter)
        with self.ctx.change(N_("Upvote a question") if up else N_("Take back an upvote"),
                             initiator=PHONE, undoable=False,
                             session_id=here.room.session_id) as unit:
            if up and existing is None:
                unit.insert("phone_question_vote", {"question_id": question_id,
                                                    "attendee_id": voter,
                                                    "voted_at": self.ctx.now()})
            elif not up and existing is not None:
                unit.delete("phone_question_vote", existing)
        return self.done(unit)

    # --- the console's side -----------------------------------------------------------------

    def _open(self, question_id: int) -> Row:
        row = self.questions.get(question_id)
        if row is None or row["merged_into"] is not None:
            raise NotFoundError(GONE)
        return row

    def release(self, question_id: int) -> ChangeSet:
        """Let a question through: phones can see and upvote it, the projector can show it."""
        row = self._open(question_id)
        if row["released_at"] is not None:
            raise ConflictError(N_("That question has already been let through."))
        with self.ctx.change(N_("Let a question through"), session_id=row["session_id"]) as unit:
            unit.update("phone_question", question_id, released_at=self.ctx.now())
        return self.done(unit)

    def answer(self, question_id: int) -> ChangeSet:
        """Mark a question answered. One held back is let through too: it was put to the room."""
        row = self._open(question_id)
        if row["answered_at"] is not None:
            raise ConflictError(N_("That question is already marked as answered."))
        now = self.ctx.now()
        with self.ctx.change(N_("Mark a question answered"), session_id=row["session_id"]) as unit:
            unit.update("phone_question", question_id, answered_at=now,
                        released_at=row["released_at"] or now)
        return self.done(unit)

    def reopen(self, question_id: int) -> ChangeSet:
        row = self._open(question_id)
        with self.ctx.change(N_("Question not answered yet"), session_id=row["session_id"]) as unit:
            unit.update("phone_question", question_id, answered_at=None)
        return self.done(unit)

    def merge(self, keep_id: int, duplicate_ids: Sequence[int]) -> ChangeSet:
        """Fold duplicates into one question: their votes move over (one per person still)."""
        keep = self._open(keep_id)
        others = [self._open(i) for i in dict.fromkeys(duplicate_ids) if i != keep_id]
        if not others:
            raise ValidationError(N_("Choose at least two questions to merge."))
        if any(o["session_id"] != keep["session_id"] for o in others):
            raise ValidationError(N_("Only questions from the same session can be merged."))
        voters = set(self.questions.voters(keep_id))
        with self.ctx.change(N_("Merge duplicate questions"), session_id=keep["session_id"]) as unit:
            for other in others:
                for voter, vote_id in sorted(self.questions.voters(other["id"]).items()):
                    if voter in voters:
                        unit.delete("phone_question_vote", vote_id)
                    else:
                        voters.add(voter)
                        unit.update("phone_question_vote", vote_id, question_id=keep_id)
                unit.update("phone_question", other["id"], merged_into=keep_id)
            if keep["released_at"] is None and any(o["released_at"] for o in others):
                unit.update("phone_question", keep_id, released_at=self.ctx.now())
        return self.done(unit)

    def to_action(self, question_id: int) -> ChangeSet:
        """A new open action with the question's words; the question remembers it."""
        row = self._open(question_id)
        if row["action_id"] is not None:
            raise ConflictError(N_("That question is already an action."))
        now = self.ctx.now()
        with self.ctx.change(N_("Action from a question"), session_id=row["session_id"]) as unit:
            unit.new_id = unit.insert("action", {
                "what": row["text"], "status": ActionStatus.OPEN.value,
                "source_kind": ActionSource.MANUAL.value, "source_text": row["text"],
                "raised_session_id": row["session_id"], "created_at": now, "updated_at": now})
            unit.update("phone_question", question_id, action_id=unit.new_id)
        return self.done(unit)
