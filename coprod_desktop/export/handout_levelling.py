"""The handout's stories and speaking balance (from power levelling)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from coprod_desktop.domain.phases import Phase
from coprod_desktop.domain.records import Group, WordsUse
from coprod_desktop.export.charts import Pair, paired_bars
from coprod_desktop.export.document import heading
from coprod_desktop.export.gather import SessionData
from coprod_desktop.export.handout_board import note_cards
from coprod_desktop.export.small_counts import not_shown, pooled_label, shares_to_print
from coprod_desktop.export.styles import Styles
from coprod_desktop.export.text import group_label, para, para_markup
from coprod_desktop.i18n import _, count


def stories(data: SessionData, st: Styles, _width: float) -> list[Flowable]:
    found = data.levelling
    if not (found.stories or found.kept_in_room):
        return []
    parts: list[Flowable] = [heading(_("Stories we heard"), st, Phase.EMPATHY.colour)]
    if found.stories:
        parts.append(para(_("Shared here as each teller chose: with their name, or without it."),
                          st.body))
    for place, story in enumerate(found.stories, 1):
        title = story.title or _("Story {number}").format(number=place)
        parts.append(heading(title, st, Phase.EMPATHY.colour, level=1))
        if story.consent is WordsUse.NAMED and story.teller_name:
            parts.append(para_markup(_("Told by {}"), st.body, story.teller_name))
        else:
            parts.append(para(_("Shared without a name"), st.quiet))
        if story.prompt:
            parts.append(para_markup(_("Prompt: {}"), st.quiet, story.prompt))
        if story.heard:
            parts.append(para(_("What listeners heard:"), st.body))
            parts += note_cards(list(story.heard), ["white"] * len(story.heard), st)
    if found.kept_in_room:
        parts.append(para(count("{n} story was kept in the room, as the teller asked.",
                                "{n} stories were kept in the room, as the tellers asked.",
                                found.kept_in_room), st.quiet))
    return parts


def speaking(data: SessionData, st: Styles, width: float) -> list[Flowable]:
    found = data.levelling
    if not found.shares:
        return []
    minutes = round(found.talk_s / 60)
    parts: list[Flowable] = [
        heading(_("Who spoke in open discussion"), st, Phase.IDEATION.colour),
        para(count("{n} minute of open discussion was recorded. Each group's share of the talk "
                   "beside its share of the people in the room:",
                   "{n} minutes of open discussion were recorded. Each group's share of the talk "
                   "beside its share of the people in the room:", minutes), st.body)]
    shares, pooled, held_back = shares_to_print(found.shares)
    rows = [(group_label(s.group), s.room_share, s.talk_share, s.group.colour) for s in shares]
    if pooled is not None:
        rows.append((pooled_label(), pooled.room_share, pooled.talk_share, Group.OTHER.colour))
    if st.charts and rows:  # the heading, the sentence and the chart stay on one page
        parts = [KeepTogether([*parts, paired_bars(
            [Pair(*row) for row in rows], width, st.body_size, _("People"), _("Talk"))])]
    else:
        parts += [para(_("{label}: {room} of the people, {talk} of the talk.").format(
                       label=label, room=f"{round(room * 100)}%", talk=f"{round(talk * 100)}%"),
                       st.body)
                  for label, room, talk, _colour in rows]
    if held_back:
        parts.append(para(not_shown(), st.quiet))
    return parts
