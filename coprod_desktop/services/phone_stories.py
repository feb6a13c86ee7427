"""The story queue from phones: the facilitator lets phones in; a person adds or removes themself.

A phone's changes are not undoable from the console (they are the person's own choice), but the
facilitator can still remove, reorder or edit any story in the Stories panel.
"""

from __future__ import annotations

from coprod_desktop.domain.errors import ConflictError, ValidationError
from coprod_desktop.domain.levelling import StoryStatus
from coprod_desktop.domain.records import WordsUse
from coprod_desktop.i18n import N_
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.services.phones import PHONE, PhoneService
from coprod_desktop.services.stories import StoryService
from coprod_desktop.store.phone_reader import PhoneReader
from coprod_desktop.store.phone_story_reader import PhoneStoryReader

STORIES_CLOSED = "The story list is not open to phones just now. Ask the facilitator if you " \
    "would like to tell a story."
ALREADY_LISTED = "You are already on the list to tell a story."
NOT_LISTED = "You are not on the list to tell a story."
TELLING_NOW = "Your story is being told now, so it cannot be taken off the list."


class PhoneStoryService(Service):
    @property
    def queue(self) -> PhoneStoryReader:
        return PhoneStoryReader(self.ctx.db)

    def set_stories_open(self, session_id: int, is_open: bool) -> ChangeSet:
        """The facilitator lets phones join this session's story queue (or stops them)."""
        room = PhoneReader(self.ctx.db).room(session_id)
        if room is None:
            self.read.session(session_id)
            raise ValidationError(N_("Open sign-in for this session first, so phones can join."))
        label = N_("Phones may join the story queue") if is_open else \
            N_("Phones stop joining the story queue")
        with self.ctx.change(label, session_id=session_id, undoable=False) as unit:
            unit.update("phone_room", room.id, stories_open=int(is_open))
        return self.done(unit)

    def join_queue(self, device_token: str, *, title: str = "",
                   consent: WordsUse | str | None = None) -> ChangeSet:
        """The phone's person asks to tell a story. `new_id` is the story's id."""
        here = PhoneService(self.ctx).here(device_token)
        session_id, person = here.room.session_id, here.device.attendee_id
        if not self.queue.open_to_phones(session_id):
            raise ValidationError(STORIES_CLOSED)
        if self.queue.own_story(session_id, person) is not None:
            raise ConflictError(ALREADY_LISTED)
        choice = _choice(consent)
        return StoryService(self.ctx).add_story(session_id, person, title=title, consent=choice,
                                                initiator=PHONE)

    def leave_queue(self, device_token: str) -> ChangeSet:
        """The phone's person takes their story off the list before it is told."""
        here = PhoneService(self.ctx).here(device_token)
        story = self.queue.own_story(here.room.session_id, here.device.attendee_id)
        if story is None or story.id is None:
            raise ValidationError(NOT_LISTED)
        if story.status is StoryStatus.TELLING:
            raise ConflictError(TELLING_NOW)
        return StoryService(self.ctx).delete_story(story.id, initiator=PHONE)


def _choice(value: WordsUse | str | None) -> WordsUse | None:
    if value is None or value == "":
        return None  # the story service uses the person's sign-in choice
    try:
        return WordsUse(value)
    except ValueError:
        raise ValidationError(N_("Please choose how your story may be used."),
                              field="consent") from None
