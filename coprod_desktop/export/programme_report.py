"""The programme report: every session, attendance over time by group, and the focus.

Later features (actions and rapid tests, the 100-day review) add their sections here.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from coprod_desktop.domain.actions import ActionStatus
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.phases import Phase
from coprod_desktop.domain.rapid_tests import TestStage
from coprod_desktop.domain.records import Programme, Session
from coprod_desktop.export import checkout_report, dates, gather, plan_data, reach_report, said_did
from coprod_desktop.export.charts import Column, stacked_columns
from coprod_desktop.export.document import Document, Progress, heading
from coprod_desktop.export.gather import Visit
from coprod_desktop.export.handout_plan import action_line
from coprod_desktop.export.small_counts import (
    DIFFERENT_PEOPLE,
    group_breakdown,
    people_count,
    pooled_label,
)
from coprod_desktop.export.styles import PALE, RULE, Layout, Paper, Styles, styles_for
from coprod_desktop.export.text import group_label, isolate, join_names, para, para_markup
from coprod_desktop.i18n import N_, _, count, number
from coprod_desktop.store.board_reader import BoardReader
from coprod_desktop.store.programme_reader import ProgrammeReader
from coprod_desktop.store.reader import Reader


def build_programme_report(reader: Reader, paper: Paper, target: BinaryIO,
                           progress: Progress | None = None) -> None:
    programme = reader.programme()
    sessions = reader.sessions()
    visits = gather.visits(reader)
    note_counts = {r["session_id"]: r["n"] for r in reader.db.query(
        "SELECT session_id, count(*) AS n FROM note WHERE hidden = 0 GROUP BY session_id")}
    if progress:
        progress(0.15, "Arranging the report")
    st = styles_for(Layout.STANDARD)
    report = _("Programme report")
    doc = Document(target, styles=st, paper=paper, title=f"{report}: {programme.title}",
                   author=programme.organisation or programme.title,
                   subject=report, header=f"{isolate(programme.title)} · {report}",
                   progress=progress)
    story: list[Flowable] = [*_title(programme, st)]
    story += [heading(_("Sessions"), st, Phase.WELCOME.colour)]
    if not sessions:
        story.append(para(_("No sessions have been added yet."), st.body))
    else:
        held = {v.session.id for v in visits}
        story.append(para(count("{n} session in the programme, {held} held so far.",
                                "{n} sessions in the programme, {held} held so far.",
                                len(sessions), held=number(len(held))), st.body))
        rows: list[list[object]] = [[para(h, st.cell_bold) for h in
                                     (_("Date"), _("Session"), _("People"), _("Notes"))]]
        people = Counter(v.session.id for v in visits)
        for session in sessions:
            rows.append([para(c, st.cell) for c in (
                dates.short_weekday(session.date), session.title, number(people[session.id]),
                number(note_counts.get(session.id, 0)))])
        story.append(_table(rows, [doc.width * w for w in (0.24, 0.46, 0.13, 0.17)], st))
    story += _attendance(visits, st, doc.width)
    story += _focus(reader, programme, sessions, st)
    story += _actions(reader, st)
    story += _tests(reader, st)
    story += said_did.report_section(reader, st)
    story += reach_report.report_section(reader, st, doc.width)
    story += checkout_report.report_section(reader, st, doc.width)
    doc.render(story)


def _actions(reader: Reader, st: Styles) -> list[Flowable]:
    lines = plan_data.actions(reader)
    parts: list[Flowable] = [heading(_("Actions"), st, Phase.CLOSE.colour)]
    if not lines:
        return [*parts, para(_("No actions have been agreed yet."), st.body)]
    states = Counter(line.action.status for line in lines)
    today = date.today()  # this computer's date: the report says where things stand now
    overdue = [line for line in lines if line.action.overdue_on(today)]
    summary = count("{n} action: {open} open, {done} done, {dropped} dropped",
                    "{n} actions: {open} open, {done} done, {dropped} dropped", len(lines),
                    open=number(states[ActionStatus.OPEN]),
                    done=number(states[ActionStatus.DONE]),
                    dropped=number(states[ActionStatus.DROPPED]))
    if overdue:
        summary = _("{summary}; {late} past their date.").format(summary=summary,
                                                               late=number(len(overdue)))
    else:
        summary += "."
    parts.append(para(summary, st.body))
    open_lines = [line for line in lines if line.action.open]
    if open_lines:
        parts.append(para(_("Still to do:"), st.subheading))
    for line in open_lines:
        parts += action_line(line, st)
        if line in overdue:
            parts.append(para(_("Past its date."), st.quiet))
    return parts


_STAGE_WORDS = {TestStage.PLAN: N_("Being planned"), TestStage.DO: N_("Being tried now"),
                TestStage.STUDY: N_("Looking at what happened"),
                TestStage.ACT: N_("Deciding what next")}
_STAGE_NAMES = {TestStage.PLAN: N_("plan"), TestStage.DO: N_("do"), TestStage.STUDY: N_("study"),
                TestStage.ACT: N_("act")}
_DECISIONS = {"adopt": N_("Adopted"), "adapt": N_("Adapted"), "abandon": N_("Abandoned")}


def _tests(reader: Reader, st: Styles) -> list[Flowable]:
    tests = ProgrammeReader(reader.db).rapid_tests()
    parts: list[Flowable] = [heading(_("Rapid tests"), st, Phase.TESTING.colour)]
    if not tests:
        return [*parts, para(_("No rapid tests have been planned yet."), st.body)]
    stages = Counter(t.stage for t in tests if t.decision is None)
    at_stages = ", ".join(_("{n} at {stage}").format(n=number(stages[s]),
                                                    stage=_(_STAGE_NAMES[s])) for s in TestStage)
    parts.append(para(count("{n} test: {stages}.", "{n} tests: {stages}.", len(tests),
                            stages=at_stages), st.body))
    for test in tests:
        state = (_(_DECISIONS[test.decision.value]) if test.decision
                 else _(_STAGE_WORDS[test.stage]))
        parts.append(para(test.title, st.subheading))
        parts.append(para(state, st.body))
        if test.learned:
            parts.append(para_markup(_("<b>What we learned:</b> {}"), st.body, test.learned))
    return parts


def _focus(reader: Reader, programme: Programme, sessions: list[Session],
           st: Styles) -> list[Flowable]:
    parts: list[Flowable] = [heading(_("Focus"), st, Phase.DEFINE.colour),
                             para(programme.focus, st.subheading) if programme.focus else
                             para(_("No focus has been set for the whole programme yet."),
                                  st.body)]
    board = BoardReader(reader.db)
    chosen = [(s, board.settings(s.id).focus) for s in sessions]
    chosen = [(s, focus) for s, focus in chosen if focus]
    if chosen:
        parts.append(para(_("What each session chose to work on:"), st.body))
        parts += [para_markup("<b>{}</b>: {}", st.body, dates.short_day(s.date), focus)
                  for s, focus in chosen]
    return parts


def _title(programme: Programme, st: Styles) -> list[Flowable]:
    parts: list[Flowable] = [para(_("Programme report"), st.quiet),
                             para(programme.title, st.title)]
    if programme.organisation:
        parts.append(para(programme.organisation, st.subtitle))
    if programme.start_date:
        end = programme.start_date + timedelta(days=programme.length_days - 1)
        parts.append(para(count("{n} day: {start} to {end}", "{n} days: {start} to {end}",
                                programme.length_days,
                                start=dates.day_month_year(programme.start_date),
                                end=dates.day_month_year(end)), st.subtitle))
    parts.append(Spacer(1, st.gap * 0.5))
    return parts


def _table(rows: list[list[object]], widths: list[float], st: Styles) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), PALE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), st.body_size * 0.3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), st.body_size * 0.3)]))
    return table


def _attendance(visits: list[Visit], st: Styles, width: float) -> list[Flowable]:
    parts: list[Flowable] = [heading(_("Attendance over time"), st, Phase.EMPATHY.colour)]
    if not visits:
        return [*parts, para(_("Nobody has signed in to a session yet."), st.body)]
    by_session: dict[int, Counter[Group]] = {}
    titles: dict[int, str] = {}
    for visit in visits:
        by_session.setdefault(visit.session.id, Counter())[visit.person.group] += 1
        titles[visit.session.id] = dates.short_day_month(visit.session.date)
    people = {v.person.id: v.person.group for v in visits}
    unique = Counter(people.values())
    different = people_count(len(people), DIFFERENT_PEOPLE)
    parts.append(para(_("{people} came to at least one session: {groups}.").format(
        people=different[0].upper() + different[1:],
        groups=join_names(group_breakdown(unique).words())), st.body))
    breakdowns = {sid: group_breakdown(counts) for sid, counts in by_session.items()}
    if st.charts:  # groups too small to print on their own are one part, all together
        columns = [Column(titles[sid], b.parts()) for sid, b in breakdowns.items()]
        parts.append(stacked_columns(columns, width, 62 * mm, st.body_size * 0.85))
        parts.append(Spacer(1, st.gap * 0.4))
        colours = [f"{group_label(g)} {_colour_name(g)}" for g in Group]
        if any(b.pooled for b in breakdowns.values()):
            colours.append(_("{smaller_groups} light grey").format(smaller_groups=pooled_label()))
        parts.append(para(_("Colours: {colours}.").format(colours=", ".join(colours)), st.quiet))
    for sid, counts in by_session.items():
        parts.append(para(f"{isolate(titles[sid])}: {people_count(sum(counts.values()))} (" + ", ".join(
            breakdowns[sid].words()) + ")", st.body))
    return parts


def _colour_name(group: Group) -> str:
    return _({Group.PARENT_CARER: N_("orange"), Group.YOUNG_PERSON: N_("sky blue"),
              Group.STAFF: N_("green"), Group.VOLUNTARY: N_("pink"),
              Group.OTHER: N_("grey")}[group])
