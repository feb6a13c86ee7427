"""The session handout: what happened and what comes next, in plain words.

Sections appear in the order a session runs. A section whose feature keeps no data yet is left
out; one whose data is empty says so plainly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from coprod_desktop.domain.phases import Phase
from coprod_desktop.domain.small_numbers import is_small
from coprod_desktop.export import gather, said_did
from coprod_desktop.export.board_data import Step
from coprod_desktop.export.document import heading
from coprod_desktop.export.gather import SessionData
from coprod_desktop.export.handout_board import board, votes_and_focus
from coprod_desktop.export.handout_levelling import speaking, stories
from coprod_desktop.export.handout_plan import actions, glossary, rapid_tests
from coprod_desktop.export.handout_polls import polls
from coprod_desktop.export.handout_questions import questions
from coprod_desktop.export.planned_poll_text import poll_line
from coprod_desktop.export.qr_drawing import qr_drawing
from coprod_desktop.export.small_counts import (
    POOLED_COLOUR,
    GroupBreakdown,
    fewer,
    group_breakdown,
    names_line,
    people_count,
    pooled_label,
)
from coprod_desktop.export.styles import RULE, Styles
from coprod_desktop.export.text import group_label, join_names, para, para_markup, phase_label
from coprod_desktop.i18n import _, count, number

Section = Callable[[SessionData, Styles, float], list[Flowable]]


def title_block(data: SessionData, st: Styles, _width: float) -> list[Flowable]:
    session = data.session
    parts: list[Flowable] = [
        para(data.programme.title, st.quiet),
        para(session.title, st.title),
        para(gather.when(session), st.subtitle),
    ]
    if session.venue:
        parts.append(para(session.venue, st.subtitle))
    parts.append(Spacer(1, st.gap * 0.5))
    parts.append(para(_("Thank you for coming. This is a record of the session: who came, what "
                        "we talked about and what happens next."), st.body))
    return parts


def who_came(data: SessionData, st: Styles, width: float) -> list[Flowable]:
    parts: list[Flowable] = [heading(_("Who came"), st, Phase.WELCOME.colour)]
    total = len(data.visits)
    if not total:
        parts.append(para(_("Nobody signed in to this session."), st.body))
        return parts
    breakdown = group_breakdown(data.group_counts)
    came = people_count(total)
    parts.append(para(_("{people} came: {groups}.").format(
        people=came[0].upper() + came[1:], groups=join_names(breakdown.words())), st.body))
    if st.charts:
        parts.append(_group_table(breakdown, st, width))
    if data.named:
        parts.append(Spacer(1, st.gap * 0.3))
        parts.append(para(_("People who agreed to have their name here:"), st.subheading))
        parts.append(para(join_names(data.named) + ".", st.body))
    line = names_line(len(data.named), data.unnamed, data.erased_count)
    if line:
        parts.append(para(line, st.quiet))
    return parts


def _group_table(breakdown: GroupBreakdown, st: Styles, width: float) -> Table:
    rows_in = [(group_label(g), n, g.colour) for g, n in breakdown.shown]
    if breakdown.pooled:
        rows_in.append((pooled_label(), breakdown.pooled, POOLED_COLOUR))
    top = max((n for _, n, _ in rows_in), default=1) or 1
    bar_room = width * 0.36
    rows = []
    for label, value, colour in rows_in:
        if is_small(value):  # no bar: its length would tell the number
            unbroken = fewer().replace(" ", "\u00a0")  # on one line
            rows.append([para(label, st.cell), para(unbroken, st.cell_bold), ""])
            continue
        rows.append([para(label, st.cell), para(number(value), st.cell_bold),
                     _Bar(bar_room * value / top, st.body_size * 0.9, colour)])
    # The count column fits "fewer than 3" on one line, in large print too.
    table = Table(rows, colWidths=[width * 0.33, width * 0.25, bar_room + 4], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), st.body_size * 0.35),
                               ("TOPPADDING", (0, 0), (-1, -1), st.body_size * 0.35),
                               ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE)]))
    return table


class _Bar(Flowable):
    def __init__(self, length: float, thickness: float, colour: str) -> None:
        super().__init__()
        self.length, self.thickness, self.colour = max(2.0, length), thickness, colour

    def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
        return self.length, self.thickness

    def draw(self) -> None:
        self.canv.setFillColor(colors.HexColor(self.colour))
        self.canv.rect(0, 0, self.length, self.thickness, stroke=0, fill=1)


def agenda(data: SessionData, st: Styles, width: float) -> list[Flowable]:
    """What we did, as the runner recorded it; before a session has run, what was planned."""
    steps = data.run.steps
    if not steps:
        return []
    run = data.run
    title = _("What we did") if run.was_run else _("What we planned to do")
    parts: list[Flowable] = [heading(title, st, Phase.WELCOME.colour)]
    if run.started_at is not None:
        line = _("We started at {start}.").format(start=gather.clock(run.started_at))
        if run.finished_at is not None:
            line = _("We started at {start} and finished at {end}.").format(
                start=gather.clock(run.started_at), end=gather.clock(run.finished_at))
        parts.append(para(line, st.body))
    rows = [["", _step_text(n, step, run.was_run, st)] for n, step in enumerate(steps, 1)]
    table = Table(rows, colWidths=[st.body_size * 0.6, width - st.body_size * 0.6], hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (1, 0), (1, -1), st.body_size * 0.8),
        ("TOPPADDING", (0, 0), (-1, -1), st.body_size * 0.4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), st.body_size * 0.4)]
    for n, step in enumerate(steps):
        commands.append(("BACKGROUND", (0, n), (0, n),
                         colors.HexColor(step.item.activity.phase.colour)))
    table.setStyle(TableStyle(commands))
    return [*parts, table]


def _step_text(n: int, step: Step, was_run: bool, st: Styles) -> Paragraph:
    activity = step.item.activity
    detail = [phase_label(activity.phase)]
    if step.method and step.method != activity.title:
        detail.append(step.method)
    planned = count("{n} minute", "{n} minutes", step.planned_minutes)
    started, ended = step.item.started_at, step.item.ended_at
    if not was_run:
        detail.append(planned)
    elif started is None:  # (not step.ran)
        detail.append(_("not reached (planned {minutes})").format(minutes=planned))
    elif ended is None or step.ran_minutes is None:
        detail.append(_("started at {time}").format(time=gather.clock(started)))
    else:
        detail.append(_("{start} to {end}, {minutes} (planned {planned})").format(
            start=gather.clock(started), end=gather.clock(ended),
            minutes=count("{n} minute", "{n} minutes", step.ran_minutes),
            planned=number(step.planned_minutes)))
    if step.poll is not None:  # a poll planned for it: what the room will be (or was) asked
        return para_markup("<b>{}. {}</b><br/>{}<br/>{}", st.cell, n, activity.title,
                           " · ".join(detail), poll_line(step.poll))
    return para_markup("<b>{}. {}</b><br/>{}", st.cell, n, activity.title, " · ".join(detail))


def next_meeting(data: SessionData, st: Styles, _width: float) -> list[Flowable]:
    parts: list[Flowable] = [heading(_("Next meeting"), st, Phase.CLOSE.colour)]
    upcoming = data.next_session
    if upcoming is None:
        parts.append(para(_("No next meeting is in the programme yet. We will let you know."),
                          st.body))
        return parts
    parts.append(para(upcoming.title, st.subheading))
    parts.append(para(gather.when(upcoming), st.body))
    if upcoming.venue:
        parts.append(para(upcoming.venue, st.body))
    return parts


def stay_in_touch(data: SessionData, st: Styles, _width: float) -> list[Flowable]:
    if data.link is None:
        return []
    size = 42 * mm if st.body_size < 16 else 60 * mm
    text = [para(data.link.label, st.subheading), para(data.link.url, st.body)]
    if st.charts:
        text.append(para(_("Point your phone's camera at the square code to open the link."),
                         st.quiet))
    block: list[Flowable] = [heading(_("Stay in touch"), st, Phase.CELEBRATION.colour), *text]
    block.append(_Qr(data.link.url, size))
    return [KeepTogether(block)]


class _Qr(Flowable):
    def __init__(self, url: str, size: float) -> None:
        super().__init__()
        self.drawing = qr_drawing(url, size)
        self.size = size
        self.hAlign = "LEFT"

    def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.drawing.drawOn(self.canv, 0, 0)


def about(data: SessionData, st: Styles, _width: float) -> list[Flowable]:
    return [Spacer(1, st.gap), para(
        _("Names are printed only for people who said yes. Stories are shared only in the way "
          "their tellers chose. Made by Coprod Desktop for {group}.").format(
            group=data.programme.organisation or _("the group")), st.quiet)]


SECTIONS: list[Section] = [title_block, who_came, agenda, board, votes_and_focus, stories,
                           questions, polls, actions, rapid_tests, said_did.handout_section, speaking,
                           glossary, next_meeting, stay_in_touch, about]


def handout_story(data: SessionData, st: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    for section in SECTIONS:
        story.extend(section(data, st, width))
    return story
