"""The claims sheet as a PDF for the finance team: totals, how long money has waited, and each
payee's claims. Same lines as the CSV (export.claims_sheet); same page, fonts and styles as every
other PDF the app makes (export.document, export.styles).

Written in the programme's handout language (`ClaimsSheet.language`, or `language` to choose),
like every other paper the programme hands out: words from the desktop catalogue, dates and
numbers from Babel for that language.
"""

from __future__ import annotations

import io
from collections import defaultdict
from datetime import date

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from coprod_desktop import i18n
from coprod_desktop.domain.money import WAIT_LATE_DAYS, ClaimStatus, ageing, pounds_text
from coprod_desktop.domain.phases import Phase
from coprod_desktop.export import dates
from coprod_desktop.export.claims_sheet import ClaimsSheet, SheetLine
from coprod_desktop.export.consent import group_words, numbered
from coprod_desktop.export.document import Document, heading, ruled_table
from coprod_desktop.export.styles import Layout, Paper, Styles, styles_for
from coprod_desktop.export.text import isolate, para
from coprod_desktop.i18n import _, count, number


def _right(style: ParagraphStyle) -> ParagraphStyle:
    """The same style, right-aligned: amounts and counts line up on the right."""
    found = _RIGHT.get(style.name)
    if found is None:
        found = _RIGHT[style.name] = ParagraphStyle(f"{style.name}.right", parent=style,
                                                    alignment=TA_RIGHT)
    return found


_RIGHT: dict[str, ParagraphStyle] = {}


def _day(on: date | None) -> str:
    """'20 Mar 2026' ('20 mar 2026' in Polish); '' for no date."""
    return "" if on is None else dates.short_day(on)


money = pounds_text  # '£1,234.50'; '1 234,50 £' in Polish


def _hours(minutes: int) -> str:
    """90 -> '1.5' ('1,5' in Polish)."""
    return number(round(minutes / 60, 2))


def claims_pdf(sheet: ClaimsSheet, paper: Paper = Paper.A4, language: str | None = None) -> bytes:
    with i18n.language(language or sheet.language):
        return _pdf(sheet, paper)


def _pdf(sheet: ClaimsSheet, paper: Paper) -> bytes:
    st = styles_for(Layout.STANDARD)
    buffer = io.BytesIO()
    made = dates.day_month_year(sheet.made_on)
    scope = _(sheet.scope)
    claims = _("Claims for payment")
    doc = Document(buffer, styles=st, paper=paper, title=f"{claims}: {scope}",
                   author=sheet.organisation or sheet.programme,
                   subject=f"{claims}: {sheet.programme}",
                   header=_("{programme} · Claims for payment, {date}").format(
                       programme=isolate(sheet.programme), date=made))
    story: list[Flowable] = [
        para(sheet.programme, st.quiet), para(claims, st.title),
        para(_("{scope}, as on {date}").format(scope=scope, date=made), st.subtitle),
        Spacer(1, st.gap * 0.5),
        para(_("For the finance team. People who agreed to be paid for their time are named; "
               "anyone else is shown by their number in this programme, the same number as in "
               "the attendance register. Days waited count from the claim to the day it was "
               "paid, or to {date} if it is not paid yet; more than {late} days is late.").format(
                   date=made, late=number(WAIT_LATE_DAYS)), st.body),
    ]
    story += _totals(sheet, st, doc.width)
    story += _by_payee(sheet.lines, st, doc.width)
    doc.render(story)
    return buffer.getvalue()


def _totals(sheet: ClaimsSheet, st: Styles, width: float) -> list[Flowable]:
    claims = [line.claim for line in sheet.lines]
    parts: list[Flowable] = [heading(_("Totals"), st, Phase.WELCOME.colour)]
    if not claims:
        return [*parts, para(_("There are no claims to show."), st.body)]
    rows: list[list[object]] = [[para(_("Where it is"), st.cell_bold),
                                 para(_("Claims"), _right(st.cell_bold)),
                                 para(_("Amount"), _right(st.cell_bold))]]
    for status in ClaimStatus:
        chosen = [c for c in claims if c.status is status]
        if chosen:
            rows.append([para(_(status.label), st.cell),
                         para(number(len(chosen)), _right(st.cell)),
                         para(money(sum(x.amount_pence for x in chosen)), _right(st.cell))])
    rows.append([para(_("All"), st.cell_bold), para(number(len(claims)), _right(st.cell_bold)),
                 para(money(sheet.total_pence), _right(st.cell_bold))])
    parts.append(ruled_table(rows, [width * w for w in (0.5, 0.2, 0.3)], st, right=(1, 2)))
    owed = ageing(claims, sheet.made_on)
    if any(owed.values()):
        parts.append(Spacer(1, st.gap * 0.6))
        parts.append(para(_("Not yet paid, by how long it has waited:"), st.body))
        wait: list[list[object]] = [[para(_("Waited"), st.cell_bold),
                                     para(_("Amount"), _right(st.cell_bold))]]
        wait += [[para(_(k), st.cell), para(money(v), _right(st.cell))] for k, v in owed.items()]
        parts.append(ruled_table(wait, [width * 0.5, width * 0.3], st))
    return parts


def _payee(line: SheetLine) -> str:
    """The payee's name and group if they agreed to be named, else their number and group."""
    if line.named:
        return _("{name} ({group})").format(name=isolate(line.payee),
                                             group=group_words(line.group_of))
    return numbered(line.number, line.group_of)


def _by_payee(lines: list[SheetLine], st: Styles, width: float) -> list[Flowable]:
    if not lines:
        return []
    grouped: dict[str, list[SheetLine]] = defaultdict(list)
    for line in lines:
        grouped[line.payee].append(line)
    parts: list[Flowable] = [
        heading(_("Claims by person"), st, Phase.DEFINE.colour),
        para(_("{people}, {claims}.").format(
            people=count("{n} person", "{n} people", len(grouped)),
            claims=count("{n} claim", "{n} claims", len(lines))), st.body)]
    widths = [width * w for w in (0.16, 0.23, 0.13, 0.13, 0.17, 0.18)]
    for mine in grouped.values():
        total = money(sum(line.claim.amount_pence for line in mine))
        parts += [CondPageBreak(st.body_size * 8),
                  para(_("{who}: {total}").format(who=_payee(mine[0]), total=total),
                       st.subheading)]
        numbers = (2, 3, 5)
        heads = (_("Claimed"), _("For"), _("Hours"), _("Amount"), _("Status"),
                 _("Days waited"))
        rows: list[list[object]] = [[para(h, _right(st.cell_bold) if i in numbers
                                          else st.cell_bold) for i, h in enumerate(heads)]]
        for line in mine:
            c = line.claim
            what = _(c.kind.label) + (f", {isolate(line.session)}" if line.session else "")
            if line.note:
                what += f" ({isolate(line.note)})"
            status = _(c.status.label) + (f" {_day(c.paid_on)}" if c.paid_on else "")
            cells = (_day(c.claimed_on), what, _hours(c.minutes) if c.minutes else "",
                     money(c.amount_pence), status, number(line.waited_days))
            rows.append([para(x, _right(st.cell) if i in numbers else st.cell)
                         for i, x in enumerate(cells)])
        parts.append(ruled_table(rows, widths, st, right=(2, 3, 5)))
    return parts
