"""Read-only questions about the story queue as a phone sees it.

When may phones join the queue? While the agenda's current activity is a story activity (its tool
is the story queue), or whenever the facilitator has ticked "Phones can join the story queue" in
the Stories panel. Someone already in the queue always sees their place, so they can leave it.
"""

from __future__ import annotations

from coprod_desktop.domain.agenda import RunState
from coprod_desktop.domain.levelling import Story, StoryStatus
from coprod_desktop.domain.methods import Tool
from coprod_desktop.store.agenda_reader import AgendaReader
from coprod_desktop.store.database import Queries
from coprod_desktop.store.levelling_reader import LevellingReader
from coprod_desktop.store.phone_reader import PhoneReader


class PhoneStoryReader:
    def __init__(self, db: Queries) -> None:
        self.db = db

    def story_activity_running(self, session_id: int) -> bool:
        agenda = AgendaReader(self.db).agenda(session_id)
        current = agenda.current
        return (agenda.state in (RunState.RUNNING, RunState.PAUSED) and current is not None
                and current.tool is Tool.STORIES)

    def open_to_phones(self, session_id: int) -> bool:
        """May a phone add its person to this session's story queue now?"""
        room = PhoneReader(self.db).room(session_id)
        if room is None or not room.room_open:
            return False
        return room.stories_open or self.story_activity_running(session_id)

    def own_story(self, session_id: int, attendee_id: int) -> Story | None:
        """This person's story still to come or being told now (the latest, if several)."""
        mine = [s for s in LevellingReader(self.db).stories(session_id)
                if s.teller_id == attendee_id and s.status is not StoryStatus.TOLD]
        return max(mine, key=lambda s: s.id or 0) if mine else None

    def place(self, story: Story) -> int:
        """1 for the next story to be told; 0 while it is being told."""
        if story.status is StoryStatus.TELLING:
            return 0
        waiting = sorted((s for s in LevellingReader(self.db).stories(story.session_id)
                          if s.status is StoryStatus.WAITING), key=lambda s: (s.position, s.id or 0))
        return 1 + [s.id for s in waiting].index(story.id)
