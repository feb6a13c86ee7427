"""What exports show of power levelling: stories their tellers let out, and who spoke how much.

Stories come only through `LevellingReader.stories_for_export`, which never returns a story kept
in the room and names a teller only if they chose that and agreed to their name being printed.
The speaking balance is by group, never by person.
"""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.domain.levelling import ExportStory, StoryStatus
from coprod_desktop.facilitation.speaking import GroupShare, balance
from coprod_desktop.store.levelling_reader import LevellingReader
from coprod_desktop.store.reader import Reader


@dataclass(frozen=True)
class Levelling:
    stories: list[ExportStory]  # told, and allowed out
    kept_in_room: int  # told stories that stay in the room (only counted)
    shares: list[GroupShare]  # open discussion by group; empty if nothing was recorded
    talk_s: float


def levelling(reader: Reader, session_id: int) -> Levelling:
    data = LevellingReader(reader.db)
    stories = data.stories_for_export(session_id)
    told = sum(s.status is StoryStatus.TOLD for s in data.stories(session_id))
    segments = data.segments(session_id)
    shares: list[GroupShare] = []
    if segments:
        # A segment still open counts up to the last moment the record knows about, not to
        # whenever the export happens to run.
        last = max(s.ended_at or s.started_at for s in segments)
        shares = balance(segments, data.attended(session_id), last)
    return Levelling(stories, max(0, told - len(stories)), shares,
                     sum(share.talk_s for share in shares))
