"""The programme report's check-out: how the sessions felt, for parents and carers and for staff.

Across the programme, a chart of the share saying Yes to each question, parents and carers beside
staff; then each session in a table. A side with fewer than 3 answers is "not shown", so no one
can be picked out; where the counts printed would let a small side's be worked out (everyone's
less the sides'), the share is printed without its count, and the sessions carry shares only
(the programme's counts less the other sessions' would give a hidden side away). The answers
never held a name.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from coprod_desktop.domain.checkout import KEYS, QUESTIONS, CheckoutSummary, Side, summarise
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.phases import Phase
from coprod_desktop.domain.small_numbers import SMALL_NUMBER_THRESHOLD, Held, protect
from coprod_desktop.export import dates
from coprod_desktop.export.charts import Pair, paired_bars
from coprod_desktop.export.document import heading
from coprod_desktop.export.small_counts import people_count
from coprod_desktop.export.styles import PALE, RULE, Styles
from coprod_desktop.export.text import para
from coprod_desktop.i18n import N_, Nn_, _, number
from coprod_desktop.store.checkout_reader import CheckoutReader
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


def share_text(summary: CheckoutSummary, side: Side, key: str, counts: bool = True) -> str:
    """'80% Yes (of 5)', or 'not shown' where fewer than 3 on that side answered. Without the
    '(of 5)' where `counts` is False, or where the sides' counts less from everyone's would give
    away how many of a small group answered (see CheckoutSummary.shown)."""
    shown = summary.shown(key)
    if shown.groups[side] is not None:
        return _(HIDDEN)
    tally = summary.tallies[side][key]
    if not tally.answered:
        return _("no answers")
    share = number(round(100 * tally.yes_share))
    if not counts or shown.total is not None:
        return _("{share}% Yes").format(share=share)
    return _("{share}% Yes (of {answered})").format(share=share, answered=number(tally.answered))


def report_section(reader: Reader, st: Styles, width: float) -> list[Flowable]:
    read = CheckoutReader(reader.db)
    answers = read.answers()
    if not answers:
        return []
    overall = summarise(answers)
    parts: list[Flowable] = [
        heading(_("How the sessions felt"), st, Phase.CLOSE.colour),
        para(_("At the end of a session people answered four questions, on a phone or a paper "
               "slip, without their name: {check_outs} in all. Below, the share saying Yes, for "
               "parents and carers and for staff. Groups with fewer than {n} check-outs are not "
               "shown on their own, so no one can be picked out; nor is any number that would let "
               "theirs be worked out.").format(check_outs=people_count(overall.total, CHECK_OUTS),
                                            n=number(SMALL_NUMBER_THRESHOLD)), st.body)]
    if st.charts and all(overall.shown(key).shown(side) for key in KEYS for side in SIDES):
        pairs = [Pair(statement(key), overall.tallies[Side.STAFF][key].yes_share,
                      overall.tallies[Side.PARENTS][key].yes_share, Group.PARENT_CARER.colour)
                 for key in KEYS]
        parts.append(paired_bars(pairs, width, st.body_size, _("Staff"),
                                 _("Parents and carers")))
    for key in KEYS:
        parts.append(para(_("{statement}: parents and carers {parents}; staff {staff}.").format(
            statement=statement(key), parents=share_text(overall, Side.PARENTS, key),
            staff=share_text(overall, Side.STAFF, key)), st.body))
    sessions = {s.id: s for s in reader.sessions()}
    rows: list[list[object]] = [[para(h, st.cell_bold) for h in (
        _("Session"), _("Check-outs"), *(statement(k) for k in KEYS))]]
    summaries = {session_id: summarise(read.answers(session_id))
                 for session_id in read.sessions() if session_id in sessions}
    # The sessions' check-outs add up to the programme's, printed above: where one is held back,
    # so is the next smallest, so it cannot be worked out from the others.
    totals = protect({session_id: s.total for session_id, s in summaries.items()},
                     total_needed=True)
    for session_id, summary in summaries.items():
        held = totals.groups[session_id]
        cells = [dates.short_day(sessions[session_id].date),
                 number(summary.total) if held is None
                 else _("fewer than {n}").format(n=number(SMALL_NUMBER_THRESHOLD))
                 if held is Held.SMALL else _(HIDDEN)]
        for key in KEYS:
            # No '(of 5)' for a session: with the programme's counts above, a session's hidden
            # side could be worked out as the programme's less the other sessions'.
            cells.append(_("Parents: {parents}\nStaff: {staff}").format(
                parents=share_text(summary, Side.PARENTS, key, counts=False),
                staff=share_text(summary, Side.STAFF, key, counts=False)))
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
