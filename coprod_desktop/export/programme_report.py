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
from coprod_desktop.export import dates, gather, plan_data, reach_report, said_did
from coprod_desktop.export.charts import Column, stacked_columns
from coprod_desktop.export.document import Document, Progress, heading
from coprod_desktop.export.gather import Visit
from coprod_desktop.export.handout_plan import action_line
from coprod_desktop.export.small_counts import (
    DIFFERENT_PEOPLE,
    group_count_words,
    group_counts,
    people_count,
)
from coprod_desktop.export.styles import PALE, RULE, Layout, Paper, Styles, styles_for
from coprod_desktop.export.text import join_names, para, para_markup, plural
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
    doc = Document(target, styles=st, paper=paper, title=f"Programme report: {programme.title}",
                   author=programme.organisation or programme.title,
                   subject="Programme report", header=f"{programme.title} · Programme report",
                   progress=progress)
    story: list[Flowable] = [*_title(programme, st)]
    story += [heading("Sessions", st, Phase.WELCOME.colour)]
    if not sessions:
        story.append(para("No sessions have been added yet.", st.body))
    else:
        held = {v.session.id for v in visits}
        story.append(para(f"{plural(len(sessions), 'session')} in the programme, "
                          f"{len(held):,} held so far.", st.body))
        rows: list[list[object]] = [[para(h, st.cell_bold) for h in
                                     ("Date", "Session", "People", "Notes")]]
        people = Counter(v.session.id for v in visits)
        for session in sessions:
            rows.append([para(c, st.cell) for c in (
                f"{session.date:%a %d %b %Y}", session.title, f"{people[session.id]:,}",
                f"{note_counts.get(session.id, 0):,}")])
        story.append(_table(rows, [doc.width * w for w in (0.25, 0.5, 0.12, 0.13)], st))
    story += _attendance(visits, st, doc.width)
    story += _focus(reader, programme, sessions, st)
    story += _actions(reader, st)
    story += _tests(reader, st)
    story += said_did.report_section(reader, st)
    story += reach_report.report_section(reader, st, doc.width)
    doc.render(story)


def _actions(reader: Reader, st: Styles) -> list[Flowable]:
    lines = plan_data.actions(reader)
    parts: list[Flowable] = [heading("Actions", st, Phase.CLOSE.colour)]
    if not lines:
        return [*parts, para("No actions have been agreed yet.", st.body)]
    count = Counter(line.action.status for line in lines)
    today = date.today()  # this computer's date: the report says where things stand now
    overdue = [line for line in lines if line.action.overdue_on(today)]
    parts.append(para(f"{plural(len(lines), 'action')}: {count[ActionStatus.OPEN]:,} open, "
                      f"{count[ActionStatus.DONE]:,} done, {count[ActionStatus.DROPPED]:,} dropped"
                      + (f"; {len(overdue):,} past their date." if overdue else "."), st.body))
    open_lines = [line for line in lines if line.action.open]
    if open_lines:
        parts.append(para("Still to do:", st.subheading))
    for line in open_lines:
        parts += action_line(line, st)
        if line in overdue:
            parts.append(para("Past its date.", st.quiet))
    return parts


_STAGE_WORDS = {TestStage.PLAN: "Being planned", TestStage.DO: "Being tried now",
                TestStage.STUDY: "Looking at what happened", TestStage.ACT: "Deciding what next"}


def _tests(reader: Reader, st: Styles) -> list[Flowable]:
    tests = ProgrammeReader(reader.db).rapid_tests()
    parts: list[Flowable] = [heading("Rapid tests", st, Phase.TESTING.colour)]
    if not tests:
        return [*parts, para("No rapid tests have been planned yet.", st.body)]
    stages = Counter(t.stage for t in tests if t.decision is None)
    parts.append(para(f"{plural(len(tests), 'test')}: " + ", ".join(
        f"{stages[s]:,} at {s.label.lower()}" for s in TestStage) + ".", st.body))
    for test in tests:
        state = test.decision.label if test.decision else _STAGE_WORDS[test.stage]
        parts.append(para(test.title, st.subheading))
        parts.append(para(state, st.body))
        if test.learned:
            parts.append(para_markup("<b>What we learned:</b> {}", st.body, test.learned))
    return parts


def _focus(reader: Reader, programme: Programme, sessions: list[Session],
           st: Styles) -> list[Flowable]:
    parts: list[Flowable] = [heading("Focus", st, Phase.DEFINE.colour),
                             para(programme.focus, st.subheading) if programme.focus else
                             para("No focus has been set for the whole programme yet.", st.body)]
    board = BoardReader(reader.db)
    chosen = [(s, board.settings(s.id).focus) for s in sessions]
    chosen = [(s, focus) for s, focus in chosen if focus]
    if chosen:
        parts.append(para("What each session chose to work on:", st.body))
        parts += [para_markup("<b>{}</b>: {}", st.body, f"{s.date:%d %b %Y}", focus)
                  for s, focus in chosen]
    return parts


def _title(programme: Programme, st: Styles) -> list[Flowable]:
    parts: list[Flowable] = [para("Programme report", st.quiet), para(programme.title, st.title)]
    if programme.organisation:
        parts.append(para(programme.organisation, st.subtitle))
    if programme.start_date:
        end = programme.start_date + timedelta(days=programme.length_days - 1)
        parts.append(para(f"{programme.length_days} days: {dates.day_month_year(programme.start_date)} to "
                          f"{dates.day_month_year(end)}", st.subtitle))
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
    parts: list[Flowable] = [heading("Attendance over time", st, Phase.EMPATHY.colour)]
    if not visits:
        return [*parts, para("Nobody has signed in to a session yet.", st.body)]
    by_session: dict[int, Counter[Group]] = {}
    titles: dict[int, str] = {}
    for visit in visits:
        by_session.setdefault(visit.session.id, Counter())[visit.person.group] += 1
        titles[visit.session.id] = f"{visit.session.date:%d %b}"
    people = {v.person.id: v.person.group for v in visits}
    unique = Counter(people.values())
    different = people_count(len(people), DIFFERENT_PEOPLE)
    parts.append(para(f"{different[0].upper()}{different[1:]} came to at least one session: "
                      + join_names(group_count_words(g, n) for g, n in group_counts(unique))
                      + ".", st.body))
    if st.charts:  # a group too small to print has no height of its own: it would tell the number
        columns = [Column(titles[sid], [(n or 0, g.colour) for g, n in group_counts(counts)])
                   for sid, counts in by_session.items()]
        parts.append(stacked_columns(columns, width, 62 * mm, st.body_size * 0.85))
        parts.append(Spacer(1, st.gap * 0.4))
        parts.append(para("Colours: " + ", ".join(
            f"{g.label} {_colour_name(g)}" for g in Group) + ".", st.quiet))
    for sid, counts in by_session.items():
        parts.append(para(f"{titles[sid]}: {people_count(sum(counts.values()))} (" + ", ".join(
            group_count_words(g, n) for g, n in group_counts(counts)) + ")", st.body))
    return parts


def _colour_name(group: Group) -> str:
    return {Group.PARENT_CARER: "orange", Group.YOUNG_PERSON: "sky blue", Group.STAFF: "green",
            Group.VOLUNTARY: "pink", Group.OTHER: "grey"}[group]
