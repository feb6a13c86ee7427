"""The claims sheet as a PDF for the finance team: totals, how long money has waited, and each
payee's claims. Same lines as the CSV (export.claims_sheet); same page, fonts and styles as every
other PDF the app makes (export.document, export.styles)."""

from __future__ import annotations

import io
from collections import defaultdict
from datetime import date

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from coprod_desktop.domain.money import WAIT_LATE_DAYS, ClaimStatus, ageing, hours_text, pounds
from coprod_desktop.domain.phases import Phase
from coprod_desktop.export import dates
from coprod_desktop.export.claims_sheet import ClaimsSheet, SheetLine
from coprod_desktop.export.document import Document, heading, ruled_table
from coprod_desktop.export.styles import Layout, Paper, Styles, styles_for
from coprod_desktop.export.text import para, plural


def _right(style: ParagraphStyle) -> ParagraphStyle:
    """The same style, right-aligned: amounts and counts line up on the right."""
    found = _RIGHT.get(style.name)
    if found is None:
        found = _RIGHT[style.name] = ParagraphStyle(f"{style.name}.right", parent=style,
                                                    alignment=TA_RIGHT)
    return found


_RIGHT: dict[str, ParagraphStyle] = {}


def _day(on: date | None) -> str:
    return "" if on is None else f"{on.day} {on:%b %Y}"


def claims_pdf(sheet: ClaimsSheet, paper: Paper = Paper.A4) -> bytes:
    st = styles_for(Layout.STANDARD)
    buffer = io.BytesIO()
    made = dates.plain_day_month_year(sheet.made_on)
    doc = Document(buffer, styles=st, paper=paper, title=f"Claims for payment: {sheet.scope}",
                   author=sheet.organisation or sheet.programme,
                   subject=f"Claims for payment: {sheet.programme}",
                   header=f"{sheet.programme} · Claims for payment, {made}")
    story: list[Flowable] = [
        para(sheet.programme, st.quiet), para("Claims for payment", st.title),
        para(f"{sheet.scope}, as on {made}", st.subtitle), Spacer(1, st.gap * 0.5),
        para("For the finance team. People who agreed to be paid for their time are named; "
             "anyone else is shown by their number in this programme, the same number as in the "
             "attendance register. Days waited count from the claim to the day it was paid, or "
             f"to {made} if it is not paid yet; more than {WAIT_LATE_DAYS} days is late.",
             st.body),
    ]
    story += _totals(sheet, st, doc.width)
    story += _by_payee(sheet.lines, st, doc.width)
    doc.render(story)
    return buffer.getvalue()


def _totals(sheet: ClaimsSheet, st: Styles, width: float) -> list[Flowable]:
    claims = [line.claim for line in sheet.lines]
    parts: list[Flowable] = [heading("Totals", st, Phase.WELCOME.colour)]
    if not claims:
        return [*parts, para("There are no claims to show.", st.body)]
    rows: list[list[object]] = [[para(h, st.cell_bold) for h in ("Where it is", "Claims",
                                                                 "Amount")]]
    for status in ClaimStatus:
        chosen = [c for c in claims if c.status is status]
        if chosen:
            rows.append([para(status.label, st.cell), para(str(len(chosen)), _right(st.cell)),
                         para(pounds(sum(x.amount_pence for x in chosen)), _right(st.cell))])
    rows.append([para("All", st.cell_bold), para(str(len(claims)), _right(st.cell_bold)),
                 para(pounds(sheet.total_pence), _right(st.cell_bold))])
    rows[0][1:] = [para(h, _right(st.cell_bold)) for h in ("Claims", "Amount")]
    parts.append(ruled_table(rows, [width * w for w in (0.5, 0.2, 0.3)], st, right=(1, 2)))
    owed = ageing(claims, sheet.made_on)
    if any(owed.values()):
        parts.append(Spacer(1, st.gap * 0.6))
        parts.append(para("Not yet paid, by how long it has waited:", st.body))
        wait = [[para(h, st.cell_bold) for h in ("Waited", "Amount")]]
        wait[0][1] = para("Amount", _right(st.cell_bold))
        wait += [[para(k, st.cell), para(pounds(v), _right(st.cell))] for k, v in owed.items()]
        parts.append(ruled_table(wait, [width * 0.5, width * 0.3], st))
    return parts


def _by_payee(lines: list[SheetLine], st: Styles, width: float) -> list[Flowable]:
    if not lines:
        return []
    grouped: dict[str, list[SheetLine]] = defaultdict(list)
    for line in lines:
        grouped[line.payee].append(line)
    parts: list[Flowable] = [heading("Claims by person", st, Phase.DEFINE.colour),
                             para(f"{plural(len(grouped), 'person', 'people')}, "
                                  f"{plural(len(lines), 'claim')}.", st.body)]
    widths = [width * w for w in (0.15, 0.27, 0.13, 0.14, 0.13, 0.18)]
    for payee, mine in grouped.items():
        total = pounds(sum(line.claim.amount_pence for line in mine))
        who = f"{payee} ({mine[0].group.lower()})" if mine[0].named else payee
        parts += [CondPageBreak(st.body_size * 8), para(f"{who}: {total}", st.subheading)]
        numbers = (2, 3, 5)
        heads = ("Claimed", "For", "Hours", "Amount", "Status", "Days waited")
        rows: list[list[object]] = [[para(h, _right(st.cell_bold) if i in numbers
                                          else st.cell_bold) for i, h in enumerate(heads)]]
        for line in mine:
            c = line.claim
            what = c.kind.label + (f", {line.session}" if line.session else "")
            if line.note:
                what += f" ({line.note})"
            status = c.status.label + (f" {_day(c.paid_on)}" if c.paid_on else "")
            cells = (_day(c.claimed_on), what, hours_text(c.minutes) if c.minutes else "",
                     pounds(c.amount_pence), status, str(line.waited_days))
            rows.append([para(x, _right(st.cell) if i in numbers else st.cell)
                         for i, x in enumerate(cells)])
        parts.append(ruled_table(rows, widths, st, right=(2, 3, 5)))
    return parts
