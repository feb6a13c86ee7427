"""The attendance register: who came to which session and for how long, for reward payments.

Only people who agreed are named; everyone else is "Person 14 (parent or carer)", the same
number in every register and export of the programme, so payments can still be matched up by
whoever holds the sign-in sheet.
"""

from __future__ import annotations

from collections import defaultdict
from typing import BinaryIO

from babel.numbers import format_decimal
from reportlab.platypus import Flowable, Spacer, Table

from coprod_desktop.domain.phases import Phase
from coprod_desktop.export import dates, gather
from coprod_desktop.export.document import Document, Progress, heading, ruled_table
from coprod_desktop.export.gather import Visit
from coprod_desktop.export.styles import Layout, Paper, Styles, styles_for
from coprod_desktop.export.text import group_label, isolate, para
from coprod_desktop.i18n import _, babel_locale, count, current, number
from coprod_desktop.store.reader import Reader


def hours_text(hours: float) -> str:
    """1.5 -> '1.5', 2.0 -> '2', 0.25 -> '0.25' (in Polish '1,5': the PDF's language)."""
    return format_decimal(round(hours, 2), format="0.##", locale=babel_locale(current()))


def build_register(reader: Reader, session_id: int | None, paper: Paper, target: BinaryIO,
                   progress: Progress | None = None) -> None:
    programme = reader.programme()
    st = styles_for(Layout.STANDARD)
    if session_id is None:
        scope = _("All sessions")
        visits = gather.visits(reader)
        sessions = reader.sessions()
        if sessions:
            first, last = sessions[0].date, sessions[-1].date
            scope = _("All sessions, {first} to {last}").format(
                first=dates.day_month_year(first), last=dates.day_month_year(last))
    else:
        session = reader.session(session_id)
        scope = f"{isolate(session.title)}, {gather.when(session)}"
        visits = gather.visits(reader, [session_id])
    if progress:
        progress(0.15, "Arranging the register")
    register = _("Attendance register")
    doc = Document(target, styles=st, paper=paper, title=f"{register}: {scope}",
                   author=programme.organisation or programme.title,
                   subject=f"{register}: {programme.title}",
                   header=f"{isolate(programme.title)} · {register}", progress=progress)
    story: list[Flowable] = [
        para(programme.title, st.quiet), para(register, st.title),
        para(scope, st.subtitle), Spacer(1, st.gap * 0.5),
        para(_("For reward and recognition payments. Names are printed only for people who "
               "agreed. Everyone else is shown by a number, which stays the same in every "
               "register and export of this programme. Hours are the session's planned length, "
               "or less if the person signed out early."), st.body),
    ]
    story += _visits_table(visits, st, doc.width, whole=session_id is None)
    if session_id is None and visits:
        story += _totals(visits, st, doc.width)
    doc.render(story)


def _table(rows: list[list[object]], widths: list[float], st: Styles) -> Table:
    return ruled_table(rows, widths, st)


def _visits_table(visits: list[Visit], st: Styles, width: float, *, whole: bool) -> list[Flowable]:
    parts: list[Flowable] = [heading(_("Who came"), st, Phase.WELCOME.colour)]
    if not visits:
        return [*parts, para(_("Nobody has signed in yet, so there is nothing to pay."), st.body)]
    total = sum(v.hours for v in visits)
    parts.append(para(_("{visits}, {hours} hours in all.").format(
        visits=count("{n} attendance", "{n} attendances", len(visits)),
        hours=hours_text(total)), st.body))
    head = ([_("Date"), _("Session"), _("Name"), _("Group"), _("Hours")] if whole
            else [_("Name"), _("Group"), _("Hours")])
    rows: list[list[object]] = [[para(h, st.cell_bold) for h in head]]
    for visit in visits:
        cells = [visit.name, group_label(visit.person.group), hours_text(visit.hours)]
        if whole:
            cells = [dates.short_day(visit.session.date), visit.session.title, *cells]
        rows.append([para(c, st.cell) for c in cells])
    widths = ([0.17, 0.23, 0.27, 0.19, 0.14] if whole else [0.53, 0.3, 0.17])
    return [*parts, _table(rows, [width * w for w in widths], st)]


def _totals(visits: list[Visit], st: Styles, width: float) -> list[Flowable]:
    per_person: dict[int, list[Visit]] = defaultdict(list)
    for visit in visits:
        per_person[visit.person.id].append(visit)
    ordered = sorted(per_person.values(), key=lambda vs: (vs[0].name.casefold(), vs[0].person.id))
    rows: list[list[object]] = [[para(h, st.cell_bold)
                                 for h in (_("Name"), _("Group"), _("Sessions"), _("Hours"))]]
    for person_visits in ordered:
        first = person_visits[0]
        rows.append([para(c, st.cell) for c in (
            first.name, group_label(first.person.group), number(len(person_visits)),
            hours_text(sum(v.hours for v in person_visits)))])
    return [heading(_("Totals for each person"), st, Phase.CELEBRATION.colour),
            para(count("{n} person came to at least one session.",
                       "{n} people came to at least one session.", len(ordered)), st.body),
            _table(rows, [width * w for w in (0.45, 0.27, 0.14, 0.14)], st)]
