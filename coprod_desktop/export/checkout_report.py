"""The programme report's check-out: how the sessions felt, for parents and carers and for staff.

Across the programme, a chart of the share saying Yes to each question, parents and carers beside
staff; then each session in a table (shares only: each session's counts are in the CSV/JSON
tables). What is printed is what domain.checkout.programme_checkout allows for every export
together: a side with fewer than 3 answers is "not shown", and so is any programme-wide figure or
total that, read with the tables, would let a small group's be worked out. The answers never held
a name.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from coprod_desktop.domain.checkout import KEYS, QUESTIONS, ProgrammeCheckout, Side
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.phases import Phase
from coprod_desktop.domain.small_numbers import SMALL_NUMBER_THRESHOLD, Held
from coprod_desktop.export import dates
from coprod_desktop.export.charts import Pair, paired_bars
from coprod_desktop.export.checkout_data import programme_checkout
from coprod_desktop.export.document import heading
from coprod_desktop.export.small_counts import people_count
from coprod_desktop.export.styles import PALE, RULE, Styles
from coprod_desktop.export.text import para
from coprod_desktop.i18n import N_, Nn_, _, number
from coprod_desktop.store.reader import Reader

# The four statements, marked for the catalogue (the same words as domain/checkout.QUESTIONS).
_STATEMENTS = {
    "listened": N_("I felt listened to"),
    "could_say": N_("I could say what I wanted to"),
    "understood": N_("I understood the words people used"),
    "come_again": N_("I would come again"),
}
CHECK_OUTS = Nn_("{n} check-out", "{n} check-outs")


def statement(key: str) -> str:
    return _(_STATEMENTS.get(key, dict(QUESTIONS)[key]))
SIDES = (Side.PARENTS, Side.STAFF)


HIDDEN = N_("not shown")
CELL_PADDING = 6  # reportlab's table cells: 6 points left and right


def share_text(figures: ProgrammeCheckout, side: Side, key: str,
               session_id: int | None = None) -> str:
    """'80% Yes (of 5)' across the programme, '80% Yes' for a session (its count is in the
    CSV/JSON tables), 'no answers', or 'not shown' where the programme's check-out rule holds it
    back (domain.checkout.programme_checkout, the same for every export)."""
    if session_id is None:
        held, tally = figures.across[(side, key)], figures.across_tally(side, key)
    else:
        held = figures.answers[(session_id, side, key)]
        tally = figures.sessions[session_id].tallies[side][key]
    if held is not None:
        return _(HIDDEN)
    if not tally.answered:
        return _("no answers")
    share = number(round(100 * tally.yes_share))
    if session_id is not None:
        return _("{share}% Yes").format(share=share)
    return _("{share}% Yes (of {answered})").format(share=share, answered=number(tally.answered))


def report_section(reader: Reader, st: Styles, width: float) -> list[Flowable]:
    figures = programme_checkout(reader)
    if not figures.sessions:
        return []
    intro = (_("At the end of a session people answered four questions, on a phone or a paper "
               "slip, without their name: {check_outs} in all. Below, the share saying Yes, for "
               "parents and carers and for staff. Groups with fewer than {n} check-outs are not "
               "shown on their own, so no one can be picked out; nor is any number that would let "
               "theirs be worked out.").format(
                   check_outs=people_count(figures.people, CHECK_OUTS),
                   n=number(SMALL_NUMBER_THRESHOLD))
             if figures.total is not Held.PROTECTS else
             # The programme's check-outs less the sessions' would count a small group.
             _("At the end of a session people answered four questions, on a phone or a paper "
               "slip, without their name. Below, the share saying Yes, for parents and carers and "
               "for staff. Groups with fewer than {n} check-outs are not shown on their own, so no "
               "one can be picked out; nor is any number that would let theirs be worked out, "
               "such as how many check-outs there were in all.").format(
                   n=number(SMALL_NUMBER_THRESHOLD)))
    parts: list[Flowable] = [heading(_("How the sessions felt"), st, Phase.CLOSE.colour),
                             para(intro, st.body)]
    if st.charts and all(figures.across[(side, key)] is None
                         and figures.across_tally(side, key).answered
                         for key in KEYS for side in SIDES):
        pairs = [Pair(statement(key), figures.across_tally(Side.STAFF, key).yes_share,
                      figures.across_tally(Side.PARENTS, key).yes_share,
                      Group.PARENT_CARER.colour)
                 for key in KEYS]
        parts.append(paired_bars(pairs, width, st.body_size, _("Staff"),
                                 _("Parents and carers")))
    for key in KEYS:
        parts.append(para(_("{statement}: parents and carers {parents}; staff {staff}.").format(
            statement=statement(key), parents=share_text(figures, Side.PARENTS, key),
            staff=share_text(figures, Side.STAFF, key)), st.body))
    sessions = {s.id: s for s in reader.sessions()}
    rows: list[list[object]] = [[para(h, st.cell_bold) for h in (
        _("Session"), _("Check-outs"), *(statement(k) for k in KEYS))]]
    for session_id, summary in figures.sessions.items():
        held = figures.session_totals[session_id]
        cells = [dates.short_day(sessions[session_id].date),
                 number(summary.total) if held is None
                 else _("fewer than {n}").format(n=number(SMALL_NUMBER_THRESHOLD))
                 if held is Held.SMALL else _(HIDDEN)]
        for key in KEYS:
            cells.append(_("Parents: {parents}\nStaff: {staff}").format(
                parents=share_text(figures, Side.PARENTS, key, session_id),
                staff=share_text(figures, Side.STAFF, key, session_id)))
        rows.append([para(c, st.cell) for c in cells])
    # The session and check-out columns as wide as their longest header word in the PDF's
    # bold (never "Check-out / s", in any language or size of type); the questions share the rest.
    firsts = [max(0.14 * width, _word_room(header, st.cell_bold))
              for header in (_("Session"), _("Check-outs"))]
    rest = (width - sum(firsts)) / len(KEYS)
    table = Table(rows, colWidths=[*firsts, *[rest] * len(KEYS)], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), PALE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
    parts.append(table)
    return parts


def _word_room(text: str, style: ParagraphStyle) -> float:
    """The width a table cell needs to hold `text`'s longest word unbroken, padding included."""
    return max(stringWidth(word, style.fontName, style.fontSize) for word in text.split()) \
        + 2 * CELL_PADDING + 1
