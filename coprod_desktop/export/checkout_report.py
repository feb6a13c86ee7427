"""The programme report's check-out: how the sessions felt, for parents and carers and for staff.

Across the programme, a chart of the share saying Yes to each question, parents and carers beside
staff; then each session in a table. A side with fewer than 3 check-outs is shown as "fewer than
3" (and, with one hidden, the next smallest too), so no one can be picked out; the answers never
held a name.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Table, TableStyle

from coprod_desktop.domain.checkout import KEYS, QUESTIONS, CheckoutSummary, Side, summarise
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.phases import Phase
from coprod_desktop.domain.small_numbers import SMALL_NUMBER_THRESHOLD, shown_count
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


def share_text(summary: CheckoutSummary, side: Side, key: str) -> str:
    """'80% Yes (of 5)', or 'not shown' where the side (or another beside it) is too small."""
    if summary.shown_people()[side] is None:
        return _(HIDDEN)
    tally = summary.tallies[side][key]
    if not tally.answered:
        return _("no answers")
    if tally.answered < SMALL_NUMBER_THRESHOLD:
        return _(HIDDEN)
    return _("{share}% Yes (of {answered})").format(share=number(round(100 * tally.yes_share)),
                                                     answered=number(tally.answered))


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
               "shown on their own, and where one is hidden the next smallest is too, so no one "
               "can be picked out.").format(check_outs=people_count(overall.total, CHECK_OUTS),
                                            n=number(SMALL_NUMBER_THRESHOLD)), st.body)]
    shown = overall.shown_people()
    if st.charts and all(shown[side] is not None for side in SIDES):
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
    for session_id in read.sessions():
        session = sessions.get(session_id)
        if session is None:
            continue
        summary = summarise(read.answers(session_id))
        total = shown_count(summary.total)
        cells = [dates.short_day(session.date),
                 _("fewer than {n}").format(n=number(SMALL_NUMBER_THRESHOLD)) if total is None
                 else number(total)]
        for key in KEYS:
            cells.append(_("Parents: {parents}\nStaff: {staff}").format(
                parents=share_text(summary, Side.PARENTS, key),
                staff=share_text(summary, Side.STAFF, key)))
        rows.append([para(c, st.cell) for c in cells])
    table = Table(rows, colWidths=[width * w for w in (0.14, 0.14, 0.18, 0.18, 0.18, 0.18)],
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), PALE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
    parts.append(table)
    return parts
