"""The handout's stories and speaking balance (from power levelling)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from coprod_desktop.domain.phases import Phase
from coprod_desktop.domain.records import Group, WordsUse
from coprod_desktop.export.charts import Pair, paired_bars
from coprod_desktop.export.document import heading
from coprod_desktop.export.gather import SessionData
from coprod_desktop.export.handout_board import note_cards
from coprod_desktop.export.small_counts import NOT_SHOWN, POOLED, shares_to_print
from coprod_desktop.export.styles import Styles
from coprod_desktop.export.text import para, plural


def stories(data: SessionData, st: Styles, _width: float) -> list[Flowable]:
    found = data.levelling
    if not (found.stories or found.kept_in_room):
        return []
    parts: list[Flowable] = [heading("Stories we heard", st, Phase.EMPATHY.colour)]
    if found.stories:
        parts.append(para("Shared here as each teller chose: with their name, or without it.",
                          st.body))
    for number, story in enumerate(found.stories, 1):
        parts.append(heading(story.title or f"Story {number}", st, Phase.EMPATHY.colour, level=1))
        if story.consent is WordsUse.NAMED and story.teller_name:
            parts.append(para(f"Told by {story.teller_name}", st.body))
        else:
            parts.append(para("Shared without a name", st.quiet))
        if story.prompt:
            parts.append(para(f"Prompt: {story.prompt}", st.quiet))
        if story.heard:
            parts.append(para("What listeners heard:", st.body))
            parts += note_cards(list(story.heard), ["white"] * len(story.heard), st)
    if found.kept_in_room:
        kept = plural(found.kept_in_room, "story was", "stories were")
        parts.append(para(f"{kept} kept in the room, as the tellers asked.", st.quiet))
    return parts


def speaking(data: SessionData, st: Styles, width: float) -> list[Flowable]:
    found = data.levelling
    if not found.shares:
        return []
    minutes = round(found.talk_s / 60)
    parts: list[Flowable] = [
        heading("Who spoke in open discussion", st, Phase.IDEATION.colour),
        para(f"{plural(minutes, 'minute')} of open discussion were recorded. Each group's share "
             "of the talk beside its share of the people in the room:", st.body)]
    shares, pooled, held_back = shares_to_print(found.shares)
    rows = [(s.group.label, s.room_share, s.talk_share, s.group.colour) for s in shares]
    if pooled is not None:
        rows.append((POOLED, pooled.room_share, pooled.talk_share, Group.OTHER.colour))
    if st.charts and rows:  # the heading, the sentence and the chart stay on one page
        parts = [KeepTogether([*parts, paired_bars(
            [Pair(*row) for row in rows], width, st.body_size, "People", "Talk")])]
    else:
        parts += [para(f"{label}: {round(room * 100)}% of the people, "
                       f"{round(talk * 100)}% of the talk.", st.body)
                  for label, room, talk, _colour in rows]
    if held_back:
        parts.append(para(NOT_SHOWN, st.quiet))
    return parts
