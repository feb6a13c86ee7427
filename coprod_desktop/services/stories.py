"""Story turns: the queue of storytellers, each timed turn, and the "what I heard" notes.

Everything done from the console is one undo step: adding, editing, reordering and deleting
stories, starting, pausing and ending a turn, writing a "what I heard" note. A phone's additions
are not undoable, nor is the app's own tidying after a restart (`settle`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from coprod_desktop.domain import validate
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.levelling import DEFAULT_STORY_S, PROMPT_MAX, Story, StoryStatus
from coprod_desktop.domain.limits import NOTE_MAX, TITLE_MAX
from coprod_desktop.domain.records import WordsUse
from coprod_desktop.domain.said import Said
from coprod_desktop.facilitation import stories
from coprod_desktop.i18n import N_
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet, Initiator
from coprod_desktop.services.story_board import place_heard_note, remove_heard
from coprod_desktop.store.levelling_reader import LevellingReader
from coprod_desktop.store.levelling_rows import story_row

HEARD_COLOUR = "white"


def _title(value: str) -> str:
    return validate.text(value, N_("The story's title"), TITLE_MAX, field="title", required=False)


def _prompt(value: str) -> str:
    return validate.text(value, N_("The prompt"), PROMPT_MAX, field="prompt", required=False)


class StoryService(Service):
    @property
    def data(self) -> LevellingReader:
        return LevellingReader(self.ctx.db)

    def add_story(self, session_id: int, teller_id: int, *, title: str = "", prompt: str = "",
                  consent: WordsUse | str | None = None, limit_s: int = DEFAULT_STORY_S,
                  initiator: Initiator = Initiator.CONSOLE) -> ChangeSet:
        """Put a storyteller in the queue. Their choice defaults to what they chose when signing in."""
        self.read.session(session_id)
        teller = self.read.attendee(teller_id)
        if teller_id not in {a.id for a in self.read.present(session_id)}:
            raise ValidationError(Said.of(N_("%(name)s is not signed in to this session. Sign them in "
                                             "first, then add their story."), name=teller.name))
        choice = WordsUse(consent) if consent is not None else teller.consent.words
        position = 1 + max((s.position for s in self.data.stories(session_id)), default=0)
        story = Story(id=None, session_id=session_id, teller_id=teller_id, title=_title(title),
                      prompt=_prompt(prompt), consent=choice, position=position,
                      limit_s=stories.check_length(limit_s), status=StoryStatus.WAITING,
                      created_at=self.ctx.clock.now(), added_via=initiator)
        with self.ctx.change(Said.of(N_("Add %(name)s's story"), name=teller.name), initiator=initiator,
                             undoable=initiator == Initiator.CONSOLE, session_id=session_id) as unit:
            unit.new_id = unit.insert("story", story_row(story))
        return self.done(unit)

    def edit_story(self, story_id: int, *, title: str, prompt: str, consent: WordsUse | str,
                   limit_s: int, initiator: Initiator = Initiator.CONSOLE) -> ChangeSet:
        story = self.data.story(story_id)
        row = {"title": _title(title), "prompt": _prompt(prompt),
               "consent": WordsUse(consent).value, "limit_s": stories.check_length(limit_s)}
        with self.ctx.change(N_("Edit a story"), initiator=initiator, undoable=initiator == Initiator.CONSOLE,
                             session_id=story.session_id) as unit:
            unit.update("story", story_id, **row)
        return self.done(unit)

    def set_consent(self, story_id: int, consent: WordsUse | str, *,
                    initiator: Initiator = Initiator.CONSOLE) -> ChangeSet:
        story = self.data.story(story_id)
        choice = WordsUse(consent)
        label = {WordsUse.ROOM_ONLY: N_("Story: keep in the room only"),
                 WordsUse.ANONYMOUS: N_("Story: share without my name"),
                 WordsUse.NAMED: N_("Story: share with my name")}[choice]
        with self.ctx.change(label, initiator=initiator,
                             undoable=initiator == Initiator.CONSOLE, session_id=story.session_id) as unit:
            unit.update("story", story_id, consent=choice.value)
        return self.done(unit)

    def reorder_stories(self, session_id: int, story_ids: Sequence[int]) -> ChangeSet:
        waiting = [s.id for s in stories.queue(self.data.stories(session_id)) if s.id is not None]
        if sorted(story_ids) != sorted(waiting):
            raise ValidationError(N_("The story queue changed while you were dragging. Try again."))
        first = min((s.position for s in self.data.stories(session_id)
                     if s.id in waiting), default=1)
        with self.ctx.change(N_("Change the order of the stories"), session_id=session_id) as unit:
            for n, story_id in enumerate(story_ids):
                unit.update("story", story_id, position=first + n)
        return self.done(unit)

    def delete_story(self, story_id: int, *, initiator: Initiator = Initiator.CONSOLE) -> ChangeSet:
        """Take a story out, with its "what I heard" notes (they would make no sense alone)."""
        story = self.data.story(story_id)
        with self.ctx.change(N_("Delete a story"), initiator=initiator,
                             undoable=initiator == Initiator.CONSOLE, session_id=story.session_id) as unit:
            remove_heard(unit, story)
            unit.delete("story", story_id)
        return self.done(unit)

    def add_heard_note(self, story_id: int, text: str, *, author_id: int | None = None,
                       initiator: Initiator = Initiator.CONSOLE) -> ChangeSet:
        """A listener's "what I heard" note, linked to the story and put in the story's cluster."""
        clean = validate.text(text, N_("The note"), NOTE_MAX, field="text", multiline=True)
        story = self.data.story(story_id)
        number = 1 + [s.id for s in self.data.stories(story.session_id)].index(story_id)
        now = self.ctx.now()
        with self.ctx.change(N_("Add a “what I heard” note"), initiator=initiator,
                             undoable=initiator == Initiator.CONSOLE, session_id=story.session_id) as unit:
            spot = place_heard_note(unit, story, number, now)
            unit.new_id = unit.insert("note", {
                "session_id": story.session_id, "activity_id": spot.activity_id, "text": clean,
                "colour": HEARD_COLOUR, "x": spot.x, "y": spot.y, "hidden": 0,
                "author_id": author_id, "on_behalf": 0, "created_at": now, "updated_at": now,
                "story_id": story_id, "cluster_id": spot.cluster_id})
        return self.done(unit)

    # The turn itself
    def start_story(self, story_id: int) -> ChangeSet:
        return self._live(story_id, N_("Start a story"),
                          lambda s, others: stories.begin(s, others, self.ctx.clock.now()))

    def pause_story(self, story_id: int) -> ChangeSet:
        return self._live(story_id, N_("Pause the story"),
                          lambda s, _o: stories.pause(s, self.ctx.clock.now()))

    def resume_story(self, story_id: int) -> ChangeSet:
        return self._live(story_id, N_("Carry on with the story"),
                          lambda s, _o: stories.resume(s, self.ctx.clock.now()))

    def end_story(self, story_id: int) -> ChangeSet:
        return self._live(story_id, N_("End the story"),
                          lambda s, _o: stories.finish(s, self.ctx.clock.now()))

    def settle(self, session_id: int) -> list[ChangeSet]:
        out = []
        for story in self.data.stories(session_id):
            if story.status is StoryStatus.TELLING and story.id is not None:
                change = self._live(story.id, N_("Stop a story left running"),
                                    lambda s, _o: stories.settle(s, self.ctx.clock.now()),
                                    undoable=False)
                if not change.empty:
                    out.append(change)
        return out

    def _live(self, story_id: int, label: str, move: Callable[[Story, list[Story]], Story], *,
              undoable: bool = True) -> ChangeSet:
        story = self.data.story(story_id)
        after = move(story, self.data.stories(story.session_id))
        old, new = story_row(story), story_row(dataclasses.replace(after, id=story.id))
        with self.ctx.change(label, undoable=undoable, session_id=story.session_id) as unit:
            changed = {k: v for k, v in new.items() if old[k] != v}
            if changed:
                unit.update("story", story_id, **changed)
        return self.done(unit)
